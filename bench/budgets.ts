/**
 * The performance budgets `npm run bench:check` enforces on bench/results.json, and the shape of
 * that file. A budget is missed when a figure is worse than its limit, or missing; and every figure
 * is void once the source tree differs from the one measured (bench/fingerprint.ts).
 */
import { treeChanges, type Fingerprint } from './fingerprint'
import type { LoadResult } from './lib'
import type { TtfbResults } from './ttfb'

export const BUDGETS = {
  /** Lighthouse, mobile emulation: the four category scores (0–100) on every page template. */
  lighthouse: { performance: 100, accessibility: 100, bestPractices: 100, seo: 100 },
  /** Bytes transferred by a content page (Lighthouse total-byte-weight). */
  maxPageBytes: 200 * 1024,
  /** The recipe (nginx cache in front of Next) against plain nginx serving the same files. */
  recipe: { minShareOfPlainNginx: 0.5, maxP99Ms: 50 },
  /** The finder's first byte (p50, idle, next start alone) over a prerendered page's, in one run. */
  maxFinderFirstByteRatio: 3,
} as const

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

export interface LighthouseRow {
  template: string
  path: string
  runs: number
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
  lighthouse?: { measuredAt?: string; loadAverage?: number[]; via: string; formFactor: string; browser?: string; rows: LighthouseRow[] } | { skipped: string }
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
    for (const row of lh.rows) {
      const limits = BUDGETS.lighthouse
      for (const key of Object.keys(limits) as (keyof typeof limits)[]) {
        if (key === 'seo' && row.notIndexed) continue
        if (!(row.scores[key] >= limits[key])) {
          misses.push({ what: `${row.template} (${row.path}) Lighthouse ${key}`, limit: `≥ ${limits[key]}`, actual: String(row.scores[key]) })
        }
      }
      if (!(row.totalBytes <= BUDGETS.maxPageBytes)) {
        misses.push({ what: `${row.template} (${row.path}) bytes transferred`, limit: `≤ ${BUDGETS.maxPageBytes / 1024} KB`, actual: `${(row.totalBytes / 1024).toFixed(1)} KB` })
      }
      if (row.studioCode.length > 0) {
        misses.push({ what: `${row.template} (${row.path}) Studio code`, limit: 'none', actual: row.studioCode.join(', ') })
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
