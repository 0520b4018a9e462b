/**
 * The shapes pages get from the queries in ./queries.ts, as zod models. Every query result is parsed
 * with its model before a page sees it, so a page can trust these types.
 *
 * Conventions: every document projection keeps `_id` (errors name it; React keys use it); slugs are
 * flattened to strings; a field the schema makes optional reads `null` when missing (GROQ projects
 * missing attributes as null); an optional array reads `[]` when missing.
 */
import { z } from 'zod'
import {
  ACTIVITY_STATUS_VALUES,
  AWARD_LEVEL_VALUES,
  DATE_PRECISION_VALUES,
  FIGURE_UNIT_VALUES,
  GRANT_TIER_VALUES,
  ORGANIZATION_RELATION_VALUES,
  ORGANIZATION_ROLE_VALUES,
  PLAN_SCOPE_VALUES,
  PRACTICE_TOPIC_VALUES,
  PUBLICATION_KIND_VALUES,
  STATEMENT_OUTPUT_KIND_VALUES,
} from '../domain/vocabulary'
import { INTERNAL_LINK_TYPES, TEXT_LANGUAGE_CODES } from '../../schemas/lib/types'

// ---------------------------------------------------------------------------------------------
// Building blocks

const id = z.string().min(1)
const key = z.string().min(1)
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a slug (lowercase letters, digits, hyphens)')
const date = z.iso.date()
const int = z.number().int()

/** An array field that may be absent from the document: absent reads as []. */
function list<T extends z.ZodType>(item: T) {
  return z
    .array(item)
    .nullable()
    .transform((items) => items ?? [])
}

/** A flag that may be absent: absent reads as false. */
const flag = z
  .boolean()
  .nullable()
  .transform((value) => value === true)

export const Link = z.object({ _key: key, title: z.string(), url: z.string(), publisher: z.string().nullable() })

export const CityRef = z.object({
  _id: id,
  name: z.string(),
  state: z.string().length(2),
  slug,
  population: int.nullable(),
})

export const PersonRef = z.object({
  _id: id,
  name: z.string(),
  slug,
  role: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
})

export const OrganizationRef = z.object({ _id: id, name: z.string(), acronym: z.string().nullable(), slug })

export const CompactRef = z.object({ _id: id, number: int.min(1).max(10), title: z.string(), shortTitle: z.string() })

export const PostalContact = z.object({
  organization: z.string(),
  department: z.string().nullable(),
  street: z.string(),
  locality: z.string(),
  region: z.string().nullable(),
  postalCode: z.string().nullable(),
  country: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
})

/** A Sanity image field; build URLs from `asset._ref` with @sanity/image-url (no asset documents are read). */
export const ImageRef = z.object({
  _type: z.literal('image'),
  /** A reference to the image asset: only `_ref` is read. */
  asset: z.looseObject({ _ref: z.string() }),
  alt: z.string().nullish(),
  hotspot: z.looseObject({}).nullish(),
  crop: z.looseObject({}).nullish(),
})

export const CaptionedFigure = z.object({
  _key: key,
  _type: z.literal('captionedFigure'),
  caption: z.string(),
  credit: z.string().nullish(),
  image: ImageRef.nullish(),
})

export const SourcedFact = z.object({
  _key: key,
  value: z.string(),
  label: z.string(),
  sourceName: z.string(),
  sourceUrl: z.string().nullable(),
})

export const ReportFigure = z.object({
  _key: key,
  group: z.string(),
  label: z.string(),
  value: z.number().min(0),
  unit: z.enum(FIGURE_UNIT_VALUES),
  qualifier: z.string().nullable(),
  year: int.nullable(),
  note: z.string().nullable(),
})

// ---------------------------------------------------------------------------------------------
// Rich text

/** The page an internal link points to, or null when it is not public (e.g. an unpublished practice). */
export const InternalLinkTarget = z.object({
  _id: id,
  _type: z.enum(INTERNAL_LINK_TYPES),
  slug: slug.nullable(),
  number: int.nullable(),
  year: int.nullable(),
})

