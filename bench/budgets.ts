/**
 * The performance budgets `npm run bench:check` enforces on bench/results.json, and the shape of
 * that file. A budget is missed when a figure is worse than its limit, or missing; and every figure
 * is void once the source tree differs from the one measured (bench/fingerprint.ts).
 *
 * Lighthouse's performance figures are held to the floor measured in the same run (A: a bare Next
 * page with the site's configuration and stylesheet, bench/floor.ts), not to an absolute number:
 * on this machine's Chromium the framework alone does not reach 100, and a score moves with the
 * machine and the browser as much as with the code. If the floor scores 100, the budget is 100.
 */
import { treeChanges, type Fingerprint } from './fingerprint'
import type { LoadResult } from './lib'
import type { TtfbResults } from './ttfb'

export const BUDGETS = {
  /** Lighthouse, mobile emulation: the other three category scores (0–100) on every page template. */
  lighthouse: { accessibility: 100, bestPractices: 100, seo: 100 },
  /**
   * Every template (C) against the floor (A), both the median of at least `minRuns` Lighthouse runs
   * of the same run: performance at most 2 points under A's (100 if A scores 100), total blocking
   * time at most 50 ms over A's, largest contentful paint at most 200 ms over A's, bytes transferred
   * at most 40 KB over A's.
   */
  floor: { performancePoints: 2, tbtMs: 50, lcpMs: 200, bytes: 40 * 1024, minRuns: 3 },
  /** Bytes transferred by a content page (Lighthouse total-byte-weight). */
  maxPageBytes: 200 * 1024,
  /** The recipe (nginx cache in front of Next) against plain nginx serving the same files. */
  recipe: { minShareOfPlainNginx: 0.5, maxP99Ms: 50 },
  /** The finder's first byte (p50, idle, next start alone) over a prerendered page's, in one run. */
  maxFinderFirstByteRatio: 3,
} as const

/**
 * The templates a quick run (`npm run bench -- --quick`) measures with Lighthouse: one of each kind
 * of page, in English, and the Spanish home and one Spanish section. A full run measures every
 * template. Each kind stands for the templates built like it:
 * - home: the home page;
 * - section: a prerendered section of prose and cards (about, activities, coalition, the Compact,
 *   resources, grants, videos, the report, the initiative, the statements);
 * - document: a page per document of the dataset (a practice; a city, an organization, a Compact component);
 * - finder: the finder, the largest page, its results rendered per request;
 * - form: the submission form, the page with the most JavaScript.
 * bench:check refuses a quick run that lacks one of them, and any run of some templates only (`--templates`).
 */
export const QUICK_TEMPLATES: readonly { kind: string; template: string }[] = [
  { kind: 'home', template: 'home' },
  { kind: 'section', template: 'section page' },
  { kind: 'document', template: 'practice' },
  { kind: 'finder', template: 'finder' },
  { kind: 'form', template: 'submit' },
  { kind: 'home, Spanish', template: 'home (es)' },
  { kind: 'section, Spanish', template: 'section page (es)' },
]

/** Whether a quick run measures `template` (by its name in bench/run.ts). */
export function inQuickRun(template: string): boolean {
  return QUICK_TEMPLATES.some((q) => q.template === template)
}

export interface ServingFigures extends LoadResult {
  /** requestsPerSecond over plain nginx's on the same page. */
  ratioToPlainNginx: number | null
  /** X-Cache-Status nginx gave the request just before the run (recipe only). */
  cacheStatus?: string | null
}

export interface ServingRow {
  page: string
  path: string
  /** `next start` alone, asked as a browser asks (gzip accepted). */
  nextStart: ServingFigures
  /** `next start` alone, no compression asked for (what Next's own gzip costs, by difference). */
  nextStartIdentity?: ServingFigures
  recipe: ServingFigures
  plainNginx: ServingFigures
  /** Whether the recipe reached ≥ 50% of plain nginx with p99 < 50 ms on this page. */
  goalMet: boolean
}

/** One Lighthouse run's figures (a row's median is taken of each figure on its own). */
export interface LighthouseRunFigures {
  performance: number
  lcpMs: number
  tbtMs: number
  totalBytes: number
  /** Lighthouse's BenchmarkIndex for the machine at that run (environment.benchmarkIndex). */
  benchmarkIndex: number | null
}

export interface LighthouseRow {
  template: string
  path: string
  runs: number
  /** Each run's figures, in the order run (the row's performance, LCP, TBT and bytes are their medians). */
  perRun?: LighthouseRunFigures[]
  scores: { performance: number; accessibility: number; bestPractices: number; seo: number }
  lcpMs: number
  cls: number
  tbtMs: number
  totalBytes: number
  jsBytes: number
  /** Studio markers found in the scripts the page loaded (should be empty). */
  studioCode: string[]
  /** Audits that cost points, for the report (id: score). */
  failedAudits: Record<string, number | null>
  /**
   * A page that asks search engines not to index it (the submission's confirmation): Lighthouse takes
   * SEO points for that on purpose, so SEO is not a budget there; every other budget is.
   */
  notIndexed?: boolean
}

