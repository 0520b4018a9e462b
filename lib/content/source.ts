import type { ContentSourceKind } from '../env'
import type { QueryParams } from './define'

/**
 * `published`: what the public site shows. `drafts`: drafts overlaid on published documents, for
 * draft mode (needs a read token on the Sanity source). `raw`: every document, drafts included.
 */
export type Perspective = 'published' | 'drafts' | 'raw'

export interface SourceQueryOptions {
  perspective?: Perspective
  /** Overrides the source's token (Sanity source only). */
  token?: string
  /** Names the request in the Content Lake's logs (Sanity source only). */
  tag?: string
  /** Told the `_id` of each document a `->` reads (embedded source only; the tests' loopback lake derives sync tags from it). */
  onDereference?: (id: string) => void
}

/** Where content comes from: the embedded NDJSON dataset or the Content Lake. Both answer GROQ alike. */
export interface ContentSource {
  readonly kind: ContentSourceKind
  /**
   * Names the data this source serves (the Sanity project, dataset and API version, or a hash of
   * the embedded file's contents); part of every cache key, so cached results never outlive it.
   */
  version(): Promise<string>
  /** The raw JSON result of a GROQ query (not yet validated). */
  query(query: string, params: QueryParams, options?: SourceQueryOptions): Promise<unknown>
}
