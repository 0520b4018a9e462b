/**
 * The finder's search (lib/search): facets and counts on the Center's dataset, checked against
 * expectations computed here from the raw documents; the address encoding; stemming, prefixes and
 * typos; and planted words in 10,000 synthetic practices.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { searchDocumentsQuery } from '@/lib/content/queries'
import { runQuery } from '@/lib/content/run'
import { createEmbeddedSource, parseNdjson, type SanityDocument } from '@/lib/content/source-embedded'
import { aboutNoCity, toSearchDocs, type SearchDoc } from '@/lib/search/documents'
import { buildFinderIndex, docFacetValues, MatchCache, PAGE_SIZE, searchFinder, type FinderIndex } from '@/lib/search/engine'
import { processIndexTerm, processTerm, searchTerms } from '@/lib/search/text'
import {
  EMPTY_FINDER_STATE,
  finderHref,
  MAX_ADDRESS_QUERY_BYTES,
  MAX_PARAMS,
  MAX_VALUES_PER_FACET,
  parseFinderParams,
  serializeFinderState,
  toggleFacetValue,
  type FinderState,
} from '@/lib/search/url'
import { FACET_NAMES, FINDER_KIND_VALUES, TIER_VALUES, TOPIC_VALUES, type FacetName } from '@/lib/search/vocabulary'
import { STATE_CODES } from '@/lib/domain/states'
import { citySlugsQuery } from '@/lib/content/queries'
import { rng, synthNdjson } from '@/scripts/synth-dataset'
import { expectedCount, expectedDocuments, passing } from '../support/finder'
import { PRODUCTION } from '../support/query-datasets'

const sorted = (ids: Iterable<string>) => [...ids].sort()

// ---------------------------------------------------------------------------------------------

describe('facets on the Center\u2019s dataset', () => {
  let index: FinderIndex
  let docs: SearchDoc[]
  const expected = expectedDocuments(PRODUCTION.documents)

  beforeAll(async () => {
    const data = await runQuery(searchDocumentsQuery, {}, { source: createEmbeddedSource({ documents: PRODUCTION.documents }) })
    docs = toSearchDocs(data)
    index = buildFinderIndex(docs)
  })

  it('indexes every published practice, statement, award, partner organization and publication, once', () => {
    expect(sorted(docs.map((d) => d.id))).toEqual(sorted(expected.map((d) => d.id)))
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length)
  })

  /** Filter states to check: every value of every facet alone, and combinations of two and three facets. */
  function states(): FinderState[] {
    const values = (f: FacetName) => [...new Set(expected.flatMap((d) => d.values[f]))].sort()
    const single = FACET_NAMES.flatMap((f) => values(f).map((v) => parseFinderParams({ [f]: v })))
    const r = rng(2024)
    const combos = Array.from({ length: 150 }, () => {
      const facets = r.some(FACET_NAMES, r.int(2, 3))
      const params: Record<string, string[]> = {}
      for (const f of facets) params[f] = r.some(values(f), r.int(1, 2))
      return parseFinderParams(params)
    })
    return [EMPTY_FINDER_STATE, ...single, ...combos]
  }

  it('drops city and year values no document has, so an address full of made-up ones costs one search', () => {
    const real = docs.find((d) => d.city)!.city!.slug
    const made = Array.from({ length: 60 }, (_, i) => `no-such-city-${i}`)
    const asked = parseFinderParams({ city: [...made, real], year: ['1901', '2199'], q: 'youth' })
    expect(asked.city).toHaveLength(MAX_VALUES_PER_FACET)
    const result = searchFinder(index, asked)
    expect(result.state.city).toEqual([real])
    expect(result.state.year).toEqual([])
    expect(result.total).toBe(searchFinder(index, parseFinderParams({ city: real, q: 'youth' })).total)
    expect(result.suggestions.every((s) => s.state.city.every((c) => !c.startsWith('no-such-city')))).toBe(true)
    // Only made-up cities: the search is the one without a city filter.
    const none = searchFinder(index, parseFinderParams({ city: made }))
    expect(none.state.city).toEqual([])
    expect(none.total).toBe(docs.length)
    // Only the first MAX_PARAMS pairs of an address are read.
    const long = new URLSearchParams(Array.from({ length: 2000 }, (_, i) => ['city', `made-up-${i}`] as [string, string]))
    long.append('q', 'youth')
    expect(parseFinderParams(long).q).toBe('')
    expect(MAX_PARAMS).toBeLessThanOrEqual(300)
  })

  it('gives the documents passing every facet, and each value the count it would give under the other facets', () => {
    let nonEmpty = 0
    for (const state of states()) {
      const label = serializeFinderState(state) || '(everything)'
      const result = searchFinder(index, state, { pageSize: 10_000 })
      const want = passing(expected, state)
      expect(sorted(result.items.map((d) => d.id)), label).toEqual(sorted(want.map((d) => d.id)))
      expect(result.total, label).toBe(want.length)
      if (want.length > 0) nonEmpty++
      for (const facet of result.facets) {
        for (const v of facet.values) {
          expect(v.count, `${label}: ${facet.name}=${v.value}`).toBe(expectedCount(expected, state, facet.name, v.value))
          expect(v.selected, `${label}: ${facet.name}=${v.value} selected`).toBe(state[facet.name].map(String).includes(v.value))
        }
      }
      // Values with results under the other facets are all listed (the city facet lists up to 30).
      for (const f of ['state', 'year', 'kind', 'topic', 'tier'] as const) {
        const listed = new Set(result.facets.find((x) => x.name === f)!.values.map((v) => v.value))
        const withResults = new Set(passing(expected, state, f).flatMap((d) => d.values[f]))
        for (const v of withResults) expect(listed.has(v), `${label}: ${f}=${v} listed`).toBe(true)
      }
    }
    expect(nonEmpty).toBeGreaterThan(50)
  })

  it('keeps a facet’s other values and their counts when one of them is chosen (disjunctive counts)', () => {
    const before = searchFinder(index, parseFinderParams('topic=youth'))
    const after = searchFinder(index, toggleFacetValue(before.state, 'kind', 'practice'))
    const kinds = (r: typeof before) => r.facets.find((f) => f.name === 'kind')!.values.map((v) => [v.value, v.count])
    expect(kinds(after)).toEqual(kinds(before))
    expect(after.total).toBe(kinds(before).find(([k]) => k === 'practice')![1])
  })

  it('pages the results: 20 a page, the page brought within range', () => {
    const all = searchFinder(index, EMPTY_FINDER_STATE)
    expect(all.total).toBe(expected.length)
    expect(all.pageCount).toBe(Math.ceil(expected.length / PAGE_SIZE))
    expect(all.items).toHaveLength(Math.min(PAGE_SIZE, expected.length))
    const pages = Array.from({ length: all.pageCount }, (_, i) => searchFinder(index, { ...EMPTY_FINDER_STATE, page: i + 1 }).items.map((d) => d.id))
    expect(sorted(pages.flat())).toEqual(sorted(expected.map((d) => d.id)))
    const beyond = searchFinder(index, { ...EMPTY_FINDER_STATE, page: 999 })
    expect(beyond.page).toBe(all.pageCount)
    // Without words: best practices first, newest first.
    expect(all.items[0]!.kind).toBe('practice')
  })

  it('suggests what to try when nothing matches, each suggestion with the results it gives', () => {
    const practice = docs.find((d) => d.kind === 'practice')!
    const otherState = docs.find((d) => d.kind === 'statement' && d.state !== practice.state)!.state!
    const state = parseFinderParams({ kind: 'practice', state: otherState, city: practice.city!.slug })
    const result = searchFinder(index, state)
    expect(result.total).toBe(0)
    expect(result.suggestions.length).toBeGreaterThan(0)
    for (const s of result.suggestions) {
      expect(s.count).toBeGreaterThan(0)
      expect(searchFinder(index, s.state, { pageSize: 10_000 }).total, s.text).toBe(s.count)
    }
    expect(result.suggestions.map((s) => s.text)).toContain(`Remove ${result.facets.find((f) => f.name === 'state')!.values.find((v) => v.selected)!.label}`)
  })

  it('finds documents by words, and counts facets over the matches only', () => {
    const result = searchFinder(index, parseFinderParams('q=youth'), { pageSize: 10_000 })
    expect(result.total).toBeGreaterThan(0)
    for (const d of result.items) expect(`${d.title} ${d.summary} ${d.body} ${d.tags} ${d.place}`.toLowerCase()).toMatch(/youth/)
    const kinds = result.facets.find((f) => f.name === 'kind')!.values
    // A grant-winning practice counts as a best practice and as a grant-winning program.
    for (const k of kinds) expect(k.count).toBe(result.items.filter((d) => docFacetValues(d, 'kind').includes(k.value)).length)
  })

  it('gives the same results with and without the cache of matches', () => {
    const cache = new MatchCache(2)
    for (const q of ['police', 'youth', 'police', 'mental health', 'youth', 'trainings']) {
      const state = parseFinderParams({ q, topic: 'training' })
      expect(searchFinder(index, state, { cache }).items.map((d) => d.id)).toEqual(searchFinder(index, state).items.map((d) => d.id))
    }
  })
})

