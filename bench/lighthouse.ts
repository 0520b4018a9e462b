/**
 * The Lighthouse part's arithmetic (bench/run.ts runs it): the order of the runs of A (the floor),
 * B (a template without scripts) and C (the template as served), and a row of medians from a
 * template's runs.
 */
import type { LighthouseRow, LighthouseRunFigures } from './budgets'
import { median, round } from './lib'

/** What one Lighthouse report holds that the bench reads. */
export interface LhJson {
  categories: Record<string, { score: number | null }>
  audits: Record<string, { score: number | null; numericValue?: number; scoreDisplayMode?: string; details?: { items?: Record<string, unknown>[] } }>
  environment?: { benchmarkIndex?: number }
}

/** A: the floor; B: a template without scripts; C: the template as the site serves it. */
export type LighthouseKind = 'floor' | 'stripped' | 'site'

export interface LighthouseJob {
  kind: LighthouseKind
  /** The template the job belongs to (for the floor: the template it runs next to). */
  template: number
  run: number
}

/**
 * The order of the runs: template after template, each template's `runs` runs of B and C in
 * alternation (B first on even runs, C first on odd ones, so neither always follows the other), and
 * runs of the floor among them: before each template's, as many as it takes for the floor to have
 * at least `runs` in all (one each when there are as many templates as runs or more). The floor is
 * thus measured throughout the part, under the same conditions as the templates.
 */
export function lighthouseSchedule(templates: number, runs: number): LighthouseJob[] {
  if (templates < 1 || runs < 1) throw new Error(`lighthouseSchedule: ${templates} templates, ${runs} runs`)
  const floorEach = Math.ceil(runs / templates)
  const jobs: LighthouseJob[] = []
  let floorRun = 0
  for (let template = 0; template < templates; template++) {
    for (let i = 0; i < floorEach; i++) jobs.push({ kind: 'floor', template, run: floorRun++ })
    for (let run = 0; run < runs; run++) {
      const pair: LighthouseKind[] = run % 2 === 0 ? ['stripped', 'site'] : ['site', 'stripped']
      for (const kind of pair) jobs.push({ kind, template, run })
    }
  }
  return jobs
}

const score = (r: LhJson, id: string) => Math.round((r.categories[id]?.score ?? 0) * 100)

/** One run's figures. */
export function runFigures(r: LhJson): LighthouseRunFigures {
  const num = (id: string) => r.audits[id]?.numericValue ?? NaN
  return {
    performance: score(r, 'performance'),
    lcpMs: Math.round(num('largest-contentful-paint')),
    tbtMs: Math.round(num('total-blocking-time')),
    totalBytes: Math.round(num('total-byte-weight')),
    benchmarkIndex: r.environment?.benchmarkIndex ?? null,
  }
}

/**
 * A template's row from its runs: performance, LCP, TBT and bytes are each the median of the runs'
 * own figures (a run slow in one is not the run of the others); the other scores, CLS, the scripts'
 * bytes and the audits that cost points are the median-performance run's.
 */
export function rowFrom(template: string, path: string, runs: LhJson[], studioCode: string[], extra: Partial<LighthouseRow> = {}): LighthouseRow {
  if (runs.length === 0) throw new Error(`${template}: no Lighthouse run`)
  const perRun = runs.map(runFigures)
  const sorted = [...runs].sort((a, b) => score(a, 'performance') - score(b, 'performance'))
  const r = sorted[Math.floor((sorted.length - 1) / 2)]!
  const summary = r.audits['resource-summary']?.details?.items ?? []
  const jsBytes = Number(summary.find((i) => i.resourceType === 'script')?.transferSize ?? 0)
  const failedAudits: Record<string, number | null> = {}
  for (const [id, audit] of Object.entries(r.audits)) {
    if ((audit.scoreDisplayMode === 'binary' || audit.scoreDisplayMode === 'numeric' || audit.scoreDisplayMode === 'metricSavings') && audit.score !== null && audit.score < 0.9) {
      failedAudits[id] = audit.score
    }
  }
  const mid = (key: 'performance' | 'lcpMs' | 'tbtMs' | 'totalBytes') => Math.round(median(perRun.map((f) => f[key])))
  return {
    template,
    path,
    runs: runs.length,
    perRun,
    scores: { performance: mid('performance'), accessibility: score(r, 'accessibility'), bestPractices: score(r, 'best-practices'), seo: score(r, 'seo') },
    lcpMs: mid('lcpMs'),
    cls: round(r.audits['cumulative-layout-shift']?.numericValue ?? NaN, 3),
    tbtMs: mid('tbtMs'),
    totalBytes: mid('totalBytes'),
    jsBytes,
    studioCode,
    failedAudits,
    ...extra,
  }
}

/** Lighthouse's BenchmarkIndex over every run of the part (null when no run reported one). */
export function benchmarkIndexOf(reports: LhJson[]): { median: number; min: number; max: number; runs: number } | null {
  const values = reports.map((r) => r.environment?.benchmarkIndex).filter((v): v is number => typeof v === 'number')
  if (values.length === 0) return null
  return { median: Math.round(median(values)), min: Math.round(Math.min(...values)), max: Math.round(Math.max(...values)), runs: values.length }
}
