/**
 * Every GROQ query the site runs, each with its name, its zod model (./models.ts), its `$params` and
 * the document types it reads (its cache tags). Pages never write GROQ: they call
 * `fetchContent(someQuery, params)` from '@/lib/content'.
 *
 * Rules kept by every query here (tests/query checks them):
 * - only published practices (`status == "published"`) appear;
 * - every document projection keeps `_id`, slugs are flattened to strings;
 * - `types` lists every document type read, including those reached through `->` and sub-queries;
 * - orderings end with a tie-breaker so the Content Lake and the embedded dataset agree.
 */
import { defineQuery } from 'groq'
import { z } from 'zod'
import { contentQuery } from './define'
import * as M from './models'
import { INTERNAL_LINK_TYPES } from '../../schemas/lib/types'

// ---------------------------------------------------------------------------------------------
// Fragments: projections shared by several queries. A fragment that dereferences names the types
// it reads in a *_TYPES constant next to it; queries spread those into their `types`.

const PUBLISHED_PRACTICE = `_type == "bestPractice" && status == "published"`

const LINK = `{_key, title, url, publisher}`

const CITY = `{_id, name, state, "slug": slug.current, population}`

const PERSON = `{_id, name, "slug": slug.current, role, email, phone}`

const ORGANIZATION_REF = `{_id, name, acronym, "slug": slug.current}`

const COMPACT_REF = `{_id, number, title, shortTitle}`

const POSTAL_CONTACT = `{organization, department, street, locality, region, postalCode, country, phone, email, website}`

const FIGURE = `{_key, _type, caption, credit, image}`

const SETTINGS = `{
  _id, name, shortName, formerNames[]{_key, name, usage, sourceUrl}, tagline, mission, metaDescription,
  "navigation": navigation[]->{_id, title, "slug": slug.current},
  "contact": contact${POSTAL_CONTACT},
  "contactPerson": contactPerson->${PERSON},
  "parentOrganization": parentOrganization->${ORGANIZATION_REF}
}`
const SETTINGS_TYPES = ['siteSettings', 'centerSection', 'person', 'organization'] as const

const SITE_SETTINGS = `*[_type == "siteSettings" && _id == "siteSettings"][0]`

const PRACTICE_CARD_FIELDS = `
  _id, title, "slug": slug.current, summary, topics, publishedAt, "publishedPrecision": coalesce(publishedPrecision, "day"), startedYear,
  "city": city->${CITY},
  "compactComponents": compactComponents[]->${COMPACT_REF}`
const PRACTICE_CARD = `{${PRACTICE_CARD_FIELDS}}`
const PRACTICE_CARD_TYPES = ['bestPractice', 'city', 'compactComponent'] as const

const STATEMENT_CARD_FIELDS = `
  _id, title, "slug": slug.current, date, datePrecision, summary,
  "city": city->${CITY},
  "mayor": mayor->${PERSON}`
const STATEMENT_CARD = `{${STATEMENT_CARD_FIELDS}}`
const STATEMENT_CARD_TYPES = ['mayoralStatement', 'city', 'person'] as const

const ACTIVITY = `{_id, title, status, order, description, statusNote, "compactComponents": compactComponents[]->${COMPACT_REF}}`
const ACTIVITY_TYPES = ['centerActivity', 'compactComponent'] as const

const GRANT_AWARD = `{
  _id, level, tier, programName, summary, amount, note,
  "round": round->{_id, year, roundNumber, programName},
  "city": city->${CITY},
  "mayor": mayor->${PERSON},
  "practiceSlug": select(practice->status == "published" => practice->slug.current),
  "sources": sources[]${LINK}
}`
const GRANT_AWARD_TYPES = ['grantAward', 'grantRound', 'city', 'person', 'bestPractice'] as const
/** Winners before honorable mentions, large cities first, then by `_id`. */
const AWARD_ORDER = `order(level desc, tier asc, _id asc)`

