/**
 * Controlled vocabularies shared by the content model (schemas/), the queries' zod models and the
 * pages. Each list is `{value, title}`: `value` is stored in documents, `title` is shown to people.
 */
type Option<V extends string = string> = { readonly value: V; readonly title: string }

function values<const T extends readonly Option[]>(options: T): { [K in keyof T]: T[K]['value'] } {
  return options.map((o) => o.value) as { [K in keyof T]: T[K]['value'] }
}

export function titleOf(options: readonly Option[], value: string): string {
  return options.find((o) => o.value === value)?.title ?? value
}

export const PRACTICE_TOPICS = [
  { value: 'co-responder-mental-health', title: 'Co-responders and mental health' },
  { value: 'alternative-civilian-response', title: 'Alternative civilian response' },
  { value: 'community-policing', title: 'Community policing and trust' },
  { value: 'training', title: 'Training (de-escalation, bias, duty to intervene)' },
  { value: 'transparency-accountability', title: 'Transparency and accountability' },
  { value: 'diversion', title: 'Diversion and treatment' },
  { value: 'youth', title: 'Youth development' },
  { value: 'homelessness', title: 'Homelessness' },
  { value: 'immigrant-inclusion', title: 'Immigrant inclusion' },
  { value: 'hate-incident-response', title: 'Responding to hate incidents' },
  { value: 'racial-equity', title: 'Racial equity' },
  { value: 'community-dialogue', title: 'Community dialogue' },
] as const
export const PRACTICE_TOPIC_VALUES = values(PRACTICE_TOPICS)
export type PracticeTopic = (typeof PRACTICE_TOPIC_VALUES)[number]

export const PRACTICE_STATUSES = [
  { value: 'published', title: 'Published' },
  { value: 'submitted', title: 'Submitted for review' },
  { value: 'archived', title: 'Archived' },
] as const

export const ACTIVITY_STATUSES = [
  { value: 'current', title: 'Set out in 2018 as beginning' },
  { value: 'planned', title: 'Planned, as resources allow' },
] as const
export const ACTIVITY_STATUS_VALUES = values(ACTIVITY_STATUSES)

export const PLAN_SCOPES = [
  { value: 'conference', title: 'Through the U.S. Conference of Mayors' },
  { value: 'cities', title: 'In cities' },
] as const
export const PLAN_SCOPE_VALUES = values(PLAN_SCOPES)

export const DATE_PRECISIONS = [
  { value: 'day', title: 'Exact day' },
  { value: 'month', title: 'Month only' },
  { value: 'year', title: 'Year only' },
] as const
export const DATE_PRECISION_VALUES = values(DATE_PRECISIONS)

export const ORGANIZATION_ROLES = [
  { value: 'partner-resource', title: 'Partner resource for cities' },
  { value: 'business-supporter', title: 'Business supporter of the Center' },
  { value: 'convener', title: 'Convener' },
  { value: 'grant-partner', title: 'Grant program partner' },
  { value: 'report-publisher', title: 'Publisher of research' },
  { value: 'program', title: 'Program or initiative of another organization' },
  { value: 'other', title: 'Other' },
] as const
export const ORGANIZATION_ROLE_VALUES = values(ORGANIZATION_ROLES)

export const ORGANIZATION_RELATIONS = [
  { value: 'project-of', title: 'is a project of' },
  { value: 'part-of', title: 'is part of' },
  { value: 'joint-project-of', title: 'is a joint project of' },
  { value: 'core-program-of', title: 'is a core program of' },
  { value: 'united-with', title: 'united with' },
  { value: 'founding-partner-of', title: 'is a founding partner of' },
  { value: 'led-by', title: 'is led by' },
  { value: 'in-partnership-with', title: 'works in partnership with' },
  { value: 'member-of', title: 'is a member of' },
] as const
export const ORGANIZATION_RELATION_VALUES = values(ORGANIZATION_RELATIONS)

export const PUBLICATION_KINDS = [
  { value: 'toolkit', title: 'Toolkit' },
  { value: 'evaluation', title: 'Evaluation' },
  { value: 'guide', title: 'Guide' },
  { value: 'paper', title: 'Paper' },
  { value: 'report', title: 'Report' },
] as const
export const PUBLICATION_KIND_VALUES = values(PUBLICATION_KINDS)

export const GRANT_TIERS = [
  { value: 'large', title: 'Large city (over 300,000 residents)' },
  { value: 'mid-size', title: 'Mid-size city (100,000 to 300,000 residents)' },
  { value: 'small', title: 'Small city (under 100,000 residents)' },
] as const
export const GRANT_TIER_VALUES = values(GRANT_TIERS)

export const AWARD_LEVELS = [
  { value: 'winner', title: 'Winner' },
  { value: 'honorable-mention', title: 'Honorable mention' },
] as const
export const AWARD_LEVEL_VALUES = values(AWARD_LEVELS)

export const STATEMENT_OUTPUT_KINDS = [
  { value: 'statement', title: 'Statement' },
  { value: 'resource-guide', title: 'Resource guide' },
  { value: 'psa', title: 'Public service announcement' },
  { value: 'web-page', title: 'Web page' },
  { value: 'community-program', title: 'Community program' },
] as const
export const STATEMENT_OUTPUT_KIND_VALUES = values(STATEMENT_OUTPUT_KINDS)

export const FIGURE_UNITS = [
  { value: 'count', title: 'Count' },
  { value: 'rate', title: 'Rate (per 1,000, per 100,000…)' },
  { value: 'percent', title: 'Percent' },
  { value: 'pages', title: 'Pages' },
  { value: 'times', title: 'Multiple (\u00d7)' },
] as const
export const FIGURE_UNIT_VALUES = values(FIGURE_UNITS)

/** Population tiers as the grant program draws them (also the finder's population facet). */
export function populationTier(population: number | null | undefined): (typeof GRANT_TIER_VALUES)[number] | null {
  if (population == null) return null
  if (population > 300_000) return 'large'
  if (population >= 100_000) return 'mid-size'
  return 'small'
}
