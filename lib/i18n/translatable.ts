/**
 * Which document types have translations, and which of their fields a translation carries. Only
 * words are translated: numbers, dates, names, references and links stay on the one English
 * document, so a fact corrected there is corrected in every language at once.
 */
export const TRANSLATED_FIELDS = {
  siteSettings: ['name', 'shortName', 'tagline', 'mission', 'metaDescription'],
  centerSection: ['title', 'summary', 'body', 'keyFacts'],
  compactComponent: ['title', 'shortTitle', 'explanation'],
  planAction: ['text'],
  centerActivity: ['title', 'description', 'statusNote'],
  mayoralStatement: ['title', 'summary', 'quoteTranslation'],
  bestPractice: ['title', 'summary'],
  milestone: ['title', 'place', 'description'],
  organization: ['description'],
} as const

export type TranslatableType = keyof typeof TRANSLATED_FIELDS
export type TranslatedField = (typeof TRANSLATED_FIELDS)[TranslatableType][number]

export const TRANSLATABLE_TYPES = Object.keys(TRANSLATED_FIELDS) as TranslatableType[]

/** The languages other than English the site publishes; a translation names one. */
export const TRANSLATION_LANGUAGES = [{ value: 'es', title: 'Spanish (Español)' }] as const

/** The fixed id of a document's translation: one per document and language ("translation-es-compactComponent-3"). */
export function translationId(language: string, documentId: string): string {
  return `translation-${language}-${documentId.replace(/^drafts\./, '')}`
}

export function isTranslatableType(type: unknown): type is TranslatableType {
  return typeof type === 'string' && Object.prototype.hasOwnProperty.call(TRANSLATED_FIELDS, type)
}