const MILESTONE = `{
  _id, title, date, datePrecision, endDate, place, description,
  "city": city->${CITY},
  "people": people[]->${PERSON},
  "organizations": organizations[]->${ORGANIZATION_REF},
  "sources": sources[]${LINK}
}`
const MILESTONE_TYPES = ['milestone', 'city', 'person', 'organization'] as const

const PUBLICATION = `{
  _id, title, "slug": slug.current, kind, year, description, contents, url, order,
  "publishers": publishers[]->${ORGANIZATION_REF},
  "about": about[]->${ORGANIZATION_REF}
}`
const PUBLICATION_TYPES = ['publication', 'organization'] as const

/** The companies supporting the Center (business-supporter role), in staff's order. */
const BUSINESS_SUPPORTERS = `*[_type == "organization" && "business-supporter" in roles] | order(order asc, name asc, _id asc){
  _id, name, acronym, "slug": slug.current, website, description
}`

/** An organization with its relations both ways (inside a projection of an organization). */
const ORGANIZATION_FIELDS = `
  _id, name, acronym, "slug": slug.current, roles, foundedYear, description, services, order, website,
  "address": address${POSTAL_CONTACT},
  "contacts": contacts[]->${PERSON},
  "sources": sources[]${LINK},
  "relations": relations[]{_key, kind, year, note, "organization": organization->${ORGANIZATION_REF}},
  "incomingRelations": *[_type == "organization" && ^._id in relations[].organization._ref] | order(name asc, _id asc){
    "items": relations[organization._ref == ^.^._id]{_key, kind, year, note, "organization": ^${ORGANIZATION_REF}}
  }.items[]`
const ORGANIZATION_TYPES = ['organization', 'person'] as const

/** Where an internal link in rich text points; null for a practice that is not published. */
const INTERNAL_LINK_TARGET = `select(
  reference->_type == "bestPractice" && reference->status != "published" => null,
  reference->{_id, _type, "slug": slug.current, number, year}
)`

const RICH_TEXT = `[]{
  ...,
  _type == "block" => {
    markDefs[]{
      ...,
      _type == "internalLink" => {"reference": ${INTERNAL_LINK_TARGET}}
    }
  }
}`

// ---------------------------------------------------------------------------------------------
// Layout and home

export const SITE_SETTINGS_QUERY = defineQuery(`${SITE_SETTINGS}${SETTINGS}`)
export const siteSettingsQuery = contentQuery({
  name: 'siteSettings',
  query: SITE_SETTINGS_QUERY,
  model: M.SiteSettings,
  types: SETTINGS_TYPES,
})

export const HOME_PAGE_QUERY = defineQuery(`{
  "settings": ${SITE_SETTINGS}${SETTINGS},
  "compactComponents": *[_type == "compactComponent"] | order(number asc, _id asc){_id, number, title, shortTitle, explanation},
  "currentActivities": *[_type == "centerActivity" && status == "current"] | order(order asc, _id asc)${ACTIVITY},
  "plannedActivities": *[_type == "centerActivity" && status == "planned"] | order(order asc, _id asc)${ACTIVITY},
  "latestPractices": *[${PUBLISHED_PRACTICE}] | order(publishedAt desc, _id asc)[0...3]${PRACTICE_CARD},
  "latestStatements": *[_type == "mayoralStatement"] | order(coalesce(date, "") desc, _id asc)[0...3]${STATEMENT_CARD},
  "businessSupporters": ${BUSINESS_SUPPORTERS}
}`)
export const homePageQuery = contentQuery({
  name: 'homePage',
  query: HOME_PAGE_QUERY,
  model: M.HomePage,
  types: [...SETTINGS_TYPES, ...ACTIVITY_TYPES, ...PRACTICE_CARD_TYPES, ...STATEMENT_CARD_TYPES],
})

// ---------------------------------------------------------------------------------------------
// The Compact

