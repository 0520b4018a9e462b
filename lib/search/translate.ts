/**
 * The finder's documents in Spanish: each document with its published translation laid over it
 * (`translation`), so that the Spanish finder indexes the Spanish words with Spanish analysis and
 * its cards show them. Pure: no Next, no I/O.
 *
 * What is taken, by the rule of the rest of the site (lib/i18n/translate.ts: a document is shown in
 * Spanish when its translation has every field shown): the summary (`summary`, or an organization's
 * `description`) and the title (`title`, or `name`) when the document has one translated; a
 * statement's quote translation is indexed. Topics and Compact components are indexed by their
 * Spanish titles, translated or not, so an English-only practice is found by its topic's Spanish name.
 */
import { topicTitleIn } from '../i18n/vocabulary'
import type { TranslationMap } from '../i18n/translate'
import type { SearchDoc, SearchTranslation } from './documents'

const filled = (value: string | null | undefined): value is string => typeof value === 'string' && value.trim().length > 0

/** The documents with their Spanish words where their translation has them (the same array, copied, in the same order). */
export function translateSearchDocs(docs: readonly SearchDoc[], map: TranslationMap, lang: 'es'): SearchDoc[] {
  if (map.size === 0) return [...docs]
  const componentTitle = (id: string, fallback: string) => {
    const t = map.get(id)
    return filled(t?.title) ? t.title : fallback
  }
  return docs.map((doc) => {
    const t = map.get(doc.id)
    const summary = t ? (filled(t.summary) ? t.summary : filled(t.description) ? t.description : null) : null
    // Organizations' titles are their names (and acronyms): kept unless the translation names them.
    const title = t ? (filled(t.title) ? t.title : filled(t.name) ? t.name : null) : null
    // Shown in Spanish when the summary is, with the title (a resource's name may stay as it is).
    const shown = summary && (title || doc.kind === 'resource') ? { title, summary } : { title: null, summary: null }
    const tags = [...doc.topics.map((tp) => topicTitleIn(lang, tp)), ...doc.components.map((c) => componentTitle(c.id, c.title))].join(' · ')
    const body = filled(t?.quoteTranslation) ? t.quoteTranslation : ''
    if (!shown.summary && !tags && !body) return doc
    const translation: SearchTranslation = { lang, ...shown, body, tags }
    return { ...doc, translation }
  })
}

/**
 * A short fingerprint of the translations the documents would take: a new Spanish index is built
 * when it changes. Only the translations of the indexed documents and of their Compact components
 * are read, once per request (a few dozen strings).
 */
export function translationKey(docs: readonly SearchDoc[], map: TranslationMap): string {
  if (map.size === 0) return ''
  const parts: string[] = []
  const components = new Set<string>()
  for (const doc of docs) {
    const t = map.get(doc.id)
    if (t) parts.push(doc.id, t.title ?? '', t.name ?? '', t.summary ?? '', t.description ?? '', t.quoteTranslation ?? '')
    for (const c of doc.components) components.add(c.id)
  }
  for (const id of [...components].sort()) parts.push(id, map.get(id)?.title ?? '')
  return parts.join('\u0000')
}
