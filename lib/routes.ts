/**
 * Addresses on the public site, for every document type with a page (or an anchor on one) and for
 * every Center section. Rich text renders internal links with `hrefFor(reference)`.
 */

/** Each Center section's page, by the section's (fixed) slug. */
export const SECTION_PATHS = {
  about: '/about',
  'dismantling-systemic-racism': '/dismantling-systemic-racism',
  'support-for-immigrants-and-minorities': '/initiatives/support-for-immigrants-and-minorities',
  'best-practices': '/best-practices',
  resources: '/resources',
  'documenting-the-problems': '/documenting-the-problems',
  'measures-of-racial-disparities': '/measures-of-racial-disparities',
  grants: '/grants',
  videos: '/videos',
  coalition: '/coalition',
} as const

export type SectionSlug = keyof typeof SECTION_PATHS

export function isSectionSlug(slug: string): slug is SectionSlug {
  return Object.prototype.hasOwnProperty.call(SECTION_PATHS, slug)
}

/** The section's path; null for a slug the site has no page for. */
export function sectionHref(slug: string): string | null {
  return isSectionSlug(slug) ? SECTION_PATHS[slug] : null
}

/**
 * The pages that each show one document, by the document's type: the path under which its slug (a
 * Compact component: its number) names it. lib/content/known-routes.ts checks these addresses.
 */
export const DETAIL_PATHS = {
  compactComponent: '/compact',
  bestPractice: '/best-practices',
  organization: '/organizations',
  city: '/cities',
} as const

export type DetailType = keyof typeof DETAIL_PATHS

export const compactHref = (number: number) => `${DETAIL_PATHS.compactComponent}/${number}`
export const practiceHref = (slug: string) => `${DETAIL_PATHS.bestPractice}/${slug}`
export const organizationHref = (slug: string) => `${DETAIL_PATHS.organization}/${slug}`
export const cityHref = (slug: string) => `${DETAIL_PATHS.city}/${slug}`
export const statementHref = (slug: string) => `${SECTION_PATHS['support-for-immigrants-and-minorities']}#${slug}`
export const reportHref = (slug: string) => `${SECTION_PATHS['documenting-the-problems']}#${slug}`
export const publicationHref = (slug: string) => `${SECTION_PATHS.resources}#${slug}`
/** The element id of a grant round on the Grants page (use it on the round's heading). */
export const grantRoundAnchor = (year: number) => `round-${year}`
export const grantRoundHref = (year: number) => `${SECTION_PATHS.grants}#${grantRoundAnchor(year)}`

/** What a link needs to know about its target: its type and its slug, number or year. */
export interface LinkTarget {
  _type: string
  slug?: string | null
  number?: number | null
  year?: number | null
}

/**
 * The address of a document's page (or anchor), or null when it has none or lacks what the address
 * needs; render the link's text without a link then.
 */
export function hrefFor(target: LinkTarget | null | undefined): string | null {
  if (!target) return null
  const { slug, number, year } = target
  switch (target._type) {
    case 'centerSection':
      return slug ? sectionHref(slug) : null
    case 'compactComponent':
      return number != null ? compactHref(number) : null
    case 'grantRound':
      return year != null ? grantRoundHref(year) : null
    case 'bestPractice':
      return slug ? practiceHref(slug) : null
    case 'organization':
      return slug ? organizationHref(slug) : null
    case 'city':
      return slug ? cityHref(slug) : null
    case 'mayoralStatement':
      return slug ? statementHref(slug) : null
    case 'report':
      return slug ? reportHref(slug) : null
    case 'publication':
      return slug ? publicationHref(slug) : null
    default:
      return null
  }
}

/**
 * How many pages of one kind (practices, cities) `next build` renders ahead of time. The Center has
 * a few dozen of each, all prerendered; at thousands, the build would spend most of its time on
 * pages few people open, so the first PRERENDER_LIMIT (newest practices, largest cities) are
 * prerendered and any other renders on its first visit and is cached from then on, like an ISR page.
 */
export const PRERENDER_LIMIT = 1000

/** The params generateStaticParams hands Next: the first PRERENDER_LIMIT of a list already in priority order. */
export function prerenderFirst<T>(params: readonly T[], limit = PRERENDER_LIMIT): T[] {
  return params.slice(0, limit)
}

