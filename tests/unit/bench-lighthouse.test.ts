/** The Lighthouse part's order of runs, its medians and its A / B / C table (bench/lighthouse.ts, bench/report.ts). */
import { describe, expect, it } from 'vitest'
import type { LighthouseRow } from '@/bench/budgets'
import { benchmarkIndexOf, lighthouseSchedule, rowFrom, type LhJson } from '@/bench/lighthouse'
import { floorBlock, floorTableRows } from '@/bench/report'
import { floor, results, row } from '../support/bench-results'

function report(performance: number, tbtMs: number, lcpMs: number, bytes: number, benchmarkIndex?: number): LhJson {
  return {
    categories: { performance: { score: performance / 100 }, accessibility: { score: 1 }, 'best-practices': { score: 1 }, seo: { score: 1 } },
    audits: {
      'total-blocking-time': { score: 0.5, numericValue: tbtMs, scoreDisplayMode: 'numeric' },
      'largest-contentful-paint': { score: 0.95, numericValue: lcpMs, scoreDisplayMode: 'numeric' },
      'total-byte-weight': { score: 1, numericValue: bytes, scoreDisplayMode: 'numeric' },
      'cumulative-layout-shift': { score: 1, numericValue: 0 },
    },
    ...(benchmarkIndex ? { environment: { benchmarkIndex } } : {}),
  }
}

describe('the order of the Lighthouse runs', () => {
  it('runs the floor before each template and B and C of each template in alternation, at least `runs` times each', () => {
    const jobs = lighthouseSchedule(2, 3)
    const letter = { floor: 'A', stripped: 'B', site: 'C' } as const
    expect(jobs.map((j) => `${letter[j.kind]}${j.template}`).join(' ')).toBe('A0 A0 B0 C0 C0 B0 B0 C0 A1 A1 B1 C1 C1 B1 B1 C1')
    const count = (kind: string, template?: number) => jobs.filter((j) => j.kind === kind && (template === undefined || j.template === template)).length
    // Two templates, three runs: the floor runs twice before each template to reach three in all.
    expect(count('floor')).toBe(4)
    expect([count('site', 0), count('stripped', 0), count('site', 1), count('stripped', 1)]).toEqual([3, 3, 3, 3])
  })

  it('gives the floor one run per template when there are as many templates as runs or more', () => {
    const jobs = lighthouseSchedule(24, 3)
    expect(jobs.filter((j) => j.kind === 'floor').length).toBe(24)
    expect(jobs.length).toBe(24 * 7)
    expect(jobs.slice(0, 7).map((j) => j.kind)).toEqual(['floor', 'stripped', 'site', 'site', 'stripped', 'stripped', 'site'])
  })
})

describe('a row from its runs', () => {
  it('takes the median of each figure on its own', () => {
    const row = rowFrom('home', '/', [report(90, 300, 1500, 150_000, 800), report(80, 500, 1400, 151_000, 900), report(95, 200, 2500, 149_000, 1000)], [])
    expect(row).toMatchObject({ runs: 3, scores: { performance: 90, accessibility: 100 }, tbtMs: 300, lcpMs: 1500, totalBytes: 150_000 })
    expect(row.perRun?.map((r) => r.performance)).toEqual([90, 80, 95])
    expect(benchmarkIndexOf([report(1, 1, 1, 1, 800), report(1, 1, 1, 1, 1000), report(1, 1, 1, 1, 900), report(1, 1, 1, 1)])).toEqual({ median: 900, min: 800, max: 1000, runs: 3 })
  })
})

describe('the A / B / C table', () => {
  const stripped = (overrides: Partial<LighthouseRow>) => row({ scores: { performance: 100, accessibility: 100, bestPractices: 100, seo: 100 }, tbtMs: 0, lcpMs: 1200, totalBytes: 20_000, ...overrides })

  it('puts A, B and C side by side for every template, with the gap to B and the budgets against A', () => {
    const r = results([row({ template: 'home', path: '/', scores: { performance: 89, accessibility: 100, bestPractices: 100, seo: 100 }, tbtMs: 300 }), row()], undefined, floor())
    if (!('skipped' in r.lighthouse!)) r.lighthouse!.stripped = [stripped({ template: 'home', path: '/' })]
    expect(floorTableRows(r)).toEqual([
      ['home', '`/`', '92 / 100 / 89', '280 / 0 / 300', '1700 / 1200 / 1800', '141.6 / 19.5 / 146.5', '−11, +300 ms', 'missed: perf.'],
      ['practice', '`/best-practices/a`', '92 / – / 100', '280 / – / 60', '1700 / – / 1800', '141.6 / – / 146.5', '–', 'met'],
    ])
    expect(floorBlock(r)).toContain("The floor (A) scored 92, TBT 280 ms, LCP 1700 ms, 141.6 KB; so each template's budgets: performance ≥ 90, TBT ≤ 330 ms")
    expect(floorBlock(r)).toContain('| template | path | perf. A / B / C |')
  })

  it('says so when the results measured no floor', () => {
    expect(floorTableRows(results([row()], undefined, null))).toEqual([])
    expect(floorBlock(results([row()], undefined, null))).toContain('holds no run that measured the floor')
  })
})