export const COMPACT_COMPONENTS_QUERY = defineQuery(`*[_type == "compactComponent"] | order(number asc, _id asc){
  _id, number, title, shortTitle, explanation,
  "practiceCount": count(*[${PUBLISHED_PRACTICE} && ^._id in compactComponents[]._ref]),
  "statementCount": count(*[_type == "mayoralStatement" && ^._id in compactComponents[]._ref]),
  "activityCount": count(*[_type == "centerActivity" && ^._id in compactComponents[]._ref])
}`)
export const compactComponentsQuery = contentQuery({
  name: 'compactComponents',
  query: COMPACT_COMPONENTS_QUERY,
  model: z.array(M.CompactComponentSummary),
  types: ['compactComponent', 'bestPractice', 'mayoralStatement', 'centerActivity'],
})

/**
 * A component's page lists at most this many of its practices, and as many statements, the newest
 * first, with their totals: past it, the page links to the finder filtered by the component. (The
 * Center's components have up to 13 practices; on the synthetic 10,000, up to 1,964, and the whole
 * list made a 3 MB page.)
 */
export const COMPACT_LIST_LIMIT = 24
export const COMPACT_COMPONENT_QUERY = defineQuery(`*[_type == "compactComponent" && number == $number][0]{
  _id, number, title, shortTitle, explanation,
  "bestPractices": *[${PUBLISHED_PRACTICE} && ^._id in compactComponents[]._ref] | order(publishedAt desc, _id asc)[0...${COMPACT_LIST_LIMIT}]${PRACTICE_CARD},
  "bestPracticeCount": count(*[${PUBLISHED_PRACTICE} && ^._id in compactComponents[]._ref]),
  "mayoralStatements": *[_type == "mayoralStatement" && ^._id in compactComponents[]._ref] | order(coalesce(date, "") desc, _id asc)[0...${COMPACT_LIST_LIMIT}]${STATEMENT_CARD},
  "mayoralStatementCount": count(*[_type == "mayoralStatement" && ^._id in compactComponents[]._ref])
}`)
export const compactComponentQuery = contentQuery({
  name: 'compactComponent',
  query: COMPACT_COMPONENT_QUERY,
  params: z.object({ number: z.number().int() }),
  model: M.CompactComponentPage,
  types: [...PRACTICE_CARD_TYPES, ...STATEMENT_CARD_TYPES],
})

// ---------------------------------------------------------------------------------------------
// Sections, activities, plan, milestones

export const CENTER_SECTION_QUERY = defineQuery(`*[_type == "centerSection" && slug.current == $slug][0]{
  _id, title, "slug": slug.current, order, summary,
  "body": body${RICH_TEXT},
  "keyFacts": keyFacts[]{_key, value, label, sourceName, sourceUrl},
  "figures": figures[]${FIGURE},
  "contact": contact->${PERSON},
  "links": links[]${LINK}
}`)
export const centerSectionQuery = contentQuery({
  name: 'centerSection',
  query: CENTER_SECTION_QUERY,
  params: z.object({ slug: z.string() }),
  model: M.CenterSectionPage,
  types: [...INTERNAL_LINK_TYPES, 'person'],
})

export const ACTIVITIES_QUERY = defineQuery(`*[_type == "centerActivity"] | order(order asc, _id asc)${ACTIVITY}`)
export const activitiesQuery = contentQuery({
  name: 'activities',
  query: ACTIVITIES_QUERY,
  model: z.array(M.Activity),
  types: ACTIVITY_TYPES,
})

export const PLAN_ACTIONS_QUERY = defineQuery(`*[_type == "planAction"] | order(scope desc, number asc, _id asc){_id, scope, number, text}`)
export const planActionsQuery = contentQuery({
  name: 'planActions',
  query: PLAN_ACTIONS_QUERY,
  model: z.array(M.PlanAction),
  types: ['planAction'],
})

export const BUSINESS_SUPPORTERS_QUERY = defineQuery(BUSINESS_SUPPORTERS)
/** The companies supporting the Center (business-supporter role), for the About page. */
export const businessSupportersQuery = contentQuery({
  name: 'businessSupporters',
  query: BUSINESS_SUPPORTERS_QUERY,
  model: z.array(M.BusinessSupporter),
  types: ['organization'],
})

export const MILESTONES_QUERY = defineQuery(`*[_type == "milestone"] | order(date asc, _id asc)${MILESTONE}`)
export const milestonesQuery = contentQuery({
  name: 'milestones',
  query: MILESTONES_QUERY,
  model: z.array(M.Milestone),
  types: MILESTONE_TYPES,
})