// ---------------------------------------------------------------------------------------------

describe('the address', () => {
  function randomState(seed: number): FinderState {
    const r = rng(seed)
    const maybe = <T>(items: readonly T[]) => (r.chance(0.5) ? r.some(items, r.int(1, 3)) : [])
    return parseFinderParams({
      q: r.chance(0.5) ? r.pick(['youth', 'police  reform', 'São Paulo & “quotes”', 'a+b=c?', '911']) : undefined,
      kind: maybe(FINDER_KIND_VALUES),
      component: maybe(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']),
      topic: maybe(TOPIC_VALUES),
      tier: maybe(TIER_VALUES),
      state: maybe(['TX', 'CA', 'NM', 'DC', 'PR']),
      city: maybe(['albuquerque-nm', 'dallas-tx', 'san-jose-ca']),
      year: maybe(['2019', '2021', '2023']),
      page: r.chance(0.3) ? String(r.int(2, 9)) : undefined,
    })
  }

  it('round-trips: parse(serialize(state)) is the state', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const state = randomState(seed)
      expect(parseFinderParams(serializeFinderState(state))).toEqual(state)
      expect(parseFinderParams(new URL(finderHref(state), 'https://example.org').searchParams)).toEqual(state)
    }
  })

  it('writes one canonical form: serialize(parse(address)) is canonical and stable', () => {
    const messy =
      'page=1&year=2023&state=tx&q=++youth+++violence+&component=6&component=3&component=3&component=11&topic=youth' +
      '&topic=nonsense&tier=large&kind=award&kind=practice&city=Not+A+Slug&city=dallas-tx&utm_source=x&state=&q=second'
    const canonical = serializeFinderState(parseFinderParams(messy))
    expect(canonical).toBe('q=youth+violence&kind=practice&kind=award&component=3&component=6&topic=youth&tier=large&state=TX&city=dallas-tx&year=2023')
    expect(serializeFinderState(parseFinderParams(canonical))).toBe(canonical)
    expect(serializeFinderState(parseFinderParams(''))).toBe('')
    expect(serializeFinderState(parseFinderParams('q=&page=1&state='))).toBe('')
    expect(finderHref(EMPTY_FINDER_STATE)).toBe('/best-practices')
    // What a plain GET form sends, with Next's searchParams shape.
    expect(serializeFinderState(parseFinderParams({ q: '', component: ['6', '3'], state: 'TX', page: '2' }))).toBe('component=3&component=6&state=TX&page=2')
  })

  it('fits under the longest query the site accepts (proxy.ts), with every value of every facet the form offers ticked', async () => {
    const cities = (await runQuery(citySlugsQuery)).map((row) => row.slug)
    const everything = parseFinderParams({
      q: '“São Paulo” & ñ '.repeat(20),
      kind: [...FINDER_KIND_VALUES],
      component: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'],
      topic: [...TOPIC_VALUES],
      tier: [...TIER_VALUES],
      state: [...STATE_CODES],
      city: cities,
      year: Array.from({ length: 40 }, (_, i) => String(1990 + i)),
      page: '99',
    })
    expect(everything.city).toHaveLength(Math.min(cities.length, MAX_VALUES_PER_FACET))
    const query = serializeFinderState(everything)
    expect(query.length).toBeLessThan(MAX_ADDRESS_QUERY_BYTES / 2)
  })

  it('toggles a value and goes back to the first page', () => {
    const state = parseFinderParams('topic=youth&page=3')
    expect(serializeFinderState(toggleFacetValue(state, 'topic', 'training'))).toBe('topic=training&topic=youth')
    expect(serializeFinderState(toggleFacetValue(state, 'topic', 'youth'))).toBe('')
  })
})

