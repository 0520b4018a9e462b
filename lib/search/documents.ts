/**
 * The finder's documents: one flat shape for practices, statements, grant awards and resources,
 * made from the result of `searchDocumentsQuery` (lib/content/queries.ts). Pure: no Next, no I/O.
 */
import type { SearchDocuments } from '../content/models'
import { formatDate, type DatePrecision } from '../i18n/format'
import { stateName } from '../domain/states'
import { PUBLICATION_KINDS, populationTier, titleOf, type PracticeTopic } from '../domain/vocabulary'
import { grantRoundHref, organizationHref, practiceHref, publicationHref, statementHref } from '../routes'
import { PRACTICE_TOPICS, type FinderKind, type Tier } from './vocabulary'

export interface SearchCity {
  slug: string
  name: string
  state: string
  population: number | null
}

export interface SearchComponent {
  /** The component's document `_id` (its translation is found by it). */
  id: string
  number: number
  title: string
  shortTitle: string
}

/** A grant a program won: shown on its card, and the source of its "Grant-winning programs" facet. */
export interface SearchAward {
  winner: boolean
  year: number
  /** The round's population tier the city competed in. */
  tier: Tier | null
}

/** What a document's `label` says, as data, so that a page in another language can say it in its words. */
export type SearchLabel =
  | { kind: 'started'; year: number }
  | { kind: 'date'; iso: string; precision: DatePrecision }
  | { kind: 'award'; winner: boolean; year: number }
  | { kind: 'organization' }
  | { kind: 'publication'; value: string }

export interface SearchDoc {
  id: string
  kind: FinderKind
  /** A word or two under the kind: "Winner, 2021", "Guide", "Organization". */
  label: string | null
  title: string
  summary: string
  /** The rest of the text (problem, approach, results; a quote; services; contents). Indexed, not shown. */
  body: string
  /** City, state name and code, e.g. "Columbia South Carolina SC". Indexed. */
  place: string
  /** Topic and Compact component titles. Indexed. */
  tags: string
  href: string
  city: SearchCity | null
  state: string | null
  tier: Tier | null
  components: SearchComponent[]
  topics: PracticeTopic[]
  /** The year facet: when a practice started (else was published), a statement's date, an award's round, a publication's year. */
  year: number | null
  /** Every year of the year facet, where there is more than `year` (a practice's start and its grant's round). */
  years?: number[]
  /** For ordering without a query: ISO date or year; newest first. */
  date: string
  /** Short facts shown under the title, e.g. "Mayor Jane Doe", "July 2019". */
  meta: string[]
  /** `label` as data (absent where there is no label). */
  labelOf?: SearchLabel
  /** The mayor `meta` names, if any (a page in another language names the office in its words). */
  mayor?: string
  /**
   * The grants a best practice won. A grant-winning practice is one result, not two: it counts as
   * a best practice and as a grant-winning program, and its years include the grant's.
   */
  awards?: SearchAward[]
  /** The document's words in the page's language, where translated (lib/search/translate.ts). */
  translation?: SearchTranslation
}

/** A document's words in another language: shown on its card and indexed with that language's analysis. */
export interface SearchTranslation {
  lang: 'es'
  /** Null where the title is not translated (a name, say, or no translation): the card shows the original. */
  title: string | null
  /** Null where the document has no translation shown: its card is in its original words. */
  summary: string | null
  body: string
  tags: string
}

const yearOf = (iso: string) => Number(iso.slice(0, 4))

function placeText(city: SearchCity | null): string {
  return city ? `${city.name} ${stateName(city.state)} ${city.state}` : ''
}

function tagText(topics: readonly PracticeTopic[], components: readonly SearchComponent[]): string {
  return [...topics.map((t) => titleOf(PRACTICE_TOPICS, t)), ...components.map((c) => c.title)].join(' · ')
}

const joinText = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join('\n\n')

function city(c: { slug: string; name: string; state: string; population: number | null }): SearchCity {
  return { slug: c.slug, name: c.name, state: c.state, population: c.population }
}

/** The place and subject fields of a document about a city. */
function aboutCity(c: SearchCity, topics: readonly PracticeTopic[], components: SearchComponent[], tier = populationTier(c.population)) {
  return { place: placeText(c), tags: tagText(topics, components), city: c, state: c.state, tier, components, topics: [...topics] }
}

/** The same fields for a document about no city and no subject (organizations, publications). */
export function aboutNoCity(): Pick<SearchDoc, 'place' | 'tags' | 'city' | 'state' | 'tier' | 'components' | 'topics'> {
  return { place: '', tags: '', city: null, state: null, tier: null, components: [], topics: [] }
}

const component = (c: Omit<SearchComponent, 'id'> & { _id: string }): SearchComponent => ({ id: c._id, number: c.number, title: c.title, shortTitle: c.shortTitle })
const byNumber = (a: SearchComponent, b: SearchComponent) => a.number - b.number