const Span = z.object({ _type: z.literal('span'), _key: key, text: z.string(), marks: list(z.string()) })

const MarkDef = z.discriminatedUnion('_type', [
  z.object({ _type: z.literal('link'), _key: key, href: z.string() }),
  z.object({ _type: z.literal('internalLink'), _key: key, reference: InternalLinkTarget.nullable() }),
  z.object({ _type: z.literal('inLanguage'), _key: key, language: z.enum(TEXT_LANGUAGE_CODES) }),
])

export const TextBlock = z.object({
  _type: z.literal('block'),
  _key: key,
  style: z.enum(['normal', 'h2', 'h3', 'blockquote']),
  listItem: z.enum(['bullet', 'number']).nullish(),
  level: int.nullish(),
  markDefs: list(MarkDef),
  children: z.array(Span),
})

export const RichText = z.array(z.discriminatedUnion('_type', [TextBlock, CaptionedFigure]))

// ---------------------------------------------------------------------------------------------
// Documents as pages show them

export const NavigationSection = z.object({ _id: id, title: z.string(), slug })

export const SiteSettings = z.object({
  _id: id,
  name: z.string(),
  shortName: z.string(),
  formerNames: list(z.object({ _key: key, name: z.string(), usage: z.string(), sourceUrl: z.string().nullable() })),
  tagline: z.string(),
  mission: z.string(),
  metaDescription: z.string(),
  navigation: z.array(NavigationSection).min(1),
  contact: PostalContact,
  /** Set only when staff name someone the sources give as the Center's contact. */
  contactPerson: PersonRef.nullable(),
  parentOrganization: OrganizationRef,
})

export const CompactComponentSummary = CompactRef.extend({
  explanation: z.string(),
  practiceCount: int,
  statementCount: int,
  /** The Center's activities that advance it: where no city example does, the page points to them. */
  activityCount: int,
})

export const Activity = z.object({
  _id: id,
  title: z.string(),
  status: z.enum(ACTIVITY_STATUS_VALUES),
  order: int,
  description: z.string(),
  statusNote: z.string().nullable(),
  compactComponents: list(CompactRef),
})

export const PracticeCard = z.object({
  _id: id,
  title: z.string(),
  slug,
  summary: z.string(),
  topics: z.array(z.enum(PRACTICE_TOPIC_VALUES)),
  publishedAt: date,
  /** How precisely `publishedAt` is known: a month is shown as the month alone. */
  publishedPrecision: z.enum(DATE_PRECISION_VALUES),
  startedYear: int.nullable(),
  city: CityRef,
  compactComponents: z.array(CompactRef),
})

export const StatementCard = z.object({
  _id: id,
  title: z.string(),
  slug,
  /** Null when no source dates the statement. */
  date: date.nullable(),
  datePrecision: z.enum(DATE_PRECISION_VALUES).nullable(),
  summary: z.string(),
  city: CityRef,
  mayor: PersonRef,
})

export const StatementOutput = z.object({
  _key: key,
  kind: z.enum(STATEMENT_OUTPUT_KIND_VALUES),
  title: z.string(),
  description: z.string().nullable(),
  languages: list(z.string()),
  date: date.nullable(),
  datePrecision: z.enum(DATE_PRECISION_VALUES).nullable(),
  url: z.string().nullable(),
})

export const Statement = StatementCard.extend({
  quote: z.string().nullable(),
  alongside: list(PersonRef),
  outputs: list(StatementOutput),
  topics: list(z.enum(PRACTICE_TOPIC_VALUES)),
  compactComponents: list(CompactRef),
  links: list(Link),
})

export const BusinessSupporter = OrganizationRef.extend({ website: z.string().nullable(), description: z.string() })

export const GrantRoundRef = z.object({ _id: id, year: int, roundNumber: int, programName: z.string() })