// ---------------------------------------------------------------------------------------------
// Best practices

export const BEST_PRACTICES_QUERY = defineQuery(`*[${PUBLISHED_PRACTICE}] | order(publishedAt desc, _id asc)${PRACTICE_CARD}`)
export const bestPracticesQuery = contentQuery({
  name: 'bestPractices',
  query: BEST_PRACTICES_QUERY,
  model: z.array(M.PracticeCard),
  types: PRACTICE_CARD_TYPES,
})

export const BEST_PRACTICE_QUERY = defineQuery(`*[${PUBLISHED_PRACTICE} && slug.current == $slug][0]{
  ${PRACTICE_CARD_FIELDS},
  problem, approach, results, lastReviewedAt,
  "links": links[]${LINK},
  "sources": sources[]${LINK},
  "contact": contact{useCenterContact, name, title, email, phone},
  "centerContact": select(contact.useCenterContact == true => ${SITE_SETTINGS}.contactPerson->${PERSON}),
  "conferenceContact": ${SITE_SETTINGS}.contact${POSTAL_CONTACT},
  "grantAwards": *[_type == "grantAward" && practice._ref == ^._id] | order(round->year desc, _id asc)${GRANT_AWARD},
  "related": *[${PUBLISHED_PRACTICE} && _id != ^._id && (
    count(compactComponents[_ref in ^.^.compactComponents[]._ref]) > 0 || count(topics[@ in ^.^.topics]) > 0
  )] | order(publishedAt desc, _id asc)[0...3]${PRACTICE_CARD}
}`)
export const bestPracticeQuery = contentQuery({
  name: 'bestPractice',
  query: BEST_PRACTICE_QUERY,
  params: z.object({ slug: z.string() }),
  model: M.BestPracticePage,
  types: [...PRACTICE_CARD_TYPES, ...GRANT_AWARD_TYPES, 'siteSettings', 'person'],
})

// ---------------------------------------------------------------------------------------------
// Mayoral statements, resources, organizations, reports

export const STATEMENTS_IN_COLLECTION_QUERY = defineQuery(`*[_type == "mayoralStatement" && collection->slug.current == $sectionSlug] | order(date asc, _id asc){
  ${STATEMENT_CARD_FIELDS},
  quote, topics,
  "alongside": alongside[]->${PERSON},
  "outputs": outputs[]{_key, kind, title, description, languages, date, datePrecision, url},
  "compactComponents": compactComponents[]->${COMPACT_REF},
  "links": links[]${LINK}
}`)
export const statementsInCollectionQuery = contentQuery({
  name: 'statementsInCollection',
  query: STATEMENTS_IN_COLLECTION_QUERY,
  params: z.object({ sectionSlug: z.string() }),
  model: z.array(M.Statement),
  types: [...STATEMENT_CARD_TYPES, 'centerSection', 'compactComponent'],
})

export const RESOURCES_QUERY = defineQuery(`{
  "organizations": *[_type == "organization" && "partner-resource" in roles] | order(order asc, name asc, _id asc){${ORGANIZATION_FIELDS}},
  "publications": *[_type == "publication"] | order(order asc, title asc, _id asc)${PUBLICATION}
}`)
export const resourcesQuery = contentQuery({
  name: 'resources',
  query: RESOURCES_QUERY,
  model: M.Resources,
  types: [...ORGANIZATION_TYPES, ...PUBLICATION_TYPES],
})

export const ORGANIZATION_QUERY = defineQuery(`*[_type == "organization" && slug.current == $slug][0]{
  ${ORGANIZATION_FIELDS},
  "publications": *[_type == "publication" && (^._id in publishers[]._ref || ^._id in about[]._ref)] | order(order asc, title asc, _id asc)${PUBLICATION},
  "reports": *[_type == "report" && ^._id in publishers[]._ref] | order(order asc, _id asc){_id, title, "slug": slug.current, year},
  "people": *[_type == "person" && organization._ref == ^._id] | order(name asc, _id asc)${PERSON}
}`)
export const organizationQuery = contentQuery({
  name: 'organization',
  query: ORGANIZATION_QUERY,
  params: z.object({ slug: z.string() }),
  model: M.OrganizationPage,
  types: [...ORGANIZATION_TYPES, ...PUBLICATION_TYPES, 'report'],
})

