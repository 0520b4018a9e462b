/** bench/results.json as tests need it: every budget met unless a test says otherwise. */
import type { LighthouseRow, Results, ServingFigures, ServingRow } from '@/bench/budgets'
import type { TtfbResults } from '@/bench/ttfb'

export function row(overrides: Partial<LighthouseRow> = {}): LighthouseRow {
  return {
    template: 'practice',
    path: '/best-practices/a',
    runs: 3,
    scores: { performance: 100, accessibility: 100, bestPractices: 100, seo: 100 },
    lcpMs: 1800,
    cls: 0,
    tbtMs: 60,
    totalBytes: 150_000,
    jsBytes: 120_000,
    studioCode: [],
    failedAudits: {},
    ...overrides,
  }
}

/**
 * The floor (A, a bare Next page) as this machine measured it, roughly: performance 92, TBT 280 ms,
 * LCP 1.7 s, 145,000 bytes. A template row() meets every budget against it.
 */
export function floor(overrides: Partial<LighthouseRow> = {}): LighthouseRow {
  return row({
    template: 'floor (a bare Next page)',
    path: '/',
    scores: { performance: 92, accessibility: 100, bestPractices: 100, seo: 100 },
    lcpMs: 1700,
    tbtMs: 280,
    totalBytes: 145_000,
    jsBytes: 125_000,
    ...overrides,
  })
}

export function figures(requestsPerSecond: number, p99Ms: number, ratioToPlainNginx: number): ServingFigures {
  return { requestsPerSecond, p50Ms: 1, p99Ms, requests: requestsPerSecond * 10, errors: 0, non2xx: 0, ratioToPlainNginx }
}

export function servingRow(overrides: Partial<ServingRow> = {}): ServingRow {
  return {
    page: 'home',
    path: '/',
    nextStart: figures(800, 700, 0.01),
    recipe: figures(50_000, 5, 0.62),
    plainNginx: figures(80_000, 5, 1),
    goalMet: true,
    ...overrides,
  }
}

export function results(rows: LighthouseRow[], serving: ServingRow[] = [servingRow()], floorRow: LighthouseRow | null = floor()): Results {
  return {
    date: '2026-11-21T00:00:00.000Z',
    commit: 'abc',
    dirty: false,
    cores: 2,
    cpu: 'test',
    memoryGb: 24,
    node: 'v20',
    nginx: '1.22.1',
    loadAverageAtStart: [0, 0, 0],
    notes: [],
    lighthouse: { via: 'test', formFactor: 'mobile', rows, ...(floorRow ? { floor: floorRow } : {}) },
    serving: { tool: 'test', connections: 64, seconds: 5, rows: serving, goal: 'test', goalMet: serving.every((r) => r.goalMet) },
    ttfb: ttfb(),
  }
}

/** The first-byte part: the finder's first byte at `ratio` times the prerendered page's. */
export function ttfb(ratio = 2): TtfbResults {
  const timing = (ms: number) => ({ firstByteP50Ms: ms, firstByteP99Ms: ms, fullP50Ms: ms, fullP99Ms: ms, requests: 60, non200: 0 })
  const one = (page: string, path: string, ms: number) => ({ page, path, nextStart: { idle: timing(ms), loaded: timing(ms) }, recipe: { idle: timing(1), loaded: timing(1) } })
  return {
    measuredAt: '2026-11-21T00:00:00.000Z',
    loadAverage: [0, 0, 0],
    tool: 'test',
    rows: [one('prerendered', '/about', 10), one('finder', '/best-practices?q=a', 10 * ratio)],
    finderFirstByteRatio: ratio,
    goal: 'test',
    goalMet: ratio <= 3,
  }
}
