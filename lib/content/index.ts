/**
 * The door pages use to reach content.
 *
 *   const practice = await fetchContent(bestPracticeQuery, { slug })
 *
 * Published content is cached with Next's Cache Components: `cachedQuery` (./cached.ts) is a `'use cache'`
 * function, keyed by the query's name, its params and the source's version (the embedded dataset's
 * hash, or the Sanity project, dataset and API version), so a cached entry never outlives its data.
 * Each entry is tagged:
 *
 *   - `content` + `type:<T>` for every document type the query reads (./tags.ts), on both sources:
 *     the signed webhook (app/api/revalidate) revalidates these;
 *   - on a Sanity project, also the Content Lake's sync tags (`sanity:s1:…`), through next-sanity's
 *     `sanityFetch` (./live.ts): `<SanityLive />` revalidates these within seconds of a publish.
 *
 * Its life (`CONTENT_CACHE_LIFE`) has a time-based safety net of REVALIDATE_SECONDS, webhook or
 * Live or not: a change published while no browser was listening still shows within the hour.
 * Prerendered pages take their tags and life from the entries they read, so revalidating a tag
 * regenerates exactly the pages that read it.
 *
 * Request-time values never enter the cached scope: draft mode is read here, outside it (and in
 * draft mode the cache is not used at all: drafts are read uncached and nothing is stored); pages
 * read their searchParams themselves and pass plain values as params. The raw result is cached and
 * validated on every read, so a cached entry never outlives a change of model.
 */
import 'server-only'
import { draftMode } from 'next/headers'
import { unstable_rethrow } from 'next/navigation'
import { cache } from 'react'
import { sanityEnv } from '../env'
import type { AnyContentQuery, ParamsArgs, QueryParams, ResultOf } from './define'
import { cachedQuery, pageQuery } from './cached'
import { checkParams, defaultSource, runQuery, validateResult } from './run'

export { CONTENT_CACHE_LIFE, REVALIDATE_SECONDS } from './cached'

/**
 * Runs a query through the cache (published perspective) and returns its validated result.
 * Within one request (or one prerender) the same query with the same params runs once: a page and
 * its generateMetadata share the result.
 */
export async function fetchContent<Q extends AnyContentQuery>(def: Q, ...[params]: ParamsArgs<Q>): Promise<ResultOf<Q>> {
  return fetchOncePerRequest(def, JSON.stringify(checkParams(def, params))) as Promise<ResultOf<Q>>
}

/** React's request memoization compares arguments by identity: the params go in as their JSON. */
const fetchOncePerRequest = cache(async (def: AnyContentQuery, paramsJson: string): Promise<unknown> => {
  const params = JSON.parse(paramsJson) as QueryParams
  // Staff previewing drafts (draft mode, /api/draft-mode/enable) read the drafts perspective, uncached.
  if (await isDraftMode()) return fetchDraftContent(def, ...([params] as ParamsArgs<AnyContentQuery>))
  return fetchPublished(def, params)
})

async function fetchPublished(def: AnyContentQuery, params: QueryParams): Promise<unknown> {
  if (pageQuery(def.name) !== def) throw new Error(`Query "${def.name}" is not one of ALL_QUERIES (lib/content/queries.ts)`)
  const version = await defaultSource().version()
  return validateResult(def, await cachedQuery(def.name, JSON.stringify(params), version))
}

/**
 * Published content only, whatever the request: for what draft mode never shows (the feed, the
 * sitemap). It never asks for draft mode, which a route handler could then not be prerendered without.
 */
export async function fetchPublishedContent<Q extends AnyContentQuery>(def: Q, ...[params]: ParamsArgs<Q>): Promise<ResultOf<Q>> {
  return fetchPublished(def, checkParams(def, params)) as Promise<ResultOf<Q>>
}

/**
 * Whether this request is in draft mode. False while prerendering (static pages stay static: Next
 * returns a disabled draft mode there), at build time (generateStaticParams) and outside requests.
 */
async function isDraftMode(): Promise<boolean> {
  try {
    return (await draftMode()).isEnabled
  } catch (error) {
    unstable_rethrow(error)
    return false
  }
}

/**
 * For draft mode: the same query with the `drafts` perspective, never cached. On the
 * Sanity source it uses SANITY_API_READ_TOKEN; on the embedded source, drafts in the file show.
 */
export async function fetchDraftContent<Q extends AnyContentQuery>(def: Q, ...[params]: ParamsArgs<Q>): Promise<ResultOf<Q>> {
  const source = defaultSource()
  const token = sanityEnv().readToken
  if (source.kind === 'sanity' && !token) throw new Error('Draft content needs SANITY_API_READ_TOKEN')
  return runQuery(def, params, { source, perspective: 'drafts', token })
}

export * from './queries'
export type * from './models'
export type { AnyContentQuery, ContentQuery, ParamsOf, ResultOf } from './define'
export { ContentValidationError } from './errors'
export { ALL_CONTENT_TAG, tagsForChange, tagsForTypes, typeTag } from './tags'