/** Every searchable document, in a stable order (kind, then `_id`). */
export function toSearchDocs(data: SearchDocuments): SearchDoc[] {
  const docs: SearchDoc[] = []

  for (const p of data.practices) {
    const c = city(p.city)
    const components = p.compactComponents.map(component).sort(byNumber)
    docs.push({
      id: p._id,
      kind: 'practice',
      label: p.startedYear != null ? `Started ${p.startedYear}` : null,
      ...(p.startedYear != null ? { labelOf: { kind: 'started' as const, year: p.startedYear } } : {}),
      title: p.title,
      summary: p.summary,
      body: joinText(p.problem, p.approach, p.results),
      href: practiceHref(p.slug),
      ...aboutCity(c, p.topics, components),
      year: p.startedYear ?? yearOf(p.publishedAt),
      date: p.publishedAt,
      meta: [],
    })
  }

  for (const s of data.statements) {
    const c = city(s.city)
    const components = s.compactComponents.map(component).sort(byNumber)
    docs.push({
      id: s._id,
      kind: 'statement',
      // An undated statement (no source dates it) has no label and no year.
      label: s.date ? formatDate('en', s.date, s.datePrecision ?? 'day') : null,
      ...(s.date ? { labelOf: { kind: 'date' as const, iso: s.date, precision: s.datePrecision ?? 'day' } } : {}),
      mayor: s.mayor.name,
      title: s.title,
      summary: s.summary,
      body: joinText(s.quote, s.outputs.join('\n')),
      href: statementHref(s.slug),
      ...aboutCity(c, s.topics, components),
      year: s.date ? yearOf(s.date) : null,
      date: s.date ?? '',
      meta: [`Mayor ${s.mayor.name}`],
    })
  }

  // A grant award for a published practice is part of that practice's result; the others are results of their own.
  const practiceAt = new Map(docs.map((d, i) => [d.id, i]))
  for (const a of data.awards) {
    const c = city(a.city)
    const at = a.practice ? practiceAt.get(a.practice._id) : undefined
    if (at !== undefined) {
      const p = docs[at]!
      docs[at] = {
        ...p,
        awards: [...(p.awards ?? []), { winner: a.level === 'winner', year: a.round.year, tier: a.tier ?? null }].sort((x, y) => x.year - y.year),
        // The award's words the practice lacks ("grant", the program's name) find it too.
        body: joinText(p.body, a.round.programName, a.programName !== p.title ? a.programName : null, a.summary !== p.summary ? a.summary : null),
        years: [...new Set([...(p.years ?? (p.year != null ? [p.year] : [])), a.round.year])].sort((x, y) => x - y),
      }
      continue
    }
    const components = (a.practice?.compactComponents ?? []).map(component).sort(byNumber)
    const topics = a.practice?.topics ?? []
    docs.push({
      id: a._id,
      kind: 'award',
      label: `${a.level === 'winner' ? 'Winner' : 'Honorable mention'}, ${a.round.year}`,
      labelOf: { kind: 'award', winner: a.level === 'winner', year: a.round.year },
      ...(a.mayor ? { mayor: a.mayor.name } : {}),
      title: a.programName ?? `${a.round.programName}: ${c.name}`,
      summary: a.summary ?? `${a.level === 'winner' ? 'Winner' : 'Honorable mention'} of the ${a.round.year} ${a.round.programName}.`,
      body: a.round.programName,
      href: a.practice ? practiceHref(a.practice.slug) : grantRoundHref(a.round.year),
      ...aboutCity(c, topics, components, populationTier(c.population) ?? a.tier),
      year: a.round.year,
      date: String(a.round.year),
      meta: a.mayor ? [`Mayor ${a.mayor.name}`] : [],
    })
  }

  for (const o of data.organizations) {
    docs.push({
      id: o._id,
      kind: 'resource',
      label: 'Organization',
      labelOf: { kind: 'organization' },
      title: o.acronym ? `${o.name} (${o.acronym})` : o.name,
      summary: o.description,
      body: o.services.join('\n'),
      href: organizationHref(o.slug),
      ...aboutNoCity(),
      year: null,
      date: '',
      meta: [],
    })
  }

  for (const p of data.publications) {
    docs.push({
      id: p._id,
      kind: 'resource',
      label: titleOf(PUBLICATION_KINDS, p.kind),
      labelOf: { kind: 'publication', value: p.kind },
      title: p.title,
      summary: p.description,
      body: joinText(p.contents.join('\n'), p.publishers.map((o) => o.name).join(', ')),
      href: publicationHref(p.slug),
      ...aboutNoCity(),
      year: p.year,
      date: p.year != null ? String(p.year) : '',
      meta: p.publishers.length > 0 ? [p.publishers.map((o) => o.acronym ?? o.name).join(', ')] : [],
    })
  }

  return docs
}