export const REPORTS_QUERY = defineQuery(`*[_type == "report"] | order(order asc, _id asc){
  _id, title, "slug": slug.current, year, publishedOn, "publishedPrecision": coalesce(publishedPrecision, "day"), order, publisherContext, summary, findings, url,
  "figures": figures[]{_key, group, label, value, unit, qualifier, year, note},
  "publishers": publishers[]->${ORGANIZATION_REF},
  "sources": sources[]${LINK}
}`)
export const reportsQuery = contentQuery({
  name: 'reports',
  query: REPORTS_QUERY,
  model: z.array(M.Report),
  types: ['report', 'organization'],
})

export const DISPARITY_INDICATORS_QUERY = defineQuery(`*[_type == "disparityIndicator"] | order(order asc, _id asc){
  _id, "slug": slug.current, measure, section, order, unitLabel, unit, "groups": groups[]{_key, group, value},
  sourceName, year, note, partial, partialNote, "publishedIn": publishedIn{title, url, publisher}
}`)
/** The indicators of the Conference's Measures of Racial Disparities page, in its order. */
export const disparityIndicatorsQuery = contentQuery({
  name: 'disparityIndicators',
  query: DISPARITY_INDICATORS_QUERY,
  model: z.array(M.DisparityIndicator),
  types: ['disparityIndicator'],
})

// ---------------------------------------------------------------------------------------------
// Grants

export const GRANT_PROGRAM_QUERY = defineQuery(`*[_type == "grantProgram" && _id == "grantProgram"][0]{
  _id, names[]{_key, name, years}, purpose, announcedOn, announcedAt, funding, judges, eligiblePractices, sharing, sourceNotes,
  "partner": partner->${ORGANIZATION_REF},
  "announcedBy": announcedBy->${PERSON},
  "tiers": tiers[]{_key, tier, population, amount, note},
  "sources": sources[]${LINK},
  "rounds": *[_type == "grantRound"] | order(year desc, _id asc){
    _id, year, roundNumber, programName, totalAwarded, applicants, announcedOn, announcedPrecision, announcedAt, notes,
    "sources": sources[]${LINK},
    "awards": *[_type == "grantAward" && round._ref == ^._id] | ${AWARD_ORDER}${GRANT_AWARD}
  }
}`)
export const grantProgramQuery = contentQuery({
  name: 'grantProgram',
  query: GRANT_PROGRAM_QUERY,
  model: M.GrantProgram,
  types: ['grantProgram', 'organization', 'person', ...GRANT_AWARD_TYPES],
})

// ---------------------------------------------------------------------------------------------
// Cities

export const CITIES_QUERY = defineQuery(`{
  "cities": *[_type == "city"] | order(name asc, state asc, _id asc){
    _id, name, state, "slug": slug.current, population, "location": location{lat, lng}, coalitionMember,
    "currentMayor": mayors[isCurrent == true][0].person->${PERSON}
  },
  "practiceCities": *[${PUBLISHED_PRACTICE}].city._ref,
  "statementCities": *[_type == "mayoralStatement"].city._ref,
  "awardCities": *[_type == "grantAward"].city._ref
}`)
/**
 * Every city with its counts. The counts are made by the model from the city of each practice,
 * statement and award (one pass), not by a count per city: on the embedded source that would scan
 * every document once per city (minutes for a thousand cities and ten thousand practices).
 */
export const citiesQuery = contentQuery({
  name: 'cities',
  query: CITIES_QUERY,
  model: M.CityDirectory,
  types: ['city', 'person', 'bestPractice', 'mayoralStatement', 'grantAward'],
})

