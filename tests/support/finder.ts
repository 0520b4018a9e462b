/**
 * What the finder should show, computed straight from raw dataset documents (not through lib/search):
 * each searchable document's facet values, and brute-force filtering and counting. A grant award for
 * a published practice is not a document of its own: the practice carries the award's kind and year. Shared by the
 * unit tests (tests/unit/search.test.ts) and the end-to-end tests (tests/e2e/finder.spec.ts).
 */
import { populationTier } from '../../lib/domain/vocabulary'
import type { FacetName } from '../../lib/search/vocabulary'

type RawDoc = { _id: string; _type: string } & Record<string, unknown>
/** A filter state as facet → values (the address's values, as strings). */
export type Filters = Partial<Record<FacetName, readonly (string | number)[]>>

export const FACETS: FacetName[] = ['kind', 'component', 'topic', 'tier', 'state', 'city', 'year']

export type Expected = { id: string; values: Record<FacetName, string[]> }

export function expectedDocuments(raw: readonly RawDoc[]): Expected[] {
  const byId = new Map(raw.map((d) => [d._id, d]))
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const get = (r: unknown) => byId.get((r as { _ref?: string } | undefined)?._ref ?? '') as (RawDoc & Record<string, any>) | undefined
  const cityValues = (cityRef: unknown) => {
    const city = get(cityRef)!
    const tier = populationTier(city.population as number | undefined)
    return { state: [city.state as string], city: [(city.slug as { current: string }).current], tier: tier ? [tier] : [] }
  }
  const numbers = (refs: unknown) => ((refs as unknown[] | undefined) ?? []).map((r) => String(get(r)!.number))
  const out: Expected[] = []
  // A grant award for a published practice is one result with the practice: both kinds, both years.
  const awardsOf = new Map<string, RawDoc[]>()
  for (const d of raw) {
    const practice = d._type === 'grantAward' ? get(d.practice) : undefined
    if (practice?.status === 'published') awardsOf.set(practice._id, [...(awardsOf.get(practice._id) ?? []), d])
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  for (const d of raw as (RawDoc & Record<string, any>)[]) {
    if (d._type === 'bestPractice' && d.status === 'published') {
      const awards = awardsOf.get(d._id) ?? []
      const years = [d.startedYear ?? Number(String(d.publishedAt).slice(0, 4)), ...awards.map((a) => get(a.round)!.year as number)]
      out.push({
        id: d._id,
        values: {
          kind: awards.length > 0 ? ['practice', 'award'] : ['practice'],
          component: numbers(d.compactComponents),
          topic: d.topics ?? [],
          ...cityValues(d.city),
          year: [...new Set(years)].sort((a, b) => a - b).map(String),
        },
      })
    } else if (d._type === 'mayoralStatement') {
      out.push({
        id: d._id,
        values: { kind: ['statement'], component: numbers(d.compactComponents), topic: d.topics ?? [], ...cityValues(d.city), year: d.date ? [String(d.date).slice(0, 4)] : [] },
      })
    } else if (d._type === 'grantAward') {
      // An award whose practice is not published: a result of its own, without the practice's subjects.
      if (get(d.practice)?.status === 'published') continue
      out.push({
        id: d._id,
        values: {
          kind: ['award'],
          component: [],
          topic: [],
          ...cityValues(d.city),
          year: [String(get(d.round)!.year)],
        },
      })
    } else if (d._type === 'organization' && (d.roles as string[]).includes('partner-resource')) {
      out.push({ id: d._id, values: { kind: ['resource'], component: [], topic: [], state: [], city: [], tier: [], year: [] } })
    } else if (d._type === 'publication') {
      out.push({ id: d._id, values: { kind: ['resource'], component: [], topic: [], state: [], city: [], tier: [], year: d.year != null ? [String(d.year)] : [] } })
    }
  }
  return out
}

/** Brute force: the documents passing every facet's filter except `except`. */
export function passing(docs: Expected[], filters: Filters, except?: FacetName): Expected[] {
  return docs.filter((d) =>
    FACETS.every((f) => f === except || !filters[f]?.length || filters[f]!.some((v) => d.values[f].includes(String(v)))),
  )
}

/** The count the finder shows beside a facet value: results under every other facet's filter. */
export function expectedCount(docs: Expected[], filters: Filters, facet: FacetName, value: string): number {
  return passing(docs, filters, facet).filter((d) => d.values[facet].includes(value)).length
}

