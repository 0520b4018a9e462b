/**
 * The finder's search: a MiniSearch index over the documents (lib/search/documents.ts) and
 * disjunctive facet counts. Pure and synchronous (no Next, no I/O), so tests and the benchmark
 * (scripts/bench-search.ts) call exactly what the page calls.
 *
 * - Keyword search: fields boosted title (3) > summary (2) = place (2) > tags (1.5) > body (1);
 *   every word must match (AND), by its English stem (lib/search/text.ts); the last word also
 *   matches as a prefix (3 letters and up: "immigr" finds "immigrants", "immigration"), and a word
 *   the index does not know matches with typos (fuzzy 0.2: one edit in words of 3 to 7 letters,
 *   two in 8 to 12…; "homless" finds "homeless"). Results are ordered by relevance (BM25).
 * - Without words: everything, best practices first, then grant-winning programs, statements and
 *   resources, newest first within each.
 * - Facets: values within a facet are alternatives (OR), facets combine (AND). Each value's count
 *   is the number of results it would give with every OTHER facet's filters applied (standard
 *   disjunctive faceting), so choosing a value never makes the other values of its facet vanish.
 *   One pass over the candidates counts everything: a document failing no facet is a result and
 *   counts for all its values; a document failing exactly one facet counts for that facet's values.
 *   Facet values are numbered when the index is built, so the pass runs on typed arrays.
 */
import MiniSearch, { type Query, type SearchOptions } from 'minisearch'
import { stateName } from '../domain/states'
import { PRACTICE_TOPICS, titleOf } from '../domain/vocabulary'
import type { SearchComponent, SearchDoc } from './documents'
import { analyzeIn, fold, indexTermsIn, isStopWord, processTerm, searchTerms, SPLIT, type SearchLang } from './text'
import { activeFilterCount, facetKeys, withFacet, withQuery, type FinderState } from './url'
import { FACET_NAMES, FINDER_KINDS, FINDER_KIND_VALUES, TIERS, TOPIC_VALUES, type FacetName } from './vocabulary'

export const PAGE_SIZE = 20
/** The city facet lists at most this many cities (those with most results; chosen ones always). */
export const CITY_FACET_LIMIT = 30

export const BOOST = { title: 3, summary: 2, place: 2, tags: 1.5, body: 1 } as const
const FIELDS = Object.keys(BOOST) as (keyof typeof BOOST)[]

/**
 * The Spanish finder's fields: the Spanish words (translations; Spanish analysis) boosted as the
 * English finder boosts its fields, and the English words (English analysis) at half that, so a
 * document is found by its English text too, but one whose Spanish text has the words comes first.
 * Place names are the same in both languages.
 */
export const BOOST_ES = {
  titleEs: 3,
  summaryEs: 2,
  tagsEs: 1.5,
  bodyEs: 1,
  place: 2,
  title: 1.5,
  summary: 1,
  tags: 0.75,
  body: 0.5,
} as const
const FIELDS_ES = Object.keys(BOOST_ES) as (keyof typeof BOOST_ES)[]
const SPANISH_FIELDS: readonly string[] = ['titleEs', 'summaryEs', 'tagsEs', 'bodyEs']
const ENGLISH_FIELDS_ES: readonly string[] = FIELDS_ES.filter((f) => !SPANISH_FIELDS.includes(f))

export const FUZZY = 0.2

/**
 * The search options of an index: prefix matching for the last word, and typo tolerance for words
 * it does not know (a known word is taken as meant: fuzzy matching every word would make each
 * search several times slower on a large index, and match "policy" for "police").
 */
function searchOptions(vocabulary: ReadonlySet<string>): SearchOptions {
  return {
    boost: BOOST,
    combineWith: 'AND',
    processTerm,
    prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 3,
    fuzzy: (term) => (term.length >= 3 && !vocabulary.has(term) ? FUZZY : false),
  }
}

type Indexed = { id: number } & Partial<Record<(typeof FIELDS_ES)[number], string>>