export const CITY_QUERY = defineQuery(`*[_type == "city" && slug.current == $slug][0]{
  _id, name, state, "slug": slug.current, population, "populationAlternatives": populationAlternatives[]{_key, value, label, sourceName, sourceUrl},
  "location": location{lat, lng}, coalitionMember,
  "sources": sources[]${LINK},
  "currentMayor": mayors[isCurrent == true][0].person->${PERSON},
  "mayors": mayors[]{_key, period, isCurrent, sourceUrl, "person": person->${PERSON}},
  "statements": *[_type == "mayoralStatement" && city._ref == ^._id] | order(coalesce(date, "") desc, _id asc)${STATEMENT_CARD},
  "practices": *[${PUBLISHED_PRACTICE} && city._ref == ^._id] | order(publishedAt desc, _id asc)${PRACTICE_CARD},
  "grantAwards": *[_type == "grantAward" && city._ref == ^._id] | order(round->year desc, _id asc)${GRANT_AWARD},
  "milestones": *[_type == "milestone" && city._ref == ^._id] | order(date asc, _id asc)${MILESTONE},
  "people": *[_type == "person" && city._ref == ^._id] | order(name asc, _id asc)${PERSON},
  "practiceContacts": *[${PUBLISHED_PRACTICE} && city._ref == ^._id && contact.useCenterContact != true && defined(contact.name)]
    | order(publishedAt desc, _id asc){_id, title, "slug": slug.current, "contact": contact{name, title, email, phone}}
}`)
export const cityQuery = contentQuery({
  name: 'city',
  query: CITY_QUERY,
  params: z.object({ slug: z.string() }),
  model: M.CityPage,
  types: [
    ...STATEMENT_CARD_TYPES,
    ...PRACTICE_CARD_TYPES,
    ...GRANT_AWARD_TYPES,
    ...MILESTONE_TYPES,
  ],
})

// ---------------------------------------------------------------------------------------------
// Videos

export const VIDEOS_QUERY = defineQuery(`*[_type == "video"] | order(order asc, _id asc){
  _id, title, "slug": slug.current, order, date, "datePrecision": coalesce(datePrecision, "day"), dateNote, event, url, description, transcript,
  "participants": participants[]{_key, name, part, role},
  "source": source{title, url, publisher}
}`)
export const videosQuery = contentQuery({
  name: 'videos',
  query: VIDEOS_QUERY,
  model: z.array(M.Video),
  types: ['video'],
})

// ---------------------------------------------------------------------------------------------
// The finder (/best-practices): every document it searches, with what its facets need

export const SEARCH_DOCUMENTS_QUERY = defineQuery(`{
  "practices": *[${PUBLISHED_PRACTICE}] | order(_id asc){${PRACTICE_CARD_FIELDS}, problem, approach, results},
  "statements": *[_type == "mayoralStatement"] | order(_id asc){
    ${STATEMENT_CARD_FIELDS},
    quote, topics, "outputs": outputs[].title,
    "compactComponents": compactComponents[]->${COMPACT_REF}
  },
  "awards": *[_type == "grantAward"] | order(_id asc){
    _id, level, tier, programName, summary,
    "round": round->{_id, year, roundNumber, programName},
    "city": city->${CITY},
    "mayor": mayor->{_id, name},
    "practice": select(practice->status == "published" => practice->{
      _id, "slug": slug.current, topics, "compactComponents": compactComponents[]->${COMPACT_REF}
    })
  },
  "organizations": *[_type == "organization" && "partner-resource" in roles] | order(_id asc){
    _id, name, acronym, "slug": slug.current, description, services
  },
  "publications": *[_type == "publication"] | order(_id asc){
    _id, title, "slug": slug.current, kind, year, description, contents,
    "publishers": publishers[]->${ORGANIZATION_REF}
  }
}`)
/**
 * The searchable documents: published practices, mayors' statements, grant awards (with the topics
 * and Compact components of their practice, when it is published), partner organizations and
 * publications. lib/search turns them into one index; its cache is keyed by this result's hash.
 */
