/** `npm run bench:check` (bench/budgets.ts): each budget is enforced, and a missing figure misses it. */
import { describe, expect, it } from 'vitest'
import { BUDGETS, checkBudgets, type LighthouseRow } from '@/bench/budgets'
import { figures, results, row, servingRow, ttfb } from '../support/bench-results'

describe('bench budgets', () => {
  it('pass when every template meets every budget', () => {
    expect(checkBudgets(results([row(), row({ template: 'home', path: '/' })]))).toEqual([])
  })

  it('miss a performance score under 100 and any other score under 100, naming the template', () => {
    const misses = checkBudgets(
      results([row({ scores: { performance: BUDGETS.lighthouse.performance - 1, accessibility: 99, bestPractices: 100, seo: 100 } })]),
    )
    expect(misses.map((m) => m.what)).toEqual(['practice (/best-practices/a) Lighthouse performance', 'practice (/best-practices/a) Lighthouse accessibility'])
    expect(misses[0]).toMatchObject({ limit: '≥ 100', actual: '99' })
  })

  it('hold a page asking not to be indexed to every budget but SEO (Lighthouse takes SEO points for noindex)', () => {
    const scores = { performance: 100, accessibility: 100, bestPractices: 100, seo: 66 }
    const confirmation = { template: 'confirmation', path: '/submit/received', scores }
    expect(checkBudgets(results([row({ ...confirmation, notIndexed: true })]))).toEqual([])
    expect(checkBudgets(results([row(confirmation)])).map((m) => m.what)).toEqual(['confirmation (/submit/received) Lighthouse seo'])
    const heavy = checkBudgets(results([row({ ...confirmation, notIndexed: true, totalBytes: 202 * 1024, scores: { ...scores, accessibility: 98 } })]))
    expect(heavy.map((m) => m.what)).toEqual(['confirmation (/submit/received) Lighthouse accessibility', 'confirmation (/submit/received) bytes transferred'])
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

  it('miss a page whose recipe falls under half of plain nginx or whose p99 reaches 50 ms, and missing serving figures', () => {
    const slow = servingRow({ page: 'a practice', path: '/best-practices/a', recipe: figures(30_000, 5, 0.4) })
    const late = servingRow({ page: 'finder', path: '/best-practices?q=x', recipe: figures(50_000, 50, 0.7) })
    expect(checkBudgets(results([row()], [servingRow(), slow, late])).map((m) => m.what)).toEqual([
      'a practice (/best-practices/a) through the recipe',
      'finder (/best-practices?q=x) through the recipe',
    ])
    expect(checkBudgets({ ...results([row()]), serving: undefined })[0]).toMatchObject({ what: 'Serving', actual: 'missing' })
  })

  it('miss the finder’s first byte over 3× a prerendered page’s, pass it at 3×, and miss it unmeasured', () => {
    expect(checkBudgets({ ...results([row()]), ttfb: ttfb(3) })).toEqual([])
    expect(checkBudgets({ ...results([row()]), ttfb: ttfb(3.02) })).toEqual([
      { what: 'The finder’s first byte against a prerendered page’s (next start, idle)', limit: '≤ 3×', actual: '3.02×' },
    ])
    expect(checkBudgets({ ...results([row()]), ttfb: undefined })[0]).toMatchObject({ what: 'Time to first byte', actual: 'missing' })
    expect(checkBudgets({ ...results([row()]), ttfb: { skipped: 'failed: nginx' } })[0]?.actual).toBe('skipped: failed: nginx')
  })
})
