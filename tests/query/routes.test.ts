import { describe, expect, it } from 'vitest'
import { INTERNAL_LINK_TYPES } from '@/schemas/lib/types'
import { centerSectionQuery, citySlugsQuery, practiceSlugsQuery, sitemapQuery } from '@/lib/content/queries'
import { runQuery } from '@/lib/content/run'
import { createEmbeddedSource } from '@/lib/content/source-embedded'
import { hrefFor, PRERENDER_LIMIT, prerenderFirst, SECTION_PATHS, sectionHref } from '@/lib/routes'
import { DATASETS, PRODUCTION } from '../support/query-datasets'

describe('hrefFor', () => {
  it.each([
    [{ _type: 'centerSection', slug: 'about' }, '/about'],
    [{ _type: 'centerSection', slug: 'support-for-immigrants-and-minorities' }, '/initiatives/support-for-immigrants-and-minorities'],
    [{ _type: 'centerSection', slug: 'best-practices' }, '/best-practices'],
    [{ _type: 'compactComponent', number: 7 }, '/compact/7'],
    [{ _type: 'bestPractice', slug: 'crisis-response' }, '/best-practices/crisis-response'],
    [{ _type: 'organization', slug: 'gare' }, '/organizations/gare'],
    [{ _type: 'city', slug: 'columbia-sc' }, '/cities/columbia-sc'],
    [{ _type: 'mayoralStatement', slug: 'stockton-welcome' }, '/initiatives/support-for-immigrants-and-minorities#stockton-welcome'],
    [{ _type: 'report', slug: 'hate-report' }, '/documenting-the-problems#hate-report'],
    [{ _type: 'publication', slug: 'toolkit' }, '/resources#toolkit'],
    [{ _type: 'grantRound', year: 2021 }, '/grants#round-2021'],
  ])('%j → %s', (target, href) => expect(hrefFor(target)).toBe(href))

  it('has an address for every type rich text can link to', () => {
    const sample = { slug: 'about', number: 1, year: 2021 }
    for (const _type of INTERNAL_LINK_TYPES) expect(hrefFor({ _type, ...sample }), _type).toMatch(/^\//)
  })

  it('gives null, not a broken address, when it cannot make one', () => {
    expect(hrefFor(null)).toBeNull()
    expect(hrefFor({ _type: 'person', slug: 'someone' })).toBeNull()
    expect(hrefFor({ _type: 'bestPractice', slug: null })).toBeNull()
    expect(hrefFor({ _type: 'compactComponent', number: null })).toBeNull()
    expect(sectionHref('no-such-section')).toBeNull()
  })

  it('knows the ten sections', () => {
    expect(Object.keys(SECTION_PATHS)).toHaveLength(10)
  })
})

describe.each(DATASETS)('addresses on the $name dataset', ({ documents }) => {
  const source = createEmbeddedSource({ documents })

  it('exist for every sitemap entry and every internal link in rich text', async () => {
    const missing: string[] = []
    for (const entry of await runQuery(sitemapQuery, {}, { source })) if (!hrefFor(entry)) missing.push(entry._id)
    for (const slug of documents.filter((d) => d._type === 'centerSection').map((d) => (d.slug as { current: string }).current)) {
      const section = await runQuery(centerSectionQuery, { slug }, { source })
      for (const block of section?.body ?? []) {
        if (block._type !== 'block') continue
        for (const def of block.markDefs) if (def._type === 'internalLink' && def.reference && !hrefFor(def.reference)) missing.push(def.reference._id)
      }
    }
    expect(missing).toEqual([])
  })
})

describe('what the build prerenders', () => {
  it('is the first PRERENDER_LIMIT of a list, all of a shorter one', () => {
    const list = Array.from({ length: PRERENDER_LIMIT + 5 }, (_, i) => ({ slug: `s${i}` }))
    expect(prerenderFirst(list)).toEqual(list.slice(0, PRERENDER_LIMIT))
    expect(prerenderFirst(list.slice(0, 3))).toEqual(list.slice(0, 3))
  })

  it('takes the newest practices and the largest cities first, and every one of the Center\u2019s', async () => {
    const documents = PRODUCTION.documents
    const source = createEmbeddedSource({ documents })
    const practices = documents.filter((d) => d._type === 'bestPractice' && d.status === 'published')
    const slugs = (await runQuery(practiceSlugsQuery, undefined, { source })).map((p) => p.slug)
    expect(slugs).toHaveLength(practices.length)
    expect(prerenderFirst(slugs)).toEqual(slugs)
    const published = slugs.map((slug) => String(practices.find((p) => (p.slug as { current: string }).current === slug)!.publishedAt))
    expect(published).toEqual([...published].sort().reverse())

    const cities = await runQuery(citySlugsQuery, undefined, { source })
    const population = (slug: string) => Number(documents.find((d) => d._type === 'city' && (d.slug as { current: string }).current === slug)?.population ?? -1)
    const populations = cities.map((c) => population(c.slug))
    expect(populations).toEqual([...populations].sort((a, b) => b - a))
  })
})