export const searchDocumentsQuery = contentQuery({
  name: 'searchDocuments',
  query: SEARCH_DOCUMENTS_QUERY,
  model: M.SearchDocuments,
  types: [...PRACTICE_CARD_TYPES, ...STATEMENT_CARD_TYPES, 'grantAward', 'grantRound', 'organization', 'publication'],
})

export const SEARCH_VERSION_QUERY = defineQuery(`{
  "count": count(*[(${PUBLISHED_PRACTICE}) || _type in ["city", "compactComponent", "mayoralStatement", "person", "grantAward", "grantRound", "organization", "publication"]]),
  "revisions": *[(${PUBLISHED_PRACTICE}) || _type in ["city", "compactComponent", "mayoralStatement", "person", "grantAward", "grantRound", "organization", "publication"]] | order(_id asc)._rev
}`)
/**
 * A small fingerprint of what searchDocumentsQuery reads: how many documents, and the revision of
 * each (`_rev` changes on every publish). The finder reads it on each request and fetches the
 * documents themselves only when it changes (lib/search/server.ts). On the embedded source, whose
 * file is read once per process, revisions are null and the fingerprint never changes in a process.
 */
export const searchVersionQuery = contentQuery({
  name: 'searchVersion',
  query: SEARCH_VERSION_QUERY,
  model: M.SearchVersion,
  types: [...PRACTICE_CARD_TYPES, ...STATEMENT_CARD_TYPES, 'grantAward', 'grantRound', 'organization', 'publication'],
})

// ---------------------------------------------------------------------------------------------
// Sitemap, feed, static params

export const SITEMAP_QUERY = defineQuery(`*[_type in ["centerSection", "compactComponent", "organization", "city"] || (${PUBLISHED_PRACTICE})]
  | order(_type asc, _id asc){
  _id, _type, "slug": slug.current, number, "lastModified": coalesce(_updatedAt, publishedAt)
}`)
/** Every document with a page of its own; map each to its address with `hrefFor` (lib/routes.ts). */
export const sitemapQuery = contentQuery({
  name: 'sitemap',
  query: SITEMAP_QUERY,
  model: z.array(M.SitemapEntry),
  types: ['centerSection', 'compactComponent', 'organization', 'city', 'bestPractice'],
})

// A statement no source dates has no place in a feed ordered by date: it is left out.
export const FEED_QUERY = defineQuery(`*[(${PUBLISHED_PRACTICE}) || (_type == "mayoralStatement" && defined(date))] | order(coalesce(publishedAt, date) desc, _id asc)[0...50]{
  _id, _type, title, "slug": slug.current, summary, "date": coalesce(publishedAt, date), "city": city->${CITY}
}`)
export const feedQuery = contentQuery({
  name: 'feed',
  query: FEED_QUERY,
  model: z.array(M.FeedItem),
  types: ['bestPractice', 'mayoralStatement', 'city'],
})

export const PRACTICE_SLUGS_QUERY = defineQuery(`*[${PUBLISHED_PRACTICE} && defined(slug.current)] | order(publishedAt desc, _id asc){"slug": slug.current}`)
/**
 * `[{slug}]`, newest first: generateStaticParams of /best-practices/[slug] prerenders the first
 * PRERENDER_LIMIT (lib/routes.ts).
 */
export const practiceSlugsQuery = contentQuery({
  name: 'practiceSlugs',
  query: PRACTICE_SLUGS_QUERY,
  model: M.SlugParams,
  types: ['bestPractice'],
})

export const ORGANIZATION_SLUGS_QUERY = defineQuery(`*[_type == "organization" && defined(slug.current)] | order(_id asc){"slug": slug.current}`)
export const organizationSlugsQuery = contentQuery({
  name: 'organizationSlugs',
  query: ORGANIZATION_SLUGS_QUERY,
  model: M.SlugParams,
  types: ['organization'],
})

export const CITY_SLUGS_QUERY = defineQuery(`*[_type == "city" && defined(slug.current)] | order(population desc, _id asc){"slug": slug.current}`)
/** `[{slug}]`, largest cities first: generateStaticParams of /cities/[slug] prerenders the first PRERENDER_LIMIT. */
export const citySlugsQuery = contentQuery({
  name: 'citySlugs',
  query: CITY_SLUGS_QUERY,
  model: M.SlugParams,
  types: ['city'],
})