export const GrantAward = z.object({
  _id: id,
  level: z.enum(AWARD_LEVEL_VALUES),
  tier: z.enum(GRANT_TIER_VALUES).nullable(),
  programName: z.string().nullable(),
  summary: z.string().nullable(),
  amount: int.nullable(),
  note: z.string().nullable(),
  round: GrantRoundRef,
  city: CityRef,
  mayor: PersonRef.nullable(),
  /** Slug of the best practice describing the program, when that practice is published. */
  practiceSlug: slug.nullable(),
  sources: list(Link),
})

export const Milestone = z.object({
  _id: id,
  title: z.string(),
  date,
  datePrecision: z.enum(DATE_PRECISION_VALUES),
  endDate: date.nullable(),
  place: z.string().nullable(),
  description: z.string(),
  city: CityRef.nullable(),
  people: list(PersonRef),
  organizations: list(OrganizationRef),
  sources: list(Link),
})

export const Publication = z.object({
  _id: id,
  title: z.string(),
  slug,
  kind: z.enum(PUBLICATION_KIND_VALUES),
  year: int.nullable(),
  description: z.string(),
  contents: list(z.string()),
  url: z.string().nullable(),
  order: int.nullable(),
  publishers: list(OrganizationRef),
  about: list(OrganizationRef),
})

export const OrganizationRelation = z.object({
  _key: key,
  kind: z.enum(ORGANIZATION_RELATION_VALUES),
  year: int.nullable(),
  note: z.string().nullable(),
  organization: OrganizationRef,
})

export const Organization = OrganizationRef.extend({
  roles: z.array(z.enum(ORGANIZATION_ROLE_VALUES)).min(1),
  foundedYear: int.nullable(),
  description: z.string(),
  services: list(z.string()),
  order: int.nullable(),
  website: z.string().nullable(),
  address: PostalContact.nullable(),
  contacts: list(PersonRef),
  sources: list(Link),
  /** "This organization <kind> <organization>". */
  relations: list(OrganizationRelation),
  /** "<organization> <kind> this organization". */
  incomingRelations: z.array(OrganizationRelation),
})

export const ReportCard = z.object({ _id: id, title: z.string(), slug, year: int })

export const Report = ReportCard.extend({
  publishedOn: date.nullable(),
  publishedPrecision: z.enum(DATE_PRECISION_VALUES),
  order: int,
  publisherContext: z.string().nullable(),
  summary: z.string(),
  findings: list(z.string()),
  figures: z.array(ReportFigure).min(1),
  url: z.string().nullable(),
  publishers: z.array(OrganizationRef).min(1),
  sources: list(Link),
})

/** One indicator of the Conference's Measures of Racial Disparities page, as data. */
export const DisparityIndicator = z.object({
  _id: id,
  slug,
  measure: z.string(),
  section: z.string(),
  order: int,
  unitLabel: z.string(),
  unit: z.enum(FIGURE_UNIT_VALUES),
  groups: z.array(z.object({ _key: key, group: z.string(), value: z.number().min(0) })).min(1),
  sourceName: z.string().nullable(),
  year: int.nullable(),
  note: z.string().nullable(),
  partial: flag,
  partialNote: z.string().nullable(),
  publishedIn: Link.omit({ _key: true }),
})

export const PlanAction = z.object({
  _id: id,
  scope: z.enum(PLAN_SCOPE_VALUES),
  number: int.min(1).max(5),
  text: z.string(),
})

export const GrantRound = GrantRoundRef.extend({
  totalAwarded: int.nullable(),
  applicants: int.nullable(),
  announcedOn: date.nullable(),
  announcedPrecision: z.enum(DATE_PRECISION_VALUES).nullable(),
  announcedAt: z.string().nullable(),
  notes: list(z.string()),
  sources: list(Link),
  awards: z.array(GrantAward),
})

