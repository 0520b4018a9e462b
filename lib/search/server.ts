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
import { toSearchDocs } from './documents'
import { buildFinderIndex, MatchCache, searchFinder, type FinderIndex, type FinderResult } from './engine'
import type { FinderState } from './url'

export const SETTLE_MS = 30_000

interface Loaded {
  version: string
  documents: string
  index: FinderIndex
  cache: MatchCache
}

let current: Loaded | null = null
let unsettled: { version: string; since: number } | null = null

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
  current = { version, documents, index: buildFinderIndex(toSearchDocs(data)), cache: new MatchCache() }
  unsettled = null
  return current
}

/** The index of the current content (built on first use, rebuilt when the content changes). */
export async function loadFinderIndex(): Promise<FinderIndex> {
  return (await load()).index
}

/** Searches the current content; words searched recently are not searched again. */
export async function findOnServer(state: FinderState): Promise<{ result: FinderResult; corpusSize: number }> {
  const { index, cache } = await load()
  return { result: searchFinder(index, state, { cache }), corpusSize: index.docs.length }
}