export const COMPACT_NUMBERS_QUERY = defineQuery(`*[_type == "compactComponent" && defined(number)] | order(number asc, _id asc){"number": string(number)}`)
/** `[{number: "1"}, …]`: for generateStaticParams of /compact/[number] (route params are strings). */
export const compactNumbersQuery = contentQuery({
  name: 'compactNumbers',
  query: COMPACT_NUMBERS_QUERY,
  model: M.CompactNumberParams,
  types: ['compactComponent'],
})

// ---------------------------------------------------------------------------------------------
// Translations (lib/i18n/translate.ts overlays them on the English content)

/** Every translation into `$language` of a published document, keyed by the document's `_id`. */
export const TRANSLATIONS_QUERY = defineQuery(`*[_type == "translation" && language == $language && defined(document._ref)] | order(_id asc){
  _id, "documentId": document._ref, documentType,
  name, shortName, title, shortTitle, tagline, mission, metaDescription, summary, explanation, text, description, statusNote, place, quoteTranslation,
  "body": body${RICH_TEXT},
  "keyFacts": keyFacts[]{factKey, value, label}
}`)
export const translationsQuery = contentQuery({
  name: 'translations',
  query: TRANSLATIONS_QUERY,
  params: z.object({ language: z.string() }),
  model: z.array(M.Translation),
  // The documents the translations' rich text links to (as the English sections' does, less the kinds it never links).
  types: ['translation', 'centerSection', 'compactComponent', 'organization', 'city'],
})

// ---------------------------------------------------------------------------------------------
// Submissions: run by the write client (lib/submissions/sanity.ts) with the raw perspective, where
// drafts are visible; not page content, so not contentQuery (no model, no cache tags).

/** The city named in a submission, and which of its Compact components exist (published only). */
export const SUBMISSION_TARGETS_QUERY = defineQuery(`{
  "cityId": *[_type == "city" && !(_id in path("drafts.**")) && state == $state && lower(name) == lower($name)] | order(_id asc)[0]._id,
  "compactComponentIds": *[_type == "compactComponent" && !(_id in path("drafts.**")) && _id in $ids]._id
}`)

/** What a stored submission says of itself, by its document `_id`. */
export const STORED_SUBMISSION_QUERY = defineQuery(`*[_id == $id][0]{"reference": submission.reference, "submittedAt": submission.submittedAt}`)

/** A submission already received under this key, as a draft or since published. */
export const SUBMISSION_BY_KEY_QUERY = defineQuery(
  `*[_type == "bestPractice" && _id in [$draft, $published]] | order(_id desc)[0]{"reference": submission.reference, "submittedAt": submission.submittedAt}`,
)

/**
 * When one sender's submissions arrived since `$since` (drafts, and practices since published), for
 * the rate limit (`submission.client` is the pseudonym lib/submissions/record.ts makes).
 */
export const SUBMISSIONS_FROM_CLIENT_QUERY = defineQuery(
  `*[_type == "bestPractice" && submission.client == $client && submission.submittedAt > $since].submission.submittedAt`,
)

/** Every page query, for tests and tooling. */
export const ALL_QUERIES = [
  siteSettingsQuery,
  homePageQuery,
  compactComponentsQuery,
  compactComponentQuery,
  centerSectionQuery,
  activitiesQuery,
  planActionsQuery,
  milestonesQuery,
  businessSupportersQuery,
  bestPracticesQuery,
  bestPracticeQuery,
  statementsInCollectionQuery,
  resourcesQuery,
  organizationQuery,
  reportsQuery,
  disparityIndicatorsQuery,
  grantProgramQuery,
  citiesQuery,
  cityQuery,
  videosQuery,
  searchDocumentsQuery,
  searchVersionQuery,
  sitemapQuery,
  feedQuery,
  practiceSlugsQuery,
  organizationSlugsQuery,
  citySlugsQuery,
  compactNumbersQuery,
  translationsQuery,
] as const