/** One facet's values, numbered, and each document's values as numbers (CSR layout). */
export interface FacetTable {
  /** values[n]: value number n as the address writes it. */
  values: string[]
  ids: Map<string, number>
  /** Document i's values are items[offsets[i]] up to items[offsets[i + 1]]. */
  offsets: Int32Array
  items: Int32Array
}

export interface FinderIndex {
  /** The language of the page the index serves: 'es' indexes the Spanish translations too. */
  lang: SearchLang
  docs: readonly SearchDoc[]
  mini: MiniSearch<Indexed>
  facets: Record<FacetName, FacetTable>
  /** Labels of values seen in the documents (Compact components and cities). */
  components: Map<string, SearchComponent>
  cities: Map<string, { name: string; state: string }>
  /** Documents in the order shown without a query. */
  browseOrder: Int32Array
  /** browseRank[i]: document i's place in browseOrder (breaks ties between equal scores). */
  browseRank: Int32Array
  /** Each city's and state's place in the alphabetical order of their labels. */
  labelRank: { city: Map<string, number>; state: Map<string, number> }
  /** The terms indexed in each language (a known word is not matched with typos). */
  vocabulary: Record<SearchLang, Set<string>>
}

/** A document's values of a facet, as the address writes them. */
export function docFacetValues(doc: SearchDoc, facet: FacetName): string[] {
  switch (facet) {
    case 'kind':
      return doc.awards?.length ? [doc.kind, 'award'] : [doc.kind]
    case 'component':
      return doc.components.map((c) => String(c.number))
    case 'topic':
      return [...doc.topics]
    case 'tier':
      return doc.tier ? [doc.tier] : []
    case 'state':
      return doc.state ? [doc.state] : []
    case 'city':
      return doc.city ? [doc.city.slug] : []
    case 'year':
      return doc.years ? doc.years.map(String) : doc.year != null ? [String(doc.year)] : []
  }
}

const KIND_RANK = new Map(FINDER_KIND_VALUES.map((k, i) => [k, i]))
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })

function browseCompare(a: SearchDoc, b: SearchDoc): number {
  return (
    (KIND_RANK.get(a.kind) ?? 9) - (KIND_RANK.get(b.kind) ?? 9) ||
    (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) ||
    collator.compare(a.title, b.title) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  )
}

/** Value → place in the alphabetical order of its label. */
function ranks(labels: Map<string, string>): Map<string, number> {
  const sorted = [...labels.entries()].sort((a, b) => collator.compare(a[1], b[1]) || (a[0] < b[0] ? -1 : 1))
  return new Map(sorted.map(([key], i) => [key, i]))
}

function facetTable(docs: readonly SearchDoc[], facet: FacetName): FacetTable {
  const values: string[] = []
  const ids = new Map<string, number>()
  const offsets = new Int32Array(docs.length + 1)
  const items: number[] = []
  docs.forEach((doc, i) => {
    offsets[i] = items.length
    for (const value of docFacetValues(doc, facet)) {
      let n = ids.get(value)
      if (n === undefined) {
        n = values.length
        values.push(value)
        ids.set(value, n)
      }
      items.push(n)
    }
  })
  offsets[docs.length] = items.length
  return { values, ids, offsets, items: Int32Array.from(items) }
}

/**
 * Builds the index (MiniSearch plus facet tables) over the documents. In Spanish ('es') it also
 * indexes each document's Spanish words (`translation`, lib/search/translate.ts) with Spanish
 * analysis, in fields of their own.
 */
