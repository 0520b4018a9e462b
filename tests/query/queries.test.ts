import { parse } from 'groq-js'
import { describe, expect, it } from 'vitest'
import type { AnyContentQuery } from '@/lib/content/define'
import * as Q from '@/lib/content/queries'
import { ALL_QUERIES } from '@/lib/content/queries'
import { runQuery } from '@/lib/content/run'
import { createEmbeddedSource, type SanityDocument } from '@/lib/content/source-embedded'
import { synthesize } from '@/scripts/synth-dataset'
import { collectIds, DATASETS, FIXTURE, PRODUCTION } from '../support/query-datasets'
import { queryRuns } from '../support/query-samples'

describe('the queries', () => {
  it('have unique names', () => {
    const names = ALL_QUERIES.map((q) => q.name)
    expect(new Set(names).size).toBe(names.length)
  })

  it.each(ALL_QUERIES.map((q) => [q.name, q] as const))('%s parses as GROQ', (_, def) => {
    expect(() => parse(def.query)).not.toThrow()
  })

  it.each(ALL_QUERIES.map((q) => [q.name, q] as const))('%s declares exactly the $params it uses', (_, def: AnyContentQuery) => {
    const used = [...new Set([...def.query.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]))].sort()
    const shape = (def.params as { shape?: Record<string, unknown> } | null)?.shape ?? {}
    expect(Object.keys(shape).sort()).toEqual(used)
  })

  it('refuse missing or wrong params instead of matching whatever has no slug', async () => {
    const source = createEmbeddedSource({ documents: FIXTURE.documents })
    await expect(runQuery(Q.bestPracticeQuery, undefined, { source })).rejects.toThrow(/Query "bestPractice" got invalid params: slug/)
    await expect(runQuery(Q.compactComponentQuery, { number: '1' as never }, { source })).rejects.toThrow(/number/)
    await expect(runQuery(Q.activitiesQuery, { slug: 'x' } as never, { source })).rejects.toThrow(/takes no params/)
  })
})

describe.each(DATASETS)('every query on the $name dataset', ({ documents }) => {
  const source = createEmbeddedSource({ documents })
  const runs = queryRuns(documents)
  const unpublished = new Set(documents.filter((d) => d._type === 'bestPractice' && d.status !== 'published').map((d) => d._id))
  const unpublishedSlugs = new Set(
    documents.filter((d) => unpublished.has(d._id)).map((d) => (d.slug as { current: string }).current),
  )

  it.each(runs.map((run) => [run.label, run] as const))('%s runs and passes its model', async (_, { def, params }) => {
    const result = await runQuery(def, params as never, { source })
    expect(result).toBeDefined()
    // Only published practices ever appear: not as documents, not as link targets or award slugs.
    expect(collectIds(result).filter((id) => unpublished.has(id))).toEqual([])
    const practiceSlugs = JSON.stringify(result).match(/"practiceSlug":"[^"]+"/g) ?? []
    expect(practiceSlugs.filter((s) => unpublishedSlugs.has(s.split('"')[3] ?? ''))).toEqual([])
  })

  it('renders every page generateStaticParams will ask for', async () => {
    for (const { query, item } of [
      { query: Q.practiceSlugsQuery, item: (p: { slug: string }) => runQuery(Q.bestPracticeQuery, p, { source }) },
      { query: Q.organizationSlugsQuery, item: (p: { slug: string }) => runQuery(Q.organizationQuery, p, { source }) },
      { query: Q.citySlugsQuery, item: (p: { slug: string }) => runQuery(Q.cityQuery, p, { source }) },
    ]) {
      for (const params of await runQuery(query, {}, { source })) expect(await item(params), JSON.stringify(params)).not.toBeNull()
    }
    for (const { number } of await runQuery(Q.compactNumbersQuery, {}, { source })) {
      expect(await runQuery(Q.compactComponentQuery, { number: Number(number) }, { source })).not.toBeNull()
    }
  })
})

