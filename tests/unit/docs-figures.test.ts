import { describe, expect, it } from 'vitest'
import { searchBlock, synthBuildBlock, ttfbBlock, type FigureResults } from '../../scripts/docs-figures'

const run: FigureResults = { date: '2026-12-07T22:00:00Z', commit: 'abcdef0123456789', mode: 'quick' }
const timing = (firstByteP50Ms: number, fullP50Ms: number) => ({ firstByteP50Ms, fullP50Ms })

describe('figures in the docs, from bench/results.json', () => {
  it('name the run they come from', () => {
    expect(ttfbBlock({ ...run, ttfb: { skipped: 'not asked' } })).toBe('First-byte figures: not measured in the quick run of December 7, 2026 at abcdef0123.')
  })

  it('print each page’s first byte and the finder’s ratio as measured, and say whether the goal is met', () => {
    const block = ttfbBlock({
      ...run,
      ttfb: {
        finderFirstByteRatio: 2.8,
        goalMet: true,
        rows: [
          { page: 'prerendered (/about)', path: '/about', nextStart: { idle: timing(9.5, 11.2) }, recipe: { idle: timing(0.5, 1) } },
          { page: 'finder with a query', path: '/best-practices?q=police', nextStart: { idle: timing(26.6, 29) } },
        ],
      },
    })
    expect(block).toContain('| prerendered, `/about` | 9.5 / 11.2 ms | 0.5 / 1 ms |')
    expect(block).toContain('| finder with a query, `/best-practices?q=police` | 26.6 / 29 ms | not measured |')
    expect(block).toContain('**2.8×** a prerendered page’s'.replace('’', "'"))
    expect(block).toContain('is met')
  })

  it('say "not measured" for a search the run skipped, never another run’s figure', () => {
    const block = searchBlock({ ...run, search: { engine: { center: { documents: 62, query: { p50Ms: 0.1, p95Ms: 0.2, p99Ms: 0.3 } } } } })
    expect(block).toContain('| words alone | 0.1 ms | 0.2 ms | 0.3 ms |')
    expect(block).toContain('| a typo (fuzzy) | not measured | | |')
    expect(searchBlock({ ...run })).toContain('not measured')
  })

  it('report a synthetic build that did not complete as such', () => {
    const block = synthBuildBlock({ ...run, build: { synthetic: { completed: false, seconds: 900, pagesPrerendered: '1500/2089', peakTreeMb: 3072 } } })
    expect(block).toContain('did not complete')
    expect(block).toContain('prerenders 1500 pages in 900 s')
    expect(block).toContain('3.0 GB')
  })
})
