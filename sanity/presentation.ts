/**
 * The Presentation tool: the site itself, in draft mode, beside the document being edited.
 *
 * - `locations` tells staff, for each document, which pages show it (addresses from lib/routes.ts,
 *   the same ones the site links with), so they can open the page that matters.
 * - `mainDocuments` tells the tool which document a page is "about", so navigating the preview
 *   opens that document.
 * - The preview enables draft mode through /api/draft-mode/enable, which checks the secret the tool
 *   creates in the dataset (next-sanity's defineEnableDraftMode) before showing drafts.
 */
import { defineDocuments, defineLocations, type DocumentLocation, type DocumentLocationResolvers } from 'sanity/presentation'
import {
  SECTION_PATHS,
  cityHref,
  compactHref,
  grantRoundHref,
  organizationHref,
  practiceHref,
  publicationHref,
  reportHref,
  sectionHref,
  statementHref,
} from '../lib/routes'
import { hasSpanishVersion, localePath } from '../lib/i18n/locales'
import { SECTIONS, sectionId } from './singletons'

export const DRAFT_MODE_ENABLE_PATH = '/api/draft-mode/enable'

type Candidate = { title: string | null | undefined; href: string | null | undefined }

/**
 * The locations whose address is known, without repeats; each page that has a Spanish version is
 * followed by it (/es/…), so staff find both languages of what they edit.
 */
function located(...candidates: Candidate[]): { locations: DocumentLocation[] } {
  const seen = new Set<string>()
  const locations: DocumentLocation[] = []
  const add = (title: string, href: string) => {
    if (seen.has(href)) return
    seen.add(href)
    locations.push({ title, href })
  }
  for (const { title, href } of candidates) {
    if (!href) continue
    add(title || href, href)
    if (hasSpanishVersion(href)) add(`${title || href} (Español)`, localePath('es', href))
  }
  return { locations }
}

/** The English page of a translated document, from its type and its slug or number. */
function translatedDocumentHref(doc: { type?: unknown; slug?: unknown; number?: unknown } | null | undefined): string | null {
  const slug = typeof doc?.slug === 'string' ? doc.slug : null
  switch (doc?.type) {
    case 'siteSettings':
    case 'centerActivity':
      return '/'
    case 'planAction':
      return SECTION_PATHS.coalition
    case 'centerSection':
      return slug ? sectionHref(slug) : null
    case 'compactComponent':
      return typeof doc.number === 'number' ? compactHref(doc.number) : null
    case 'mayoralStatement':
      return slug ? statementHref(slug) : null
    case 'bestPractice':
      return slug ? practiceHref(slug) : null
    default:
      return null
  }
}

const home = { title: 'Home page', href: '/' }
const spanishOnly = (title: string | null | undefined, href: string | null) =>
  href && hasSpanishVersion(href) ? [{ title: `${title || href} (Español)`, href: localePath('es', href) }] : []
const section = (slug: keyof typeof SECTION_PATHS, title: string) => ({ title, href: SECTION_PATHS[slug] })
const cityPage = (name: unknown, state: unknown, slug: unknown) =>
  typeof slug === 'string' ? { title: [name, state].filter(Boolean).join(', ') || 'City page', href: cityHref(slug) } : { title: null, href: null }

