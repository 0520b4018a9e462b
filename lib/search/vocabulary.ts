/**
 * The finder's facets and the values they take. Labels are what people read; values are what the
 * address carries (lib/search/url.ts).
 */
import { GRANT_TIER_VALUES, PRACTICE_TOPICS, PRACTICE_TOPIC_VALUES, type PracticeTopic } from '../domain/vocabulary'

export const FINDER_KINDS = [
  { value: 'practice', title: 'Best practices', one: 'Best practice' },
  { value: 'statement', title: 'Mayors’ statements', one: 'Mayor’s statement' },
  { value: 'award', title: 'Grant-winning programs', one: 'Grant award' },
  { value: 'resource', title: 'Resources', one: 'Resource' },
] as const
export type FinderKind = (typeof FINDER_KINDS)[number]['value']
export const FINDER_KIND_VALUES: readonly FinderKind[] = FINDER_KINDS.map((k) => k.value)

/** Population tiers (lib/domain/vocabulary populationTier), as the finder labels them. */
export const TIERS = [
  { value: 'small', title: 'Under 100,000' },
  { value: 'mid-size', title: '100,000 to 300,000' },
  { value: 'large', title: 'Over 300,000' },
] as const
export type Tier = (typeof GRANT_TIER_VALUES)[number]
export const TIER_VALUES: readonly Tier[] = TIERS.map((t) => t.value)

export const TOPIC_VALUES: readonly PracticeTopic[] = PRACTICE_TOPIC_VALUES
export { PRACTICE_TOPICS }

/** The facets, in the order the page shows them and the address lists them. */
export const FACETS = [
  { name: 'kind', title: 'Kind' },
  { name: 'component', title: 'Mayors’ Compact component' },
  { name: 'topic', title: 'Topic' },
  { name: 'tier', title: 'City population' },
  { name: 'state', title: 'State' },
  { name: 'city', title: 'City' },
  { name: 'year', title: 'Year' },
] as const
export type FacetName = (typeof FACETS)[number]['name']
export const FACET_NAMES: readonly FacetName[] = FACETS.map((f) => f.name)
