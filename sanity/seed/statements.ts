/**
 * Mayors' statements and initiatives in support of immigrants and minorities (July 2019), gathered
 * in the Center's "Support for Immigrants and Minorities" section.
 *
 * Facts: the Center's own page (one of the source documents, seeds/). Quotations are the mayors' words exactly as the
 * page gives them, without the outer quotation marks; everything else is in our own words.
 */
import type { PracticeTopic } from '../../lib/domain/vocabulary'
import { cityId, personId } from './cities'
import { ID, ref, slug, type SeedDoc } from './lib'

const COLLECTION = ID.section('support-for-immigrants-and-minorities')

type Precision = 'day' | 'month'

type OutputFact = {
  kind: 'statement' | 'resource-guide' | 'psa' | 'web-page' | 'community-program'
  title: string
  description?: string
  languages?: string[]
  date?: string
  datePrecision?: Precision
}

type StatementFact = {
  slug: string
  title: string
  city: string
  mayor: string
  alongside?: string[]
  /** Only where the seed dates the statement itself (not the Conference's July 2019 invitation). */
  date?: string
  datePrecision?: Precision
  quote?: string
  summary: string
  outputs: OutputFact[]
  components: number[]
  topics: PracticeTopic[]
}

const STATEMENTS: readonly StatementFact[] = [
  {
    slug: 'stockton-ca-2019',
    title: 'Stockton welcomes immigrants',
    city: 'stockton-ca',
    mayor: 'michael-tubbs',
    quote:
      'In Stockton, we welcome immigrants because we are a city built by immigrants.\u00a0 Each day Stocktonians of all backgrounds work side by side helping to build a stronger community and living out the phrase \u201cE Pluribus Unum\u201d \u2013 that out of many we are one.',
    summary:
      'Mayor Michael Tubbs said Stockton welcomes immigrants because immigrants built the city, and that its residents of every background work side by side to build a stronger community. The City produced a resource guide for its immigrant residents.',
    outputs: [{ kind: 'resource-guide', title: 'Resource Guide for Immigrant Stocktonians' }],
    components: [6, 7],
    topics: ['immigrant-inclusion'],
  },
  {
    slug: 'washington-dc-2019',
    title: 'Immigrants in DC are our neighbors',
    city: 'washington-dc',
    mayor: 'muriel-bowser',
    quote:
      'regardless of immigration status, immigrants in DC are our neighbors, coworkers, small business owners, family members, and valued members of our community, and we will continue working together to provide the supports and opportunities that every person in our city deserves.',
    summary:
      'Mayor Muriel Bowser said that immigrants in the District, whatever their immigration status, are valued members of the community, and that the city will keep working to give every resident the support and opportunities they deserve. The Mayor\u2019s website lists a comprehensive range of services and other resources available to immigrants.',
    outputs: [
      {
        kind: 'web-page',
        title: 'Services and resources for immigrants (Mayor\u2019s website)',
        description: 'An exhaustive list of the services and other resources available to immigrants in the District.',
      },
    ],
    components: [6, 7],
    topics: ['immigrant-inclusion'],
  },
  {
    slug: 'rochester-mn-2019',
    title: 'Rochester responds to threatened ICE raids',
    city: 'rochester-mn',
    mayor: 'kim-norton',
    alongside: ['jim-franklin'],
    date: '2019-07-11',
    datePrecision: 'day',
    summary:
      'Mayor Kim Norton and Police Chief Jim Franklin issued a joint statement on July 11, 2019, in response to threatened ICE raids. The Mayor emphasizes regular communication with members of the city\u2019s diverse communities, the City\u2019s relationship with the Diversity Council, and more community relationship-building activities, called Safe City Nights, sponsored by law enforcement throughout the summer.',
    outputs: [
      {
        kind: 'statement',
        title: 'Statement on threatened ICE raids',
        description: 'Issued by Mayor Kim Norton and Police Chief Jim Franklin.',
        date: '2019-07-11',
        datePrecision: 'day',
      },
      {
        kind: 'community-program',
        title: 'Safe City Nights',
        description: 'Community relationship-building activities sponsored by law enforcement, increased throughout the summer of 2019.',
      },
    ],
    components: [6, 7],
    topics: ['immigrant-inclusion', 'community-policing', 'community-dialogue'],
  },
  {
    slug: 'evanston-il-2019',
    title: 'Evanston statements on expected ICE activity',
    city: 'evanston-il',
    mayor: 'stephen-hagerty',
    date: '2019-06-01',
    datePrecision: 'month',
    summary:
      'Mayor Stephen Hagerty issued statements about expected ICE activity in June, in English and in Spanish, and in July.',
    outputs: [
      {
        kind: 'statement',
        title: 'Statements on expected ICE activity, issued in June (in English and in Spanish) and in July',
        languages: ['English', 'Spanish'],
      },
    ],
    components: [6],
    topics: ['immigrant-inclusion'],
  },
  {
    slug: 'nashville-tn-2019',
    title: 'Nashville\u2019s Spanish-language PSA and statement to the immigrant community',
    city: 'nashville-tn',
    mayor: 'david-briley',
    date: '2019-07-12',
    datePrecision: 'day',
    summary:
      'Mayor David Briley released a public service announcement in Spanish, with English subtitles, on July 12, 2019; it was viewed more than 110,000 times shortly after its release. On July 22, 2019, he issued a statement aimed at the immigrant community, after a widely reported incident in which community members blocked an attempt by ICE to arrest residents.',
    outputs: [
      {
        kind: 'psa',
        title: 'Spanish-language public service announcement',
        description: 'In Spanish with English subtitles; more than 110,000 views shortly after its release.',
        languages: ['Spanish', 'English (subtitles)'],
        date: '2019-07-12',
        datePrecision: 'day',
      },
      {
        kind: 'statement',
        title: 'Statement to the immigrant community',
        description: 'Issued after community members blocked an ICE attempt to arrest residents, in a highly publicized incident.',
        date: '2019-07-22',
        datePrecision: 'day',
      },
    ],
    components: [6],
    topics: ['immigrant-inclusion'],
  },
  {
    slug: 'santa-fe-nm-2019',
    title: 'Santa Fe on the threat of nationwide ICE raids',
    city: 'santa-fe-nm',
    mayor: 'alan-webber',
    quote:
      'fundamentally un-American and antithetical to our values. Even the suggestion is enough to foster fear among all our people, not just immigrants. It hurts our law enforcement, hampers our economy, traumatizes families and children, and casts a shadow on the whole community.',
    summary:
      'Mayor Alan Webber issued a statement on the threat of coordinated ICE raids across the nation, calling them un-American and contrary to the city\u2019s values, and saying that even the threat spreads fear among all residents, harms law enforcement and the economy, traumatizes families and children, and affects the whole community. The City also published a summary of its response.',
    outputs: [
      {
        kind: 'statement',
        title: 'Statement on the threat of coordinated nationwide ICE raids',
      },
      { kind: 'web-page', title: 'Summary of Santa Fe\u2019s response' },
    ],
    components: [6],
    topics: ['immigrant-inclusion'],
  },
]

function outputValue(output: OutputFact) {
  return { _type: 'statementOutput', ...output }
}

function statementDocument(statement: StatementFact): SeedDoc {
  return {
    _id: ID.statement(statement.slug),
    _type: 'mayoralStatement',
    title: statement.title,
    slug: slug(statement.slug),
    collection: ref(COLLECTION),
    city: ref(cityId(statement.city)),
    mayor: ref(personId(statement.mayor)),
    alongside: statement.alongside?.map((p) => ref(personId(p))),
    date: statement.date,
    datePrecision: statement.datePrecision,
    quote: statement.quote,
    summary: statement.summary,
    outputs: statement.outputs.map(outputValue),
    compactComponents: statement.components.map((n) => ref(ID.compact(n))),
    topics: statement.topics,
  }
}

export function statementDocuments(): SeedDoc[] {
  return STATEMENTS.map(statementDocument)
}