export const locations: DocumentLocationResolvers = {
  translation: defineLocations({
    select: { title: 'title', type: 'document._type', slug: 'document.slug.current', number: 'document.number', englishTitle: 'document.title' },
    resolve: (doc) => {
      const href = translatedDocumentHref(doc)
      const spanish = spanishOnly(doc?.title ?? doc?.englishTitle, href)
      return spanish.length > 0
        ? { locations: [...spanish, { title: `${doc?.englishTitle || href} (English)`, href: href as string }] }
        : { message: 'This translation shows on the Spanish pages that show its document.' }
    },
  }),
  siteSettings: defineLocations({
    message: 'Site settings appear on every page: the header, the footer and the home page.',
    tone: 'caution',
    locations: [home],
  }),
  grantProgram: defineLocations({ locations: [section('grants', 'Grant program')] }),
  centerSection: defineLocations({
    select: { title: 'title', slug: 'slug.current' },
    resolve: (doc) => located({ title: doc?.title, href: doc?.slug ? sectionHref(doc.slug) : null }),
  }),
  compactComponent: defineLocations({
    select: { title: 'title', number: 'number' },
    resolve: (doc) =>
      located(
        { title: doc?.number != null ? `Component ${doc.number}: ${doc.title ?? ''}` : null, href: doc?.number != null ? compactHref(doc.number) : null },
        home,
      ),
  }),
  centerActivity: defineLocations({ locations: [home, section('about', 'About the Center')] }),
  milestone: defineLocations({ locations: [section('about', 'About the Center (history)')] }),
  planAction: defineLocations({ locations: [section('coalition', 'U.S. Coalition of Cities (10-Point Plan)')] }),
  video: defineLocations({ locations: [section('videos', 'Videos')] }),
  disparityIndicator: defineLocations({ locations: [section('measures-of-racial-disparities', 'Measures of Racial Disparities')] }),
  city: defineLocations({
    select: { name: 'name', state: 'state', slug: 'slug.current' },
    resolve: (doc) => located(cityPage(doc?.name, doc?.state, doc?.slug)),
  }),
  person: defineLocations({
    select: {
      name: 'name',
      cityName: 'city.name',
      cityState: 'city.state',
      citySlug: 'city.slug.current',
      orgName: 'organization.name',
      orgSlug: 'organization.slug.current',
    },
    resolve: (doc) => {
      const found = located(cityPage(doc?.cityName, doc?.cityState, doc?.citySlug), {
        title: doc?.orgName,
        href: doc?.orgSlug ? organizationHref(doc.orgSlug) : null,
      })
      return found.locations.length > 0
        ? found
        : { message: 'People appear on the pages of the practices, statements, cities and organizations that name them.' }
    },
  }),
  bestPractice: defineLocations({
    select: { title: 'title', slug: 'slug.current', cityName: 'city.name', cityState: 'city.state', citySlug: 'city.slug.current' },
    resolve: (doc) =>
      located(
        { title: doc?.title, href: doc?.slug ? practiceHref(doc.slug) : null },
        section('best-practices', 'Best practices'),
        cityPage(doc?.cityName, doc?.cityState, doc?.citySlug),
      ),
  }),
  mayoralStatement: defineLocations({
    select: { title: 'title', slug: 'slug.current', cityName: 'city.name', cityState: 'city.state', citySlug: 'city.slug.current' },
    resolve: (doc) =>
      located(
        { title: doc?.title, href: doc?.slug ? statementHref(doc.slug) : null },
        cityPage(doc?.cityName, doc?.cityState, doc?.citySlug),
      ),
  }),
  organization: defineLocations({
    select: { title: 'name', slug: 'slug.current' },
    resolve: (doc) =>
      located({ title: doc?.title, href: doc?.slug ? organizationHref(doc.slug) : null }, section('resources', 'Resources')),
  }),
  publication: defineLocations({
    select: { title: 'title', slug: 'slug.current' },
    resolve: (doc) => located({ title: doc?.title, href: doc?.slug ? publicationHref(doc.slug) : null }),
  }),
  report: defineLocations({
    select: { title: 'title', slug: 'slug.current' },
    resolve: (doc) => located({ title: doc?.title, href: doc?.slug ? reportHref(doc.slug) : null }),
  }),
  grantRound: defineLocations({
    select: { year: 'year' },
    resolve: (doc) => located({ title: doc?.year ? `Grants: ${doc.year} round` : null, href: doc?.year ? grantRoundHref(doc.year) : null }),
  }),
  grantAward: defineLocations({
    select: { year: 'round.year', cityName: 'city.name', cityState: 'city.state', citySlug: 'city.slug.current' },
    resolve: (doc) =>
      located(
        { title: doc?.year ? `Grants: ${doc.year} round` : null, href: doc?.year ? grantRoundHref(doc.year) : null },
        cityPage(doc?.cityName, doc?.cityState, doc?.citySlug),
      ),
  }),
}

/** Which document each page is about, so that browsing the preview opens it for editing. */
export const mainDocuments = defineDocuments([
  { route: '/', filter: '_type == "siteSettings" && _id == "siteSettings"' },
  ...SECTIONS.map(({ slug }) => ({
    route: SECTION_PATHS[slug],
    filter: `_type == "centerSection" && _id == "${sectionId(slug)}"`,
  })),
  { route: '/compact/:number', filter: '_type == "compactComponent" && string(number) == $number' },
  // The Spanish pages open the English document, whose facts they show; its translation is one click away.
  { route: '/es', filter: '_type == "siteSettings" && _id == "siteSettings"' },
  ...SECTIONS.filter(({ slug }) => hasSpanishVersion(SECTION_PATHS[slug])).map(({ slug }) => ({
    route: localePath('es', SECTION_PATHS[slug]),
    filter: `_type == "centerSection" && _id == "${sectionId(slug)}"`,
  })),
  { route: '/es/compact/:number', filter: '_type == "compactComponent" && string(number) == $number' },
  { route: practiceHref(':slug'), filter: '_type == "bestPractice" && slug.current == $slug' },
  { route: organizationHref(':slug'), filter: '_type == "organization" && slug.current == $slug' },
  { route: cityHref(':slug'), filter: '_type == "city" && slug.current == $slug' },
])