export const Video = z.object({
  _id: id,
  title: z.string(),
  slug,
  order: int,
  date: date.nullable(),
  datePrecision: z.enum(DATE_PRECISION_VALUES),
  /** What the source says about when, when it gives no date. */
  dateNote: z.string().nullable(),
  event: z.string().nullable(),
  url: z.string().nullable(),
  description: z.string(),
  transcript: z.string().nullable(),
  participants: list(z.object({ _key: key, name: z.string(), part: z.string(), role: z.string().nullable() })),
  source: Link.omit({ _key: true }),
})

// ---------------------------------------------------------------------------------------------
// Query results

export const HomePage = z.object({
  settings: SiteSettings,
  compactComponents: z.array(CompactRef.extend({ explanation: z.string() })),
  currentActivities: z.array(Activity),
  plannedActivities: z.array(Activity),
  latestPractices: z.array(PracticeCard),
  latestStatements: z.array(StatementCard),
  businessSupporters: z.array(BusinessSupporter),
})

export const CompactComponentPage = CompactRef.extend({
  explanation: z.string(),
  /** The newest COMPACT_LIST_LIMIT of each, and how many there are in all. */
  bestPractices: z.array(PracticeCard),
  bestPracticeCount: int,
  mayoralStatements: z.array(StatementCard),
  mayoralStatementCount: int,
}).nullable()

export const CenterSectionPage = z
  .object({
    _id: id,
    title: z.string(),
    slug,
    order: int,
    summary: z.string(),
    body: RichText,
    keyFacts: list(SourcedFact),
    figures: list(CaptionedFigure),
    contact: PersonRef.nullable(),
    links: list(Link),
  })
  .nullable()

export const PracticeContact = z.object({
  useCenterContact: flag,
  name: z.string().nullable(),
  title: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
})

export const BestPracticePage = PracticeCard.extend({
  problem: z.string().nullable(),
  approach: z.string(),
  results: z.string().nullable(),
  lastReviewedAt: date.nullable(),
  links: list(Link),
  sources: list(Link),
  contact: PracticeContact,
  /** The Center's contact person, when the practice refers readers to the Center and one is set. */
  centerContact: PersonRef.nullable(),
  /** The Conference's address and telephone, named when the practice refers readers to the Center and no contact person is set. */
  conferenceContact: PostalContact,
  grantAwards: z.array(GrantAward),
  related: z.array(PracticeCard),
})
  .refine((p) => p.contact.useCenterContact || Boolean(p.contact.name), {
    message: 'names no contact: neither a city contact nor a referral to the Center',
    path: ['contact'],
  })
  .nullable()

export const Resources = z.object({ organizations: z.array(Organization), publications: z.array(Publication) })

export const OrganizationPage = Organization.extend({
  publications: z.array(Publication),
  reports: z.array(ReportCard),
  people: z.array(PersonRef),
}).nullable()

export const GrantProgram = z.object({
  _id: id,
  names: z.array(z.object({ _key: key, name: z.string(), years: z.string() })).min(1),
  purpose: z.string(),
  partner: OrganizationRef,
  announcedOn: date,
  announcedAt: z.string().nullable(),
  announcedBy: PersonRef.nullable(),
  funding: z.array(z.string()),
  tiers: z.array(
    z.object({ _key: key, tier: z.enum(GRANT_TIER_VALUES), population: z.string(), amount: int.nullable(), note: z.string().nullable() }),
  ),
  judges: z.string().nullable(),
  eligiblePractices: list(z.string()),
  sharing: z.string().nullable(),
  sourceNotes: list(z.string()),
  sources: list(Link),
  rounds: z.array(GrantRound),
})

export const CitySummary = CityRef.extend({
  location: z.object({ lat: z.number(), lng: z.number() }),
  coalitionMember: z.boolean().nullable(),
  currentMayor: PersonRef.nullable(),
  practiceCount: int,
  statementCount: int,
  awardCount: int,
})

