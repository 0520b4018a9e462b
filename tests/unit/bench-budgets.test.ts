/** `npm run bench:check` (bench/budgets.ts): each budget is enforced, and a missing figure misses it. */
import { describe, expect, it } from 'vitest'
import { BUDGETS, checkBudgets, type LighthouseRow, type Results } from '@/bench/budgets'

function row(overrides: Partial<LighthouseRow> = {}): LighthouseRow {
  return {
    template: 'practice',
    path: '/best-practices/a',
    runs: 3,
    scores: { performance: 97, accessibility: 100, bestPractices: 100, seo: 100 },
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

function results(rows: LighthouseRow[]): Results {
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
    lighthouse: { via: 'test', formFactor: 'mobile', rows },
  }
}

describe('bench budgets', () => {
  it('pass when every template meets every budget', () => {
    expect(checkBudgets(results([row(), row({ template: 'home', path: '/' })]))).toEqual([])
  })

  it('miss a performance score under 95 and any other score under 100, naming the template', () => {
    const misses = checkBudgets(
      results([row({ scores: { performance: BUDGETS.lighthouse.performance - 1, accessibility: 99, bestPractices: 100, seo: 100 } })]),
    )
    expect(misses.map((m) => m.what)).toEqual(['practice (/best-practices/a) Lighthouse performance', 'practice (/best-practices/a) Lighthouse accessibility'])
    expect(misses[0]).toMatchObject({ limit: '≥ 95', actual: '94' })
  })

  it('miss a page over 200 KB transferred, and pass one at exactly 200 KB', () => {
    expect(checkBudgets(results([row({ totalBytes: 200 * 1024 })]))).toEqual([])
    const [miss] = checkBudgets(results([row({ totalBytes: 200 * 1024 + 1 })]))
    expect(miss?.what).toContain('bytes transferred')
  })

  it('miss Studio code on a public page', () => {
    const [miss] = checkBudgets(results([row({ studioCode: ['/_next/static/chunks/studio.js: sanity/structure'] })]))
    expect(miss).toMatchObject({ limit: 'none', actual: '/_next/static/chunks/studio.js: sanity/structure' })
  })

  it('miss when Lighthouse was not measured, or a score is missing', () => {
    const none = { ...results([]), lighthouse: undefined }
    expect(checkBudgets(none)[0]).toMatchObject({ what: 'Lighthouse', actual: 'missing' })
    expect(checkBudgets({ ...none, lighthouse: { skipped: 'no Chromium' } })[0]?.actual).toBe('skipped: no Chromium')
    const noSeo = row()
    delete (noSeo.scores as Partial<LighthouseRow['scores']>).seo
    expect(checkBudgets(results([noSeo])).map((m) => m.what)).toEqual(['practice (/best-practices/a) Lighthouse seo'])
  })
})
