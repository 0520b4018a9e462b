/** `npm run bench:check` (bench/budgets.ts): each budget is enforced, and a missing figure misses it. */
import { describe, expect, it } from 'vitest'
import { checkBudgets, floorLimits, QUICK_TEMPLATES, type LighthouseRow } from '@/bench/budgets'
import { figures, floor, results, row, servingRow, ttfb } from '../support/bench-results'

describe('bench budgets', () => {
  it('pass when every template meets every budget', () => {
    expect(checkBudgets(results([row(), row({ template: 'home', path: '/' })]))).toEqual([])
  })

  it('miss a template 3 performance points under the floor, and pass one 2 under', () => {
    const a = floor({ scores: { performance: 92, accessibility: 100, bestPractices: 100, seo: 100 } })
    const at = (performance: number) => row({ scores: { performance, accessibility: 100, bestPractices: 100, seo: 100 } })
    expect(checkBudgets(results([at(90)], undefined, a))).toEqual([])
    expect(checkBudgets(results([at(89)], undefined, a))).toEqual([
      { what: 'practice (/best-practices/a) Lighthouse performance', limit: "≥ 90: the floor's 92 − 2", actual: '89' },
    ])
  })

  it('miss a template whose total blocking time is the floor’s + 60 ms, and pass it at + 50 ms', () => {
    const a = floor({ tbtMs: 280 })
    expect(checkBudgets(results([row({ tbtMs: 330 })], undefined, a))).toEqual([])
    expect(checkBudgets(results([row({ tbtMs: 340 })], undefined, a))).toEqual([
      { what: 'practice (/best-practices/a) total blocking time', limit: "≤ 330 ms: the floor's 280 ms + 50 ms", actual: '340 ms' },
    ])
  })

  it('miss a largest contentful paint over the floor’s + 200 ms, and bytes over the floor’s + 40 KB (each passing at the edge)', () => {
    const a = floor({ lcpMs: 1500, totalBytes: 140_000 })
    expect(checkBudgets(results([row({ lcpMs: 1700, totalBytes: 140_000 + 40 * 1024 })], undefined, a))).toEqual([])
    const misses = checkBudgets(results([row({ lcpMs: 1701, totalBytes: 140_000 + 40 * 1024 + 1 })], undefined, a))
    expect(misses.map((m) => [m.what, m.limit, m.actual])).toEqual([
      ['practice (/best-practices/a) largest contentful paint', "≤ 1700 ms: the floor's 1500 ms + 200 ms", '1701 ms'],
      ['practice (/best-practices/a) bytes over the floor\'s', "≤ 176.7 KB: the floor's 136.7 KB + 40 KB", '176.7 KB'],
    ])
  })

  it('hold every template to 100 when the floor scores 100', () => {
    const a = floor({ scores: { performance: 100, accessibility: 100, bestPractices: 100, seo: 100 } })
    expect(floorLimits(a).performance).toBe(100)
    expect(checkBudgets(results([row()], undefined, a))).toEqual([])
    const [miss] = checkBudgets(results([row({ scores: { performance: 99, accessibility: 100, bestPractices: 100, seo: 100 } })], undefined, a))
    expect(miss).toEqual({ what: 'practice (/best-practices/a) Lighthouse performance', limit: '≥ 100: the floor scores 100', actual: '99' })
  })

  it('miss when the floor was not measured, or any median is of fewer than 3 runs', () => {
    expect(checkBudgets(results([row()], undefined, null))).toEqual([
      { what: 'The floor (A, a bare Next page)', limit: 'measured in the same run', actual: 'missing' },
    ])
    expect(checkBudgets(results([row({ runs: 2 })], undefined, floor({ runs: 1 }))).map((m) => m.what)).toEqual([
      'The floor (A, a bare Next page) runs',
      'practice (/best-practices/a) Lighthouse runs',
    ])
  })

  it('miss an accessibility score under 100, naming the template', () => {
    const misses = checkBudgets(results([row({ scores: { performance: 100, accessibility: 99, bestPractices: 100, seo: 100 } })]))
    expect(misses).toEqual([{ what: 'practice (/best-practices/a) Lighthouse accessibility', limit: '≥ 100', actual: '99' }])
  })

  it('hold a page asking not to be indexed to every budget but SEO (Lighthouse takes SEO points for noindex)', () => {
    const scores = { performance: 100, accessibility: 100, bestPractices: 100, seo: 66 }
    const confirmation = { template: 'confirmation', path: '/submit/received', scores }
    expect(checkBudgets(results([row({ ...confirmation, notIndexed: true })]))).toEqual([])
    expect(checkBudgets(results([row(confirmation)])).map((m) => m.what)).toEqual(['confirmation (/submit/received) Lighthouse seo'])
    const heavy = checkBudgets(results([row({ ...confirmation, notIndexed: true, totalBytes: 202 * 1024, scores: { ...scores, accessibility: 98 } })], undefined, floor({ totalBytes: 170_000 })))
    expect(heavy.map((m) => m.what)).toEqual(['confirmation (/submit/received) Lighthouse accessibility', 'confirmation (/submit/received) bytes transferred'])
  })

  it('miss a page over 200 KB transferred, and pass one at exactly 200 KB', () => {
    // (a floor heavy enough that its own budget, floor + 40 KB, is over 200 KB)
    const a = floor({ totalBytes: 170_000 })
    expect(checkBudgets(results([row({ totalBytes: 200 * 1024 })], undefined, a))).toEqual([])
    const [miss] = checkBudgets(results([row({ totalBytes: 200 * 1024 + 1 })], undefined, a))
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

  it('accept a quick run with one template of each kind, and miss one that lacks a kind', () => {
    const quickRows = QUICK_TEMPLATES.map((q, i) => row({ template: q.template, path: `/${i}` }))
    expect(checkBudgets({ ...results(quickRows), mode: 'quick' })).toEqual([])
    const noFinder = quickRows.filter((r) => r.template !== 'finder')
    expect(checkBudgets({ ...results(noFinder), mode: 'quick' })).toEqual([
      expect.objectContaining({ what: 'Lighthouse templates of a quick run', actual: 'missing finder (finder)' }),
    ])
  })

  it('miss a run of some templates only (--templates)', () => {
    const r = results([row()])
    if (!('skipped' in r.lighthouse!)) r.lighthouse!.partial = ['practice']
    expect(checkBudgets(r)).toEqual([expect.objectContaining({ what: 'Lighthouse templates', actual: 'only practice (--templates)' })])
  })
})