/** citiesQuery's result: the cities, and the city of each practice, statement and award, counted into CitySummary[]. */
export const CityDirectory = z
  .object({
    cities: z.array(CitySummary.omit({ practiceCount: true, statementCount: true, awardCount: true })),
    practiceCities: z.array(z.string().nullable()),
    statementCities: z.array(z.string().nullable()),
    awardCities: z.array(z.string().nullable()),
  })
  .transform(({ cities, practiceCities, statementCities, awardCities }): z.output<typeof CitySummary>[] => {
    const tally = (refs: (string | null)[]) => {
      const counts = new Map<string, number>()
      for (const ref of refs) if (ref) counts.set(ref, (counts.get(ref) ?? 0) + 1)
      return counts
    }
    const [practices, statements, awards] = [tally(practiceCities), tally(statementCities), tally(awardCities)]
    return cities.map((city) => ({
      ...city,
      practiceCount: practices.get(city._id) ?? 0,
      statementCount: statements.get(city._id) ?? 0,
      awardCount: awards.get(city._id) ?? 0,
    }))
  })

export const CityPage = CitySummary.omit({ practiceCount: true, statementCount: true, awardCount: true })
  .extend({
    /** Other 2020 figures, each with the citable page that gives it (the staff's population note is not read). */
    populationAlternatives: list(SourcedFact),
    sources: list(Link),
    mayors: list(
      z.object({ _key: key, period: z.string().nullable(), isCurrent: flag, sourceUrl: z.string().nullable(), person: PersonRef }),
    ),
    statements: z.array(StatementCard),
    practices: z.array(PracticeCard),
    grantAwards: z.array(GrantAward),
    milestones: z.array(Milestone),
    people: z.array(PersonRef),
    /** The city contacts named by its published practices (those not referring readers to the Center). */
    practiceContacts: z.array(
      z.object({
        _id: id,
        title: z.string(),
        slug,
        contact: z.object({ name: z.string(), title: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable() }),
      }),
    ),
  })
  .nullable()

export const SitemapEntry = z.object({
  _id: id,
  _type: z.enum(['centerSection', 'compactComponent', 'bestPractice', 'organization', 'city']),
  slug: slug.nullable(),
  number: int.nullable(),
  /** `_updatedAt` (always set in the Content Lake), else the document's own date; null in a bare export. */
  lastModified: z.string().nullable(),
})

export const FeedItem = z.object({
  _id: id,
  _type: z.enum(['bestPractice', 'mayoralStatement']),
  title: z.string(),
  slug,
  summary: z.string(),
  date,
  city: CityRef,
})

/** What the finder (lib/search) indexes: searchDocumentsQuery. */
export const SearchDocuments = z.object({
  practices: z.array(
    PracticeCard.extend({ problem: z.string().nullable(), approach: z.string(), results: z.string().nullable() }),
  ),
  statements: z.array(
    StatementCard.extend({
      quote: z.string().nullable(),
      topics: list(z.enum(PRACTICE_TOPIC_VALUES)),
      outputs: list(z.string()),
      compactComponents: list(CompactRef),
    }),
  ),
  awards: z.array(
    z.object({
      _id: id,
      level: z.enum(AWARD_LEVEL_VALUES),
      tier: z.enum(GRANT_TIER_VALUES).nullable(),
      programName: z.string().nullable(),
      summary: z.string().nullable(),
      round: GrantRoundRef,
      city: CityRef,
      mayor: z.object({ _id: id, name: z.string() }).nullable(),
      /** The practice describing the program, when it is published. */
      practice: z
        .object({ _id: id, slug, topics: list(z.enum(PRACTICE_TOPIC_VALUES)), compactComponents: list(CompactRef) })
        .nullable(),
    }),
  ),
  organizations: z.array(OrganizationRef.extend({ description: z.string(), services: list(z.string()) })),
  publications: z.array(Publication.omit({ url: true, order: true, about: true })),
})

/** searchVersionQuery: a fingerprint of the finder's documents. */
export const SearchVersion = z.object({ count: int, revisions: z.array(z.string().nullable()) })

