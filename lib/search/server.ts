/**
 * The finder's index on the server, kept in memory per version of the content.
 *
 * Each request reads `searchVersionQuery` (a small fingerprint: the count and `_rev` of every
 * document the finder reads) through the content door, cached and tagged like every query. While
 * it is unchanged, the index in memory answers. When it changes (a webhook revalidated a type the
 * finder reads), the documents are read with `searchDocumentsQuery` and the index is rebuilt from
 * them, synchronously, so no request ever sees half an index.
 *
 * Next serves a stale cache entry while it refreshes it, so the first read of the documents after a
 * change can still return the old ones. The index is therefore keyed by a hash of the documents
 * too: when a new fingerprint comes with the same documents, the fingerprint is not adopted yet and
 * the next requests read the documents again, until they change, or for SETTLE_MS, after which the
 * change is taken for one the finder does not show (say, a person's phone number).
 *
 * Reading the documents on every request instead would cost their size each time (16 MB for 10,000
 * practices, which Next's data cache also refuses to keep: it holds entries up to 2 MB).
 */
import 'server-only'
import { createHash } from 'node:crypto'
import { fetchContent, searchDocumentsQuery, searchVersionQuery } from '../content'
import type { Lang } from '../i18n/locales'
import { NO_TRANSLATIONS, type TranslationMap } from '../i18n/translate'
import { toSearchDocs, type SearchDoc } from './documents'
import { translateSearchDocs, translationKey } from './translate'
import { buildFinderIndex, MatchCache, searchFinder, type FinderIndex, type FinderResult } from './engine'
import type { FinderState } from './url'

export const SETTLE_MS = 30_000

interface Loaded {
  version: string
  documents: string
  /** The documents as read (before any translation). */
  docs: SearchDoc[]
  index: FinderIndex
  cache: MatchCache
}

/** The Spanish index: the same documents with their translations, and the translations' fingerprint. */
interface Translated {
  base: Loaded
  key: string
  index: FinderIndex
  cache: MatchCache
}

let current: Loaded | null = null
let unsettled: { version: string; since: number } | null = null
let spanish: Translated | null = null

/** A short hash of a value's JSON (a fingerprint, not a security measure). */
export function contentHash(value: unknown): string {
  return createHash('sha1').update(JSON.stringify(value)).digest('hex').slice(0, 16)
}

async function load(): Promise<Loaded> {
  const version = contentHash(await fetchContent(searchVersionQuery))
  if (current?.version === version) return current
  const data = await fetchContent(searchDocumentsQuery)
  const documents = contentHash(data)
  if (current && current.documents === documents) {
    const now = Date.now()
    if (unsettled?.version !== version) unsettled = { version, since: now }
    else if (now - unsettled.since >= SETTLE_MS) {
      current = { ...current, version }
      unsettled = null
    }
    return current
  }
  const docs = toSearchDocs(data)
  current = { version, documents, docs, index: buildFinderIndex(docs), cache: new MatchCache() }
  unsettled = null
  return current
}

/**
 * The index for a page in `lang`: in Spanish, built from the same documents with their Spanish
 * translations (`translations`, the page's map), and built again when either changes. Checking the
 * translations costs a pass over the documents' few translated strings per request.
 */
async function loadIn(lang: Lang, translations: TranslationMap): Promise<{ index: FinderIndex; cache: MatchCache }> {
  const base = await load()
  if (lang === 'en') return base
  const key = translationKey(base.docs, translations)
  if (spanish?.base === base && spanish.key === key) return spanish
  spanish = { base, key, index: buildFinderIndex(translateSearchDocs(base.docs, translations, lang), lang), cache: new MatchCache() }
  return spanish
}

/** The index of the current content (built on first use, rebuilt when the content changes). */
export async function loadFinderIndex(lang: Lang = 'en', translations: TranslationMap = NO_TRANSLATIONS): Promise<FinderIndex> {
  return (await loadIn(lang, translations)).index
}

/** Searches the current content, in `lang`; words searched recently are not searched again. */
export async function findOnServer(
  state: FinderState,
  lang: Lang = 'en',
  translations: TranslationMap = NO_TRANSLATIONS,
): Promise<{ result: FinderResult; corpusSize: number }> {
  const { index, cache } = await loadIn(lang, translations)
  return { result: searchFinder(index, state, { cache }), corpusSize: index.docs.length }
}