export function buildFinderIndex(docs: readonly SearchDoc[], lang: SearchLang = 'en'): FinderIndex {
  const vocabulary: Record<SearchLang, Set<string>> = { en: new Set(), es: new Set() }
  const mini = new MiniSearch<Indexed>({
    idField: 'id',
    fields: lang === 'es' ? FIELDS_ES : FIELDS,
    storeFields: [],
    tokenize: (text) => text.split(SPLIT),
    processTerm: (word, field) => {
      const language: SearchLang = field && SPANISH_FIELDS.includes(field) ? 'es' : 'en'
      const terms = indexTermsIn(language, word)
      if (terms) for (const t of terms) vocabulary[language].add(t)
      return terms
    },
    searchOptions: searchOptions(vocabulary.en),
  })
  mini.addAll(
    docs.map((d, id) => {
      const english = { id, title: d.title, summary: d.summary, body: d.body, place: d.place, tags: d.tags }
      if (lang !== 'es' || !d.translation) return english
      const t = d.translation
      return { ...english, titleEs: t.title ?? '', summaryEs: t.summary ?? '', tagsEs: t.tags, bodyEs: t.body }
    }),
  )
  const facets = Object.fromEntries(FACET_NAMES.map((f) => [f, facetTable(docs, f)])) as Record<FacetName, FacetTable>
  const components = new Map<string, SearchComponent>()
  const cities = new Map<string, { name: string; state: string }>()
  for (const doc of docs) {
    for (const c of doc.components) components.set(String(c.number), c)
    if (doc.city) cities.set(doc.city.slug, { name: doc.city.name, state: doc.city.state })
  }
  const order = docs.map((_, i) => i).sort((a, b) => browseCompare(docs[a]!, docs[b]!))
  const browseRank = new Int32Array(docs.length)
  order.forEach((id, rank) => (browseRank[id] = rank))
  const cityLabels = new Map([...cities].map(([slug, c]) => [slug, `${c.name}, ${c.state}`]))
  const stateLabels = new Map(facets.state.values.map((code) => [code, stateName(code)]))
  return {
    lang,
    vocabulary,
    docs,
    mini,
    facets,
    components,
    cities,
    browseOrder: Int32Array.from(order),
    browseRank,
    labelRank: { city: ranks(cityLabels), state: ranks(stateLabels) },
  }
}

export interface FacetValue {
  /** As the address writes it. */
  value: string
  label: string
  count: number
  selected: boolean
}

export interface FacetResult {
  name: FacetName
  values: FacetValue[]
  /** Values with results left out of `values` (the city facet's long tail). */
  hidden: number
}

/** Why a suggestion is offered, as data (a page in another language words it from this). */
export type SuggestionReason =
  | { type: 'withoutWords'; q: string }
  | { type: 'remove'; facet: FacetName; keys: string[] }
  | { type: 'instead'; facet: FacetName; key: string }
  | { type: 'onlyWord'; word: string }

export interface Suggestion {
  text: string
  why: SuggestionReason
  state: FinderState
  count: number
}

export interface FinderResult {
  /** The state searched, with the page brought within range. */
  state: FinderState
  total: number
  page: number
  pageCount: number
  pageSize: number
  /** The documents on this page. */
  items: SearchDoc[]
  facets: FacetResult[]
  /** The query's words as searched (after stop words); empty without a query. */
  terms: string[]
  /** What to try instead, when nothing matched. */
  suggestions: Suggestion[]
}

type Matches = { id: number; score: number }[]

/** A query's words as `lang` searches them: split, and without stop words of either language (a Spanish page's query may be English). */
function queryWords(q: string, lang: SearchLang): string[] {
  return q.split(SPLIT).filter((w) => {
    const f = fold(w)
    return f.length > 1 && !isStopWord('en', f) && !(lang === 'es' && isStopWord('es', f))
  })
}

/** The query's words as searched: English stems, or in Spanish each word's Spanish stem. */
export function queryTerms(index: Pick<FinderIndex, 'lang'>, q: string): string[] {
  if (index.lang === 'en') return searchTerms(q)
  return queryWords(q, 'es').map((w) => analyzeIn('es', w)?.stem ?? fold(w))
}

/**
 * The Spanish query: every word must match (AND), each either in the Spanish fields by its Spanish
 * stem or in the English fields by its English stem (OR). The last word also matches as a prefix;
 * a word neither vocabulary knows matches with typos.
 */
