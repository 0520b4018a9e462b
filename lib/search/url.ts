/**
 * The finder's state lives in its address, so a search can be shared, bookmarked and reached with the
 * back button. The encoding (also in docs/finder.md):
 *
 *   /best-practices?q=youth+violence&kind=practice&component=3&component=6&topic=youth
 *                  &tier=large&state=TX&city=san-antonio-tx&year=2023&page=2
 *
 * - `q`: the words searched for (spaces collapsed, at most 200 characters); absent when empty.
 * - `kind` (practice, statement, award, resource), `component` (1 to 10), `topic` (the topic
 *   vocabulary's values), `tier` (small, mid-size, large), `state` (USPS code), `city` (the city's
 *   slug), `year` (four digits): each repeated once per value chosen. Values within a facet are
 *   alternatives (OR); facets combine with AND.
 * - `page`: 2 and up; absent on the first page.
 *
 * `parseFinderParams` accepts anything (unknown keys, bad or repeated values, lowercase states and
 * empty fields, as a plain GET form sends them) and keeps what is valid; `serializeFinderState`
 * writes the canonical form: keys in the order above, values without repeats in a fixed order
 * (vocabulary order; numbers ascending; states and cities A–Z), empty things left out. So
 * `parse(serialize(state))` gives `state` back, and `serialize(parse(address))` is canonical.
 */
import { isStateCode, type StateCode } from '../domain/states'
import type { PracticeTopic } from '../domain/vocabulary'
import { FINDER_KIND_VALUES, TIER_VALUES, TOPIC_VALUES, type FacetName, type FinderKind, type Tier } from './vocabulary'

export const FINDER_PATH = '/best-practices'
export const MAX_QUERY_LENGTH = 200
/** More values than this in one facet are ignored (no form offers that many). */
export const MAX_VALUES_PER_FACET = 60
/**
 * The longest query any address of the site may carry (proxy.ts answers 414 above it, before Next
 * parses it): the finder with every value of every facet ticked and the longest search stays far
 * under it (tests/unit/search.test.ts), and nginx (the recipe) refuses a request line over 8 KB.
 */
export const MAX_ADDRESS_QUERY_BYTES = 8000
/** Only the first this many `key=value` pairs of an address are read (a full finder form sends under 100). */
export const MAX_PARAMS = 300

export interface FinderState {
  q: string
  kind: FinderKind[]
  component: number[]
  topic: PracticeTopic[]
  tier: Tier[]
  state: StateCode[]
  city: string[]
  year: number[]
  page: number
}

export const EMPTY_FINDER_STATE: FinderState = Object.freeze({
  q: '',
  kind: [],
  component: [],
  topic: [],
  tier: [],
  state: [],
  city: [],
  year: [],
  page: 1,
}) as FinderState

type Spec<T> = { parse: (raw: string) => T | null; compare: (a: T, b: T) => number; key: (value: T) => string }

const inOrder =
  <T>(order: readonly T[]) =>
  (a: T, b: T) =>
    order.indexOf(a) - order.indexOf(b)
const numeric = (a: number, b: number) => a - b
const alphabetical = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
const member =
  <T extends string>(values: readonly T[]) =>
  (raw: string): T | null =>
    (values as readonly string[]).includes(raw) ? (raw as T) : null

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const SPECS: { [F in FacetName]: Spec<FinderState[F][number]> } = {
  kind: { parse: member(FINDER_KIND_VALUES), compare: inOrder(FINDER_KIND_VALUES), key: String },
  component: {
    parse: (raw) => (/^(?:[1-9]|10)$/.test(raw) ? Number(raw) : null),
    compare: numeric,
    key: String,
  },
  topic: { parse: member(TOPIC_VALUES), compare: inOrder(TOPIC_VALUES), key: String },
  tier: { parse: member(TIER_VALUES), compare: inOrder(TIER_VALUES), key: String },
  state: {
    parse: (raw) => {
      const code = raw.toUpperCase()
      return isStateCode(code) ? code : null
    },
    compare: alphabetical,
    key: String,
  },
  city: { parse: (raw) => (raw.length <= 120 && SLUG.test(raw) ? raw : null), compare: alphabetical, key: String },
  year: { parse: (raw) => (/^(?:19|20|21)\d\d$/.test(raw) ? Number(raw) : null), compare: numeric, key: String },
}