describe('the Center\u2019s dataset, through the queries', () => {
  const source = createEmbeddedSource({ documents: PRODUCTION.documents })

  it('has the 10 Compact components, numbered 1 to 10 in order', async () => {
    const components = await runQuery(Q.compactComponentsQuery, {}, { source })
    expect(components.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect((await runQuery(Q.homePageQuery, {}, { source })).compactComponents.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
  })

  it('has the 10 actions of the 10-Point Plan: 5 through the Conference, then 5 in cities', async () => {
    const actions = await runQuery(Q.planActionsQuery, {}, { source })
    expect(actions.map((a) => `${a.scope} ${a.number}`)).toEqual([
      ...[1, 2, 3, 4, 5].map((n) => `conference ${n}`),
      ...[1, 2, 3, 4, 5].map((n) => `cities ${n}`),
    ])
  })

  it('has 6 mayoral statements in Support for Immigrants and Minorities, in date order', async () => {
    const statements = await runQuery(Q.statementsInCollectionQuery, { sectionSlug: 'support-for-immigrants-and-minorities' }, { source })
    expect(statements).toHaveLength(6)
    expect(statements.map((s) => s.date)).toEqual(statements.map((s) => s.date).sort())
  })

  it('has 11 partner organizations, in order, and the 4 publications', async () => {
    const { organizations, publications } = await runQuery(Q.resourcesQuery, {}, { source })
    expect(organizations).toHaveLength(11)
    const orders = organizations.map((o) => o.order ?? Infinity)
    expect(orders).toEqual([...orders].sort((a, b) => a - b))
    expect(publications).toHaveLength(4)
  })

  it('has 3 reports, each with figures', async () => {
    const reports = await runQuery(Q.reportsQuery, {}, { source })
    expect(reports).toHaveLength(3)
    for (const report of reports) expect(report.figures.length, report.title).toBeGreaterThan(0)
  })

  it('has a page for each of the 10 Center sections', async () => {
    const { SECTION_PATHS } = await import('@/lib/routes')
    for (const slug of Object.keys(SECTION_PATHS)) {
      expect(await runQuery(Q.centerSectionQuery, { slug }, { source }), slug).not.toBeNull()
    }
  })
})

describe('what the queries make of the fixture', () => {
  const source = createEmbeddedSource({ documents: FIXTURE.documents })

  it('resolves internal links in rich text, and drops links to practices that are not published', async () => {
    const about = await runQuery(Q.centerSectionQuery, { slug: 'about' }, { source })
    const targets = Object.fromEntries(
      about!.body.flatMap((block) => (block._type === 'block' ? block.children : [])).flatMap((span) => span.marks.map((mark) => [mark, span.text])),
    )
    const links = about!.body.flatMap((block) => (block._type === 'block' ? block.markDefs : []))
    const byText = Object.fromEntries(links.map((def) => [targets[def._key], def._type === 'internalLink' ? def.reference : def._type === 'link' ? def.href : def.language]))
    expect(byText).toEqual({
      practices: { _id: 'bestPractice-crisis-response', _type: 'bestPractice', slug: 'crisis-response', number: null, year: null },
      'one not yet published': null,
      'component 1': { _id: 'compactComponent-1', _type: 'compactComponent', slug: null, number: 1, year: null },
      '2021 grants': { _id: 'grantRound-2021', _type: 'grantRound', slug: null, number: null, year: 2021 },
      Columbia: expect.objectContaining({ _type: 'city', slug: 'columbia-sc' }),
      GARE: expect.objectContaining({ _type: 'organization', slug: 'gare' }),
      'Stockton statement': expect.objectContaining({ _type: 'mayoralStatement', slug: 'stockton-welcome' }),
      'hate report': expect.objectContaining({ _type: 'report', slug: 'hate-report' }),
      toolkit: expect.objectContaining({ _type: 'publication', slug: 'racial-equity-toolkit' }),
      'resources page': expect.objectContaining({ _type: 'centerSection', slug: 'resources' }),
      elsewhere: 'https://example.org/more',
    })
  })

  it('gives organizations their relations both ways', async () => {
    const { organizations } = await runQuery(Q.resourcesQuery, {}, { source })
    expect(organizations.map((o) => o.slug)).toEqual(['gare', 'race-forward'])
    const [gare, raceForward] = organizations
    expect(gare?.relations).toEqual([expect.objectContaining({ kind: 'joint-project-of', year: 2016, organization: expect.objectContaining({ slug: 'race-forward' }) })])
    expect(raceForward?.incomingRelations).toEqual([expect.objectContaining({ kind: 'joint-project-of', organization: expect.objectContaining({ slug: 'gare' }) })])
  })

  it('shows published practices only, newest first, with their city', async () => {
    const practices = await runQuery(Q.bestPracticesQuery, {}, { source })
    expect(practices.map((p) => `${p.publishedAt} ${p.slug} ${p.city.slug}`)).toEqual([
      '2022-03-15 youth-games stockton-ca',
      '2021-07-01 crisis-response columbia-sc',
      '2020-01-10 open-data stockton-ca',
    ])
    expect(await runQuery(Q.bestPracticeQuery, { slug: 'pending-idea' }, { source })).toBeNull()
  })

  it('gives a practice its contact, or the Center\u2019s, its grant award and related practices', async () => {
    const crisis = await runQuery(Q.bestPracticeQuery, { slug: 'crisis-response' }, { source })
    expect(crisis?.contact).toMatchObject({ useCenterContact: false, name: 'Dana Lee' })
    expect(crisis?.centerContact).toBeNull()
    expect(crisis?.grantAwards.map((a) => `${a.round.year} ${a.level} ${a.practiceSlug}`)).toEqual(['2021 winner crisis-response'])
    expect(crisis?.related.map((p) => p.slug)).toEqual(['youth-games'])
    const games = await runQuery(Q.bestPracticeQuery, { slug: 'youth-games' }, { source })
    expect(games?.contact.useCenterContact).toBe(true)
    expect(games?.centerContact).toMatchObject({ name: 'Pat Staff', email: 'pat@usmayors.org' })
  })

  it('lists grant rounds newest first with their awards, and no slug for an unpublished practice', async () => {
    const program = await runQuery(Q.grantProgramQuery, {}, { source })
    expect(program.rounds.map((r) => [r.year, r.awards.map((a) => [a.city.slug, a.practiceSlug])])).toEqual([
      [2022, [['stockton-ca', null]]],
      [2021, [['columbia-sc', 'crisis-response']]],
    ])
  })

  it('gathers a city\u2019s hub and counts', async () => {
    const columbia = await runQuery(Q.cityQuery, { slug: 'columbia-sc' }, { source })
    expect(columbia).toMatchObject({ currentMayor: { name: 'Steve Benjamin' }, coalitionMember: true })
    expect(columbia?.practices.map((p) => p.slug)).toEqual(['crisis-response'])
    expect(columbia?.statements.map((s) => s.slug)).toEqual(['columbia-unity'])
    expect(columbia?.people.map((p) => p.name)).toEqual(['Steve Benjamin'])
    const boston = await runQuery(Q.cityQuery, { slug: 'boston-ma' }, { source })
    expect(boston?.milestones.map((m) => m._id)).toEqual(['milestone-launch'])
    const cities = await runQuery(Q.citiesQuery, {}, { source })
    expect(cities.map((c) => [c.slug, c.practiceCount, c.statementCount, c.awardCount])).toEqual([
      ['boston-ma', 0, 0, 0],
      ['columbia-sc', 1, 1, 1],
      ['stockton-ca', 2, 1, 1],
    ])
  })

  it('attaches published practices and statements to their Compact component', async () => {
    const one = await runQuery(Q.compactComponentQuery, { number: 1 }, { source })
    expect(one?.bestPractices.map((p) => p.slug)).toEqual(['crisis-response'])
    expect(one?.mayoralStatements.map((s) => s.slug)).toEqual(['stockton-welcome'])
    expect(await runQuery(Q.compactComponentQuery, { number: 9 }, { source })).toBeNull()
    const counts = await runQuery(Q.compactComponentsQuery, {}, { source })
    expect(counts.map((c) => [c.number, c.practiceCount, c.statementCount])).toEqual([
      [1, 1, 1],
      [2, 2, 0],
      [3, 1, 0],
    ])
  })

  it('lists the sitemap and the feed from public documents only', async () => {
    const sitemap = await runQuery(Q.sitemapQuery, {}, { source })
    expect(sitemap.filter((e) => e._type === 'bestPractice').map((e) => e.slug)).toEqual(['crisis-response', 'open-data', 'youth-games'])
    const feed = await runQuery(Q.feedQuery, {}, { source })
    expect(feed.map((item) => `${item.date} ${item._type}`)).toEqual([
      '2022-03-15 bestPractice',
      '2021-07-01 bestPractice',
      '2020-01-10 bestPractice',
      '2019-02-01 mayoralStatement',
      '2017-08-14 mayoralStatement',
    ])
  })
})

describe('a Compact component’s page, on 300 synthetic practices', () => {
  const documents = synthesize({ practices: 300, cities: 30, seed: 7 }) as SanityDocument[]
  const source = createEmbeddedSource({ documents })
  const published = documents.filter((d) => d._type === 'bestPractice' && d.status === 'published')
  const refs = (d: SanityDocument) => ((d.compactComponents as { _ref: string }[] | undefined) ?? []).map((r) => r._ref)

  it('lists the newest COMPACT_LIST_LIMIT practices and statements and counts them all', async () => {
    let over = 0
    for (const { number } of await runQuery(Q.compactComponentsQuery, {}, { source })) {
      const page = (await runQuery(Q.compactComponentQuery, { number }, { source }))!
      const practices = published.filter((d) => refs(d).includes(page._id))
      const statements = documents.filter((d) => d._type === 'mayoralStatement' && refs(d).includes(page._id))
      expect(page.bestPracticeCount).toBe(practices.length)
      expect(page.mayoralStatementCount).toBe(statements.length)
      expect(page.bestPractices).toHaveLength(Math.min(practices.length, Q.COMPACT_LIST_LIMIT))
      expect(page.mayoralStatements).toHaveLength(Math.min(statements.length, Q.COMPACT_LIST_LIMIT))
      const newest = practices
        .sort((a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt)) || a._id.localeCompare(b._id))
        .slice(0, Q.COMPACT_LIST_LIMIT)
      expect(page.bestPractices.map((p) => p._id)).toEqual(newest.map((p) => p._id))
      if (practices.length > Q.COMPACT_LIST_LIMIT) over++
    }
    expect(over, 'components with more practices than the page lists').toBeGreaterThan(0)
  })
})