function spanishQuery(index: FinderIndex, q: string): Query | null {
  const words = queryWords(q, 'es')
  if (words.length === 0) return null
  const term = (lang: SearchLang) => (w: string) => analyzeIn(lang, w)?.stem ?? null
  return {
    combineWith: 'AND',
    queries: words.map((w, i) => {
      const es = analyzeIn('es', w)?.stem ?? fold(w)
      const en = analyzeIn('en', w)?.stem ?? fold(w)
      const known = index.vocabulary.es.has(es) || index.vocabulary.en.has(en)
      const last = i === words.length - 1
      const side = (lang: SearchLang, stem: string, fields: readonly string[]): Query => ({
        queries: [w],
        fields: [...fields],
        processTerm: term(lang),
        prefix: last && stem.length >= 3,
        fuzzy: !known && stem.length >= 3 ? FUZZY : false,
      })
      return { combineWith: 'OR', queries: [side('es', es, SPANISH_FIELDS), side('en', en, ENGLISH_FIELDS_ES)] }
    }),
  }
}

/**
 * The documents matching the words, with their scores, best first; null when there are no words to
 * search (no query, or only stop words).
 */
export function matchQuery(index: FinderIndex, q: string): Matches | null {
  if (index.lang === 'es') {
    const query = spanishQuery(index, q)
    return query ? index.mini.search(query, { boost: BOOST_ES }).map((r) => ({ id: r.id as number, score: r.score })) : null
  }
  if (searchTerms(q).length === 0) return null
  return index.mini.search(q).map((r) => ({ id: r.id as number, score: r.score }))
}

interface Tally {
  /** The results, in browse order (without words) or in the order of the matches. */
  results: number[]
  /** counts[f][n]: documents value n of facet f would give, under the other facets' filters. */
  counts: Int32Array[]
  /** For each facet, how many documents fail only that facet's filter (the total without it). */
  withoutFacet: Int32Array
}

function tally(index: FinderIndex, state: FinderState, matches: Matches | null): Tally {
  const tables = FACET_NAMES.map((f) => index.facets[f])
  const F = tables.length
  const counts = tables.map((t) => new Int32Array(t.values.length))
  const withoutFacet = new Int32Array(F)
  // The active facets, each with a flag per value: chosen or not. A chosen value no document has
  // keeps the facet active and matches nothing.
  const active: number[] = []
  const flags: Uint8Array[] = []
  FACET_NAMES.forEach((f, i) => {
    const chosen = facetKeys(state, f)
    if (chosen.length === 0) return
    const table = tables[i]!
    const flag = new Uint8Array(table.values.length)
    for (const key of chosen) {
      const n = table.ids.get(key)
      if (n !== undefined) flag[n] = 1
    }
    active.push(i)
    flags.push(flag)
  })
  const results: number[] = []
  const visit = (id: number) => {
    let failed = -1
    let failures = 0
    for (let a = 0; a < active.length; a++) {
      const { offsets, items } = tables[active[a]!]!
      const flag = flags[a]!
      let ok = false
      for (let j = offsets[id]!, end = offsets[id + 1]!; j < end; j++) {
        if (flag[items[j]!]) {
          ok = true
          break
        }
      }
      if (!ok) {
        failed = active[a]!
        if (++failures > 1) return
      }
    }
    if (failures === 0) {
      results.push(id)
      for (let f = 0; f < F; f++) {
        const { offsets, items } = tables[f]!
        const count = counts[f]!
        for (let j = offsets[id]!, end = offsets[id + 1]!; j < end; j++) count[items[j]!]!++
      }
    } else {
      withoutFacet[failed]!++
      const { offsets, items } = tables[failed]!
      const count = counts[failed]!
      for (let j = offsets[id]!, end = offsets[id + 1]!; j < end; j++) count[items[j]!]!++
    }
  }
  if (matches) for (const m of matches) visit(m.id)
  else for (const id of index.browseOrder) visit(id)
  return { results, counts, withoutFacet }
}