// ---------------------------------------------------------------------------------------------

function doc(id: string, title: string, body = '', summary = ''): SearchDoc {
  return { id, kind: 'practice', label: null, title, summary, body, href: `/best-practices/${id}`, ...aboutNoCity(), year: null, date: '', meta: [] }
}

describe('words: stemming, prefixes and typos', () => {
  const index = buildFinderIndex([
    doc('police', 'Police academy reform', 'Officers of the police department.'),
    doc('policing', 'Community policing', 'Neighborhood beats.'),
    doc('policy', 'Housing policy', 'A policy for renters.'),
    doc('training', 'De-escalation training', 'A training for every officer.'),
    doc('trained', 'Responders trained in crisis care', ''),
    doc('immigrants', 'Welcoming immigrants', 'Legal help for immigrant families.'),
    doc('homeless', 'Homeless outreach', 'Outreach workers every week.'),
    doc('parks', 'Parks and recreation', 'Summer programs.'),
    doc('jose', 'San José youth jobs', ''),
  ])
  const ids = (q: string) => searchFinder(index, { ...EMPTY_FINDER_STATE, q }, { pageSize: 100 }).items.map((d) => d.id)

  it('stems English words: "trainings" is "training", "policing" is "police"', () => {
    expect(processTerm('trainings')).toBe(processTerm('training'))
    expect(processTerm('trained')).toBe(processTerm('training'))
    expect(processTerm('policing')).toBe(processTerm('police'))
    expect(processTerm('Policing')).toBe('polic')
    expect(processTerm('the')).toBeNull()
    expect(processTerm('a')).toBeNull()
    expect(processTerm('911')).toBe('911')
    expect(searchTerms('The city’s trainings, and José')).toEqual(['citi', 'train', 'jose'])
    expect(processIndexTerm('trainings')).toEqual(['train', 'trainings'])
    expect(processIndexTerm('youth')).toEqual(['youth'])
  })

  it('finds police documents for "policing", and ranks them above what only shares a prefix', () => {
    const found = ids('policing')
    expect(found.slice(0, 2).sort()).toEqual(['police', 'policing'])
    expect(found).not.toContain('parks')
    // "policy" stems to "polici", which begins like "polic": a prefix match, ranked after exact ones.
    if (found.includes('policy')) expect(found.indexOf('policy')).toBeGreaterThan(1)
  })

  it('finds "training" for "trainings", and every form of the word', () => {
    expect(ids('trainings').sort()).toEqual(['trained', 'training'])
    expect(ids('trained').sort()).toEqual(['trained', 'training'])
  })

  it('matches the last word as a prefix, and every word (AND)', () => {
    expect(ids('immigr')).toEqual(['immigrants'])
    expect(ids('homeless outr')).toEqual(['homeless'])
    expect(ids('homeless parks')).toEqual([])
    // Only the last word is a prefix: "outr" is no word in the index.
    expect(ids('outr homeless')).toEqual([])
  })

  it('tolerates typos in words the index does not know (fuzzy 0.2)', () => {
    expect(ids('homless')).toEqual(['homeless'])
    expect(ids('trainng')).toContain('training')
    expect(ids('imigrants')).toEqual(['immigrants'])
    expect(ids('polise').slice(0, 2).sort()).toEqual(['police', 'policing'])
  })

  it('folds accents', () => {
    expect(ids('jose')).toEqual(['jose'])
    expect(ids('José')).toEqual(['jose'])
  })

  it('ignores a query of stop words only, and finds nothing for an unknown word', () => {
    expect(ids('the and of')).toHaveLength(9)
    expect(ids('xylophone')).toEqual([])
  })
})