/** The facets in address order. */
const ORDER: FacetName[] = ['kind', 'component', 'topic', 'tier', 'state', 'city', 'year']

export type SearchParamsInput = URLSearchParams | string | Record<string, string | string[] | undefined>

function toEntries(input: SearchParamsInput): [string, string][] {
  if (typeof input === 'string') return [...new URLSearchParams(input.startsWith('?') ? input.slice(1) : input)].slice(0, MAX_PARAMS)
  if (input instanceof URLSearchParams) return [...input].slice(0, MAX_PARAMS)
  return Object.entries(input)
    .flatMap(([key, value]) => (value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((v) => [key, v] as [string, string])))
    .slice(0, MAX_PARAMS)
}

export function normalizeQuery(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim()
}

function canonicalValues<F extends FacetName>(facet: F, raws: readonly string[]): FinderState[F] {
  const spec = SPECS[facet] as unknown as Spec<FinderState[F][number]>
  const seen = new Map<string, FinderState[F][number]>()
  for (const raw of raws) {
    const value = spec.parse(raw.trim())
    if (value !== null && !seen.has(spec.key(value))) seen.set(spec.key(value), value)
  }
  return [...seen.values()].sort(spec.compare).slice(0, MAX_VALUES_PER_FACET) as FinderState[F]
}

/** The finder's state from an address's query string (or Next's `searchParams`), keeping what is valid. */
export function parseFinderParams(input: SearchParamsInput): FinderState {
  const entries = toEntries(input)
  const all = (key: string) => entries.filter(([k]) => k === key).map(([, v]) => v)
  const q = all('q').map(normalizeQuery).find(Boolean) ?? ''
  const pageRaw = all('page')[0] ?? ''
  const page = /^\d{1,6}$/.test(pageRaw) && Number(pageRaw) >= 1 ? Number(pageRaw) : 1
  const state = { q, page } as FinderState
  for (const facet of ORDER) (state as unknown as Record<FacetName, unknown>)[facet] = canonicalValues(facet, all(facet))
  return state
}

/** The canonical query string of a state, without the `?`; empty for the empty state. */
export function serializeFinderState(state: FinderState): string {
  const params = new URLSearchParams()
  const q = normalizeQuery(state.q)
  if (q) params.append('q', q)
  for (const facet of ORDER) for (const value of canonicalValues(facet, facetKeys(state, facet))) params.append(facet, String(value))
  if (state.page > 1) params.append('page', String(Math.floor(state.page)))
  return params.toString()
}

/** The finder's address for a state. */
export function finderHref(state: FinderState, path = FINDER_PATH): string {
  const query = serializeFinderState(state)
  return query ? `${path}?${query}` : path
}

/** A facet's chosen values as the address writes them. */
export function facetKeys(state: FinderState, facet: FacetName): string[] {
  return (state[facet] as readonly (string | number)[]).map(String)
}

/** The same state with a facet's values replaced (back on the first page). */
export function withFacet(state: FinderState, facet: FacetName, keys: readonly string[]): FinderState {
  return { ...state, [facet]: canonicalValues(facet, keys), page: 1 }
}

/** The same state with one value of a facet chosen or unchosen (back on the first page). */
export function toggleFacetValue(state: FinderState, facet: FacetName, key: string): FinderState {
  const current = facetKeys(state, facet)
  return withFacet(state, facet, current.includes(key) ? current.filter((k) => k !== key) : [...current, key])
}

export function withQuery(state: FinderState, q: string): FinderState {
  return { ...state, q: normalizeQuery(q), page: 1 }
}

export function withPage(state: FinderState, page: number): FinderState {
  return { ...state, page: Math.max(1, Math.floor(page)) }
}

/** How many values are chosen across all facets. */
export function activeFilterCount(state: FinderState): number {
  return ORDER.reduce((n, facet) => n + state[facet].length, 0)
}

export function isEmptyState(state: FinderState): boolean {
  return !state.q && activeFilterCount(state) === 0
}
