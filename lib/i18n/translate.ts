/**
 * Translations laid over the English content. A page in Spanish fetches its English content as
 * usual and the Spanish translations (one cached query), then shows each document in Spanish where
 * its translation is complete, and in English, marked `lang="en"`, where it is not: never a blank, a
 * half-translated paragraph or a broken page. Each document carries `lang`, the language its words
 * are in, so components mark what differs from the page.
 */
import type { RichText, SourcedFact, Translation } from '../content/models'
import type { Lang } from './locales'

export type TranslationMap = ReadonlyMap<string, Translation>
export type WithLang = { lang: Lang }

export const NO_TRANSLATIONS: TranslationMap = new Map()

export function translationMap(translations: readonly Translation[]): TranslationMap {
  return new Map(translations.map((t) => [t.documentId, t]))
}

type StringField = 'name' | 'shortName' | 'title' | 'shortTitle' | 'tagline' | 'mission' | 'metaDescription' | 'summary' | 'explanation' | 'text' | 'description' | 'statusNote' | 'place'

const filled = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0

/**
 * The document with the listed fields in `lang`, when its translation has every one of them that the
 * English document has; otherwise the English document as it is. `lang` says which it is.
 */
export function translated<T extends { _id: string }, F extends StringField & keyof T>(
  doc: T,
  map: TranslationMap,
  fields: readonly F[],
  lang: Lang,
): T & WithLang {
  const t = lang === 'en' ? undefined : map.get(doc._id)
  if (!t) return { ...doc, lang: 'en' }
  const complete = fields.every((f) => !filled(doc[f]) || filled(t[f]))
  if (!complete) return { ...doc, lang: 'en' }
  const words = Object.fromEntries(fields.filter((f) => filled(t[f])).map((f) => [f, t[f]]))
  return { ...doc, ...words, lang }
}

/** A section: title and summary together, its text on its own (`bodyLang`), its key facts one by one. */
export function translatedSection<T extends { _id: string; title: string; summary: string; body: RichText; keyFacts: SourcedFact[] }>(
  section: T,
  map: TranslationMap,
  lang: Lang,
): T & WithLang & { bodyLang: Lang; keyFacts: (SourcedFact & WithLang)[] } {
  const head = translated(section, map, ['title', 'summary'] as const, lang)
  const t = lang === 'en' ? undefined : map.get(section._id)
  const body = t?.body && t.body.length > 0 ? t.body : null
  const facts = new Map((t?.keyFacts ?? []).map((f) => [f.factKey, f]))
  return {
    ...head,
    body: body ?? section.body,
    bodyLang: body ? lang : 'en',
    keyFacts: section.keyFacts.map((fact) => {
      const f = facts.get(fact._key)
      return f && filled(f.value) && filled(f.label) ? { ...fact, value: f.value, label: f.label, lang } : { ...fact, lang: 'en' as Lang }
    }),
  }
}

/** A mayor's statement: title and summary translated; the quote stays verbatim, its translation beside it. */
export function translatedStatement<T extends { _id: string; title: string; summary: string; quote?: string | null }>(
  statement: T,
  map: TranslationMap,
  lang: Lang,
): T & WithLang & { quoteTranslation: string | null } {
  const doc = translated(statement, map, ['title', 'summary'] as const, lang)
  const t = lang === 'en' ? undefined : map.get(statement._id)
  return { ...doc, quoteTranslation: statement.quote && filled(t?.quoteTranslation) ? t.quoteTranslation : null }
}

/** Marks an element whose words are not in the page's language. */
export function langAttr(textLang: Lang, pageLang: Lang): { lang?: Lang } {
  return textLang === pageLang ? {} : { lang: textLang }
}