/** One template's HTML as Next sends it: how much of it is the inline RSC payload (`self.__next_f`). */
export interface PageBytesRow {
  template: string
  path: string
  htmlBytes: number
  gzipBytes: number
  /** The inline `self.__next_f.push(…)` scripts: the page's React Server Components payload. */
  rscInlineBytes: number
  /** rscInlineBytes over htmlBytes, in percent. */
  rscPercent: number
}

/** Where `next start`'s CPU time went while serving the load (self time, V8's sampling profiler). */
export interface CpuProfileEntry {
  function: string
  /** file:line, shortened to the package or the build's chunk. */
  where: string
  selfPercent: number
}

export interface LighthouseResults {
  measuredAt?: string
  loadAverage?: number[]
  via: string
  formFactor: string
  browser?: string
  /** C: each template as the site serves it (through the recipe). */
  rows: LighthouseRow[]
  /** A: the floor, a bare Next page with the site's configuration and stylesheet (bench/floor.ts). */
  floor?: LighthouseRow
  /** B: each template's HTML with every script removed, served as files by nginx (by path). */
  stripped?: LighthouseRow[]
  /** Lighthouse's BenchmarkIndex over all the part's runs (the machine's speed as Lighthouse saw it). */
  benchmarkIndex?: { median: number; min: number; max: number; runs: number }
  /** How the runs of A, B and C were ordered. */
  order?: string
  /** Set when the run measured only the templates named by --templates (a functional run, not a gate). */
  partial?: string[]
}

export interface Results {
  /** When the last run (of any part) ended; each part also says when it was measured. */
  date: string
  /** `npm run bench` (full) or `npm run bench -- --quick` (Lighthouse once, 5 s load runs, no synthetic build). */
  mode?: 'full' | 'quick'
  commit: string
  dirty: boolean
  /** The source tree measured; bench:check refuses results whose tree differs from the working tree. */
  fingerprint?: Fingerprint
  cores: number
  cpu: string
  memoryGb: number
  node: string
  nginx: string | null
  loadAverageAtStart: number[]
  notes: string[]
  serving?: { measuredAt?: string; loadAverage?: number[]; tool: string; connections: number; seconds: number; rows: ServingRow[]; goal: string; goalMet: boolean } | { skipped: string }
  lighthouse?: LighthouseResults | { skipped: string }
  pages?: { measuredAt?: string; rows: PageBytesRow[] } | { skipped: string }
  profile?: { measuredAt?: string; what: string; samples: number; top: CpuProfileEntry[] } | { skipped: string }
  ttfb?: TtfbResults | { skipped: string }
  build?: Record<string, unknown>
  search?: Record<string, unknown>
}

export interface BudgetMiss {
  what: string
  limit: string
  actual: string
  /** For the tree check: each file that differs, with how. */
  files?: string[]
}

/**
 * Whether the results describe the tree at `root`: a miss naming every file changed, added or
 * removed since the run (or saying the results carry no fingerprint at all).
 */
