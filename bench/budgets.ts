/**
 * The performance budgets `npm run bench:check` enforces on bench/results.json, and the shape of
 * that file. A budget is missed when a figure is worse than its limit, or missing.
 */
import type { LoadResult } from './lib'

export const BUDGETS = {
  /** Lighthouse, mobile emulation: the four category scores (0–100) on every page template. */
  lighthouse: { performance: 95, accessibility: 100, bestPractices: 100, seo: 100 },
  /** Bytes transferred by a content page (Lighthouse total-byte-weight). */
  maxPageBytes: 200 * 1024,
  /** The recipe (nginx cache in front of Next) against plain nginx serving the same files. */
  recipe: { minShareOfPlainNginx: 0.5, maxP99Ms: 50 },
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
  nextStart: ServingFigures
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
}

export interface Results {
  /** When the last run (of any part) ended; each part also says when it was measured. */
  date: string
  commit: string
  dirty: boolean
  cores: number
  cpu: string
  memoryGb: number
  node: string
  nginx: string | null
  loadAverageAtStart: number[]
  notes: string[]
  serving?: { measuredAt?: string; loadAverage?: number[]; tool: string; connections: number; seconds: number; rows: ServingRow[]; goal: string; goalMet: boolean } | { skipped: string }
  lighthouse?: { measuredAt?: string; loadAverage?: number[]; via: string; formFactor: string; rows: LighthouseRow[] } | { skipped: string }
  build?: Record<string, unknown>
  search?: Record<string, unknown>
}

export interface BudgetMiss {
  what: string
  limit: string
  actual: string
}

/** Every budget the results miss (an empty list: all met). */
export function checkBudgets(results: Results): BudgetMiss[] {
  const misses: BudgetMiss[] = []
  const lh = results.lighthouse
  if (!lh || 'skipped' in lh) {
    misses.push({ what: 'Lighthouse', limit: 'measured', actual: lh ? `skipped: ${lh.skipped}` : 'missing' })
  } else {
    for (const row of lh.rows) {
      const limits = BUDGETS.lighthouse
      for (const key of Object.keys(limits) as (keyof typeof limits)[]) {
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
  return misses
}