export const SlugParams = z.array(z.object({ slug }))
export const CompactNumberParams = z.array(z.object({ number: z.string().regex(/^\d+$/) }))

// ---------------------------------------------------------------------------------------------
// Types for pages and components

export type Link = z.output<typeof Link>
export type CityRef = z.output<typeof CityRef>
export type PersonRef = z.output<typeof PersonRef>
export type OrganizationRef = z.output<typeof OrganizationRef>
export type CompactRef = z.output<typeof CompactRef>
export type PostalContact = z.output<typeof PostalContact>
export type ImageRef = z.output<typeof ImageRef>
export type CaptionedFigure = z.output<typeof CaptionedFigure>
export type SourcedFact = z.output<typeof SourcedFact>
export type ReportFigure = z.output<typeof ReportFigure>
export type InternalLinkTarget = z.output<typeof InternalLinkTarget>
export type TextBlock = z.output<typeof TextBlock>
export type RichText = z.output<typeof RichText>
export type SiteSettings = z.output<typeof SiteSettings>
export type CompactComponentSummary = z.output<typeof CompactComponentSummary>
export type Activity = z.output<typeof Activity>
export type PracticeCard = z.output<typeof PracticeCard>
export type StatementCard = z.output<typeof StatementCard>
export type BusinessSupporter = z.output<typeof BusinessSupporter>
export type Statement = z.output<typeof Statement>
export type GrantAward = z.output<typeof GrantAward>
export type Milestone = z.output<typeof Milestone>
export type Publication = z.output<typeof Publication>
export type Organization = z.output<typeof Organization>
export type Report = z.output<typeof Report>
export type PlanAction = z.output<typeof PlanAction>
export type GrantRound = z.output<typeof GrantRound>
export type Video = z.output<typeof Video>
export type DisparityIndicator = z.output<typeof DisparityIndicator>
export type CitySummary = z.output<typeof CitySummary>
export type SitemapEntry = z.output<typeof SitemapEntry>
export type FeedItem = z.output<typeof FeedItem>
export type NavigationSection = z.output<typeof NavigationSection>
export type StatementOutput = z.output<typeof StatementOutput>
export type GrantRoundRef = z.output<typeof GrantRoundRef>
export type OrganizationRelation = z.output<typeof OrganizationRelation>
export type ReportCard = z.output<typeof ReportCard>
export type HomePage = z.output<typeof HomePage>
export type CompactComponentPage = z.output<typeof CompactComponentPage>
export type CenterSectionPage = z.output<typeof CenterSectionPage>
export type PracticeContact = z.output<typeof PracticeContact>
export type BestPracticePage = z.output<typeof BestPracticePage>
export type Resources = z.output<typeof Resources>
export type OrganizationPage = z.output<typeof OrganizationPage>
export type GrantProgram = z.output<typeof GrantProgram>
export type CityPage = z.output<typeof CityPage>
export type SearchDocuments = z.output<typeof SearchDocuments>
export type SearchVersion = z.output<typeof SearchVersion>

// ---------------------------------------------------------------------------------------------
// Translations (lib/i18n): the words of one English document in another language.

export const TranslatedFact = z.object({ factKey: z.string(), value: z.string(), label: z.string() })

export const Translation = z.object({
  _id: id,
  /** The `_id` of the English document translated. */
  documentId: id,
  documentType: z.string(),
  name: z.string().nullish(),
  shortName: z.string().nullish(),
  title: z.string().nullish(),
  shortTitle: z.string().nullish(),
  tagline: z.string().nullish(),
  mission: z.string().nullish(),
  metaDescription: z.string().nullish(),
  summary: z.string().nullish(),
  explanation: z.string().nullish(),
  text: z.string().nullish(),
  description: z.string().nullish(),
  statusNote: z.string().nullish(),
  place: z.string().nullish(),
  quoteTranslation: z.string().nullish(),
  body: RichText.nullish(),
  keyFacts: z.array(TranslatedFact).nullish(),
})
export type Translation = z.infer<typeof Translation>