export function checkTree(results: Results, root: string): BudgetMiss[] {
  if (!results.fingerprint) {
    return [{ what: 'the tree measured', limit: 'results with a fingerprint of their tree', actual: 'none: measured before fingerprints, run npm run bench' }]
  }
  const { changed, added, removed } = treeChanges(results.fingerprint, root)
  const files = [...changed.map((f) => `${f} (changed)`), ...added.map((f) => `${f} (added)`), ...removed.map((f) => `${f} (removed)`)]
  if (files.length === 0) return []
  return [{ what: 'the tree measured', limit: 'the working tree as measured', actual: `${files.length} file(s) differ since the run`, files }]
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

/** What a template (C) may not go beyond, from the floor (A) of the same run. */
export function floorLimits(floor: LighthouseRow): { performance: number; tbtMs: number; lcpMs: number; bytes: number } {
  const b = BUDGETS.floor
  return {
    performance: floor.scores.performance >= 100 ? 100 : floor.scores.performance - b.performancePoints,
    tbtMs: floor.tbtMs + b.tbtMs,
    lcpMs: floor.lcpMs + b.lcpMs,
    bytes: floor.totalBytes + b.bytes,
  }
}

/** How each limit comes from the floor, for the messages. */
const limitText = {
  performance: (f: LighthouseRow) => (f.scores.performance >= 100 ? 'the floor scores 100' : `the floor's ${f.scores.performance} − ${BUDGETS.floor.performancePoints}`),
  tbtMs: (f: LighthouseRow) => `the floor's ${f.tbtMs} ms + ${BUDGETS.floor.tbtMs} ms`,
  lcpMs: (f: LighthouseRow) => `the floor's ${f.lcpMs} ms + ${BUDGETS.floor.lcpMs} ms`,
  bytes: (f: LighthouseRow) => `the floor's ${kb(f.totalBytes)} + ${BUDGETS.floor.bytes / 1024} KB`,
}

/** Every budget the results miss (an empty list: all met). */
export function checkBudgets(results: Results): BudgetMiss[] {
  const misses: BudgetMiss[] = []
  const serving = results.serving
  if (!serving || 'skipped' in serving) {
    misses.push({ what: 'Serving', limit: 'measured', actual: serving ? `skipped: ${serving.skipped}` : 'missing' })
  } else {
    for (const row of serving.rows) {
      const { ratioToPlainNginx, p99Ms } = row.recipe
      if (!((ratioToPlainNginx ?? 0) >= BUDGETS.recipe.minShareOfPlainNginx && p99Ms < BUDGETS.recipe.maxP99Ms)) {
        misses.push({
          what: `${row.page} (${row.path}) through the recipe`,
          limit: `≥ ${BUDGETS.recipe.minShareOfPlainNginx}× plain nginx, p99 < ${BUDGETS.recipe.maxP99Ms} ms`,
          actual: `${ratioToPlainNginx ?? '–'}×, p99 ${p99Ms} ms`,
        })
      }
    }
  }
  const lh = results.lighthouse
  if (!lh || 'skipped' in lh) {
    misses.push({ what: 'Lighthouse', limit: 'measured', actual: lh ? `skipped: ${lh.skipped}` : 'missing' })
  } else {
    const floor = lh.floor
    if (!floor) misses.push({ what: 'The floor (A, a bare Next page)', limit: 'measured in the same run', actual: 'missing' })
    else if (!(floor.runs >= BUDGETS.floor.minRuns)) {
      misses.push({ what: 'The floor (A, a bare Next page) runs', limit: `≥ ${BUDGETS.floor.minRuns}`, actual: String(floor.runs) })
    }
    if (lh.partial) {
      misses.push({ what: 'Lighthouse templates', limit: `every template of a ${results.mode ?? 'full'} run`, actual: `only ${lh.partial.join(', ')} (--templates)` })
    }
    if (results.mode === 'quick') {
      const missing = QUICK_TEMPLATES.filter((q) => !lh.rows.some((r) => r.template === q.template))
      if (missing.length > 0) {
        misses.push({ what: 'Lighthouse templates of a quick run', limit: `one of each kind: ${QUICK_TEMPLATES.map((q) => q.template).join(', ')}`, actual: `missing ${missing.map((q) => `${q.template} (${q.kind})`).join(', ')}` })
      }
    }
    const limits = floor ? floorLimits(floor) : null
    for (const row of lh.rows) {
      const name = `${row.template} (${row.path})`
      for (const key of Object.keys(BUDGETS.lighthouse) as (keyof typeof BUDGETS.lighthouse)[]) {
        if (key === 'seo' && row.notIndexed) continue
        if (!(row.scores[key] >= BUDGETS.lighthouse[key])) {
          misses.push({ what: `${name} Lighthouse ${key}`, limit: `≥ ${BUDGETS.lighthouse[key]}`, actual: String(row.scores[key]) })
        }
      }
      if (!(row.runs >= BUDGETS.floor.minRuns)) misses.push({ what: `${name} Lighthouse runs`, limit: `≥ ${BUDGETS.floor.minRuns}`, actual: String(row.runs) })
      if (limits) {
        if (!(row.scores.performance >= limits.performance)) {
          misses.push({ what: `${name} Lighthouse performance`, limit: `≥ ${limits.performance}: ${limitText.performance(floor!)}`, actual: String(row.scores.performance) })
        }
        if (!(row.tbtMs <= limits.tbtMs)) {
          misses.push({ what: `${name} total blocking time`, limit: `≤ ${limits.tbtMs} ms: ${limitText.tbtMs(floor!)}`, actual: `${row.tbtMs} ms` })
        }
        if (!(row.lcpMs <= limits.lcpMs)) {
          misses.push({ what: `${name} largest contentful paint`, limit: `≤ ${limits.lcpMs} ms: ${limitText.lcpMs(floor!)}`, actual: `${row.lcpMs} ms` })
        }
        if (!(row.totalBytes <= limits.bytes)) {
          misses.push({ what: `${name} bytes over the floor's`, limit: `≤ ${kb(limits.bytes)}: ${limitText.bytes(floor!)}`, actual: kb(row.totalBytes) })
        }
      }
      if (!(row.totalBytes <= BUDGETS.maxPageBytes)) {
        misses.push({ what: `${name} bytes transferred`, limit: `≤ ${BUDGETS.maxPageBytes / 1024} KB`, actual: kb(row.totalBytes) })
      }
      if (row.studioCode.length > 0) {
        misses.push({ what: `${name} Studio code`, limit: 'none', actual: row.studioCode.join(', ') })
      }
    }
  }
  const ttfb = results.ttfb
  if (!ttfb || 'skipped' in ttfb) {
    misses.push({ what: 'Time to first byte', limit: 'measured', actual: ttfb ? `skipped: ${ttfb.skipped}` : 'missing' })
  } else if (!(ttfb.finderFirstByteRatio <= BUDGETS.maxFinderFirstByteRatio)) {
    misses.push({ what: 'The finder’s first byte against a prerendered page’s (next start, idle)', limit: `≤ ${BUDGETS.maxFinderFirstByteRatio}×`, actual: `${ttfb.finderFirstByteRatio}×` })
  }
  return misses
}
