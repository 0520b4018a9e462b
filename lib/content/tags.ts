/**
 * The one vocabulary of cache tags, shared by the content fetches (lib/content/index.ts) and the
 * revalidation webhook. Every fetch carries `content` plus `type:<documentType>` for every document
 * type its query reads (top-level documents and every dereferenced or joined one), so a change to a
 * document of type T only has to revalidate `type:T`.
 */

/** Every document type of the content model (schemas/), singletons included. A test keeps them in step. */
export const DOCUMENT_TYPES = [
  'siteSettings',
  'grantProgram',
  'centerSection',
  'compactComponent',
  'centerActivity',
  'planAction',
  'milestone',
  'person',
  'city',
  'bestPractice',
  'mayoralStatement',
  'organization',
  'publication',
  'report',
  'disparityIndicator',
  'grantRound',
  'grantAward',
  'video',
  'translation',
] as const

export type DocumentType = (typeof DOCUMENT_TYPES)[number]

/** Carried by every content fetch: revalidating it refreshes all content. */
export const ALL_CONTENT_TAG = 'content'

export type TypeTag = `type:${DocumentType}`

export function isDocumentType(value: unknown): value is DocumentType {
  return typeof value === 'string' && (DOCUMENT_TYPES as readonly string[]).includes(value)
}

export function typeTag(type: DocumentType): TypeTag {
  return `type:${type}`
}

/** The tags of a fetch that reads these types: `content` first, then one per type, without repeats. */
export function tagsForTypes(types: readonly DocumentType[]): string[] {
  return [ALL_CONTENT_TAG, ...new Set(types.map(typeTag))]
}

/**
 * What to revalidate when a document of `changedType` is created, updated or deleted (`_type` from
 * the webhook body; `drafts.` documents never reach the public site). Since each query declares
 * every type it reads, the type's own tag is enough; an unknown type revalidates everything.
 */
export function tagsForChange(changedType: string): string[] {
  return isDocumentType(changedType) ? [typeTag(changedType)] : [ALL_CONTENT_TAG]
}