const YEAR_DESC = (a: FacetValue, b: FacetValue) => Number(b.value) - Number(a.value)
/** Alphabetical by label, through the ranks computed with the index (values it lacks go last). */
const byRank = (rank: Map<string, number>) => (a: FacetValue, b: FacetValue) =>
  (rank.get(a.value) ?? Infinity) - (rank.get(b.value) ?? Infinity) || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)

function facetResults(index: FinderIndex, state: FinderState, t: Tally): FacetResult[] {
  const countOf = (facet: FacetName, key: string) => {
    const n = index.facets[facet].ids.get(key)
    return n === undefined ? 0 : t.counts[FACET_NAMES.indexOf(facet)]![n]!
  }
  const value = (facet: FacetName, key: string, label: string): FacetValue => ({
    value: key,
    label,
    count: countOf(facet, key),
    selected: facetKeys(state, facet).includes(key),
  })
  // Short vocabularies are listed whole; long ones list the values with results, and those chosen.
  const listed = (facet: FacetName, label: (key: string) => string) => {
    const table = index.facets[facet]
    const counts = t.counts[FACET_NAMES.indexOf(facet)]!
    const keys = new Set(facetKeys(state, facet))
    table.values.forEach((key, n) => counts[n]! > 0 && keys.add(key))
    return [...keys].map((k) => value(facet, k, label(k)))
  }
  const components = [...index.components.values()].sort((a, b) => a.number - b.number)
  const cityLabel = (slug: string) => {
    const c = index.cities.get(slug)
    return c ? `${c.name}, ${c.state}` : slug
  }
  const cityOrder = byRank(index.labelRank.city)
  const cities = listed('city', cityLabel).sort((a, b) => b.count - a.count || cityOrder(a, b))
  const shownCities = cities.filter((c, i) => i < CITY_FACET_LIMIT || c.selected)
  return [
    { name: 'kind', values: FINDER_KINDS.map((k) => value('kind', k.value, k.title)), hidden: 0 },
    { name: 'component', values: components.map((c) => value('component', String(c.number), `${c.number}. ${c.shortTitle}`)), hidden: 0 },
    { name: 'topic', values: TOPIC_VALUES.map((tp) => value('topic', tp, titleOf(PRACTICE_TOPICS, tp))), hidden: 0 },
    { name: 'tier', values: TIERS.map((tr) => value('tier', tr.value, tr.title)), hidden: 0 },
    { name: 'state', values: listed('state', stateName).sort(byRank(index.labelRank.state)), hidden: 0 },
    {
      name: 'city',
      values: shownCities.sort(cityOrder),
      hidden: cities.filter((c) => c.count > 0).length - shownCities.filter((c) => c.count > 0).length,
    },
    { name: 'year', values: listed('year', String).sort(YEAR_DESC), hidden: 0 },
  ]
}

/** How many documents match a state (for suggestions). */
function countFor(index: FinderIndex, state: FinderState, matches: Matches | null): number {
  return tally(index, state, matches).results.length
}