// ---------------------------------------------------------------------------------------------

describe('10,000 synthetic practices', () => {
  const PLANTED = 'quizzaciously'
  let index: FinderIndex
  let titled: string
  let inBody: string[]

  beforeAll(async () => {
    const documents = parseNdjson(synthNdjson({ practices: 10_000, cities: 1_000, seed: 42 }))
    const practices = documents.filter((d) => d._type === 'bestPractice')
    expect(practices).toHaveLength(10_000)
    // Plant a word no other document has: in one practice's title, and in the text of two others.
    const r = rng(99)
    const [a, b, c] = r.some(practices, 3) as (SanityDocument & { title: string; approach: string; results?: string })[]
    a!.title = `${a!.title} ${PLANTED}`
    b!.approach = `${b!.approach} The work was described as ${PLANTED} by a visiting mayor.`
    c!.results = `${c!.results ?? ''} Residents called it ${PLANTED}.`.trim()
    titled = a!._id
    inBody = [b!._id, c!._id]
    const data = await runQuery(searchDocumentsQuery, {}, { source: createEmbeddedSource({ documents }) })
    index = buildFinderIndex(toSearchDocs(data))
  }, 120_000)

  it('finds exactly the documents with the planted word, the one with it in its title first', () => {
    const awardsOfPlanted = index.docs.filter((d) => d.kind === 'award' && d.title.includes(PLANTED)).map((d) => d.id)
    const result = searchFinder(index, { ...EMPTY_FINDER_STATE, q: PLANTED }, { pageSize: 100 })
    expect(sorted(result.items.map((d) => d.id))).toEqual(sorted([titled, ...inBody, ...awardsOfPlanted]))
    expect([titled, ...awardsOfPlanted]).toContain(result.items[0]!.id)
    expect(result.items.slice(0, 1 + awardsOfPlanted.length).map((d) => d.id)).toContain(titled)
  })

  it('finds the planted word with a typo, with a prefix, and with facets', () => {
    const typo = searchFinder(index, { ...EMPTY_FINDER_STATE, q: 'quizaciously' }, { pageSize: 100 })
    expect(typo.items.map((d) => d.id)).toContain(titled)
    const prefix = searchFinder(index, { ...EMPTY_FINDER_STATE, q: 'quizzacious' }, { pageSize: 100 })
    expect(prefix.items.map((d) => d.id)).toContain(titled)
    const planted = index.docs.find((d) => d.id === titled)!
    const filtered = searchFinder(index, parseFinderParams({ q: PLANTED, state: planted.state!, kind: 'practice' }))
    expect(filtered.items.map((d) => d.id)).toContain(titled)
    for (const d of filtered.items) expect(d.state).toBe(planted.state)
  })

  it('answers a keyword query with two facets', () => {
    const result = searchFinder(index, parseFinderParams({ q: 'youth mentoring', topic: 'youth', tier: 'small' }))
    expect(result.total).toBeGreaterThan(0)
    for (const d of result.items) {
      expect(d.topics).toContain('youth')
      expect(d.tier).toBe('small')
    }
  })
})