function suggestionsFor(index: FinderIndex, state: FinderState, t: Tally, facets: FacetResult[], matches: Matches | null): Suggestion[] {
  const out: Suggestion[] = []
  const describe = (facet: FacetName, key: string) => facets.find((f) => f.name === facet)?.values.find((v) => v.value === key)?.label ?? key
  if (state.q && activeFilterCount(state) > 0) {
    const s = withQuery(state, '')
    out.push({ text: `All results for your filters, without the words “${state.q}”`, why: { type: 'withoutWords', q: state.q }, state: s, count: countFor(index, s, null) })
  }
  FACET_NAMES.forEach((facet, f) => {
    if (state[facet].length === 0) return
    const chosen = facetKeys(state, facet)
    out.push({ text: `Remove ${chosen.map((k) => describe(facet, k)).join(' or ')}`, why: { type: 'remove', facet, keys: chosen }, state: withFacet(state, facet, []), count: t.withoutFacet[f]! })
    // The nearest values with results: other values of the same facet, under every other filter.
    const table = index.facets[facet]
    const counts = t.counts[f]!
    const alternatives = table.values
      .map((key, n) => [key, counts[n]!] as const)
      .filter(([key, n]) => n > 0 && !chosen.includes(key))
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 2)
    for (const [key, n] of alternatives) out.push({ text: `${describe(facet, key)} instead`, why: { type: 'instead', facet, key }, state: withFacet(state, facet, [key]), count: n })
  })
  // Fewer words, when the words alone find nothing (otherwise it is the filters that exclude).
  const words = queryWords(state.q, index.lang)
  if (words.length > 1 && matches?.length === 0) {
    for (const word of words.slice(0, 4)) {
      const s = withQuery(state, word)
      out.push({ text: `Only the word “${word}”`, why: { type: 'onlyWord', word }, state: s, count: countFor(index, s, matchQuery(index, word)) })
    }
  }
  return out
    .filter((s) => s.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, 6)
}

/**
 * Remembers the matches of the last words searched (least recently used out first), so that
 * choosing facets after a search does not search the words again. Keep one per index.
 */
export class MatchCache {
  private entries = new Map<string, Matches | null>()
  constructor(private readonly size = 200) {}
  get(index: FinderIndex, q: string): Matches | null {
    const key = queryTerms(index, q).join(' ')
    let found = this.entries.get(key)
    if (found !== undefined) this.entries.delete(key)
    else found = matchQuery(index, q)
    this.entries.set(key, found)
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value!)
    return found
  }
}

export interface SearchFinderOptions {
  pageSize?: number
  /** Compute suggestions when nothing matches (default true). */
  suggest?: boolean
  /** Reuse the matches of words searched before (the page passes one; the benchmark does not). */
  cache?: MatchCache
}

/** Searches: the page of results, the total, the facets with their counts, and suggestions when empty. */
/**
 * The facets whose values come from the documents rather than a fixed vocabulary: a value no
 * document has names nothing (a mistyped or made-up city, a year with nothing in it).
 */
const OPEN_FACETS = ['city', 'year'] as const

/**
 * The state without city or year values that no document has. An address can carry dozens of
 * made-up ones (parseFinderParams only checks their form); each would be searched, counted and
 * offered as a suggestion to remove, for nothing.
 */
export function withKnownValues(index: FinderIndex, state: FinderState): FinderState {
  let known = state
  for (const facet of OPEN_FACETS) {
    const keys = facetKeys(state, facet)
    const kept = keys.filter((key) => index.facets[facet].ids.has(key))
    if (kept.length !== keys.length) known = { ...withFacet(known, facet, kept), page: state.page }
  }
  return known
}

export function searchFinder(index: FinderIndex, asked: FinderState, { pageSize = PAGE_SIZE, suggest = true, cache }: SearchFinderOptions = {}): FinderResult {
  const state = withKnownValues(index, asked)
  const matches = cache ? cache.get(index, state.q) : matchQuery(index, state.q)
  const t = tally(index, state, matches)
  const { results } = t
  if (matches) {
    const scores = new Float64Array(index.docs.length)
    for (const m of matches) scores[m.id] = m.score
    const rank = index.browseRank
    results.sort((a, b) => scores[b]! - scores[a]! || rank[a]! - rank[b]!)
  }
  const total = results.length
  const pageCount = Math.max(1, Math.ceil(total / pageSize))
  const page = Math.min(Math.max(1, state.page), pageCount)
  const items = results.slice((page - 1) * pageSize, page * pageSize).map((i) => index.docs[i]!)
  const facets = facetResults(index, state, t)
  return {
    state: { ...state, page },
    total,
    page,
    pageCount,
    pageSize,
    items,
    facets,
    terms: matches ? queryTerms(index, state.q) : [],
    suggestions: total === 0 && suggest ? suggestionsFor(index, state, t, facets, matches) : [],
  }
}
