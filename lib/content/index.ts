/**
 * The door pages use to reach content.
 *
 *   const practice = await fetchContent(bestPracticeQuery, { slug })
 *
 * Each result is cached by Next with `unstable_cache`, tagged `content` + `type:<T>` for every
 * document type the query reads (./tags.ts), with a time-based safety net of REVALIDATE_SECONDS.
 * This works the same for both sources: the embedded dataset never goes through fetch(), so fetch
 * tags could not cover it. Inside a prerender, unstable_cache also hands its tags and revalidate
 * time to the page, so `revalidateTag('type:bestPractice', 'max')` refreshes the pages that used
 * practices. The raw result is cached and validated on every read, so a cached entry never
 * outlives a change of model.
 */
import 'server-only'
import { createHash } from 'node:crypto'
import { unstable_cache } from 'next/cache'
import { cache } from 'react'
import { draftMode } from 'next/headers'
import { unstable_rethrow } from 'next/navigation'
import { sanityEnv } from '../env'
import type { AnyContentQuery, ParamsArgs, QueryParams, ResultOf } from './define'
import { checkParams, defaultSource, fetchRaw, runQuery, validateResult } from './run'
import { tagsForTypes } from './tags'

/** Time-based safety net: cached content is refreshed at least this often, webhook or not. */
export const REVALIDATE_SECONDS = 3600

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16)
}

/**
 * Runs a query through Next's data cache (published perspective) and returns its validated result.
 * Within one request (or one prerender) the same query with the same params runs once: a page and
 * its generateMetadata share the result.
 */
export async function fetchContent<Q extends AnyContentQuery>(def: Q, ...[params]: ParamsArgs<Q>): Promise<ResultOf<Q>> {
  return fetchOncePerRequest(def, JSON.stringify(checkParams(def, params))) as Promise<ResultOf<Q>>
}

/** React's request memoization compares arguments by identity: the params go in as their JSON. */
const fetchOncePerRequest = cache((def: AnyContentQuery, paramsJson: string) => fetchUncached(def, JSON.parse(paramsJson) as QueryParams))

async function fetchUncached(def: AnyContentQuery, checked: QueryParams): Promise<unknown> {
  // Staff previewing drafts (draft mode, /api/draft-mode/enable) read the drafts perspective, uncached.
  if (await isDraftMode()) return fetchDraftContent(def, ...([checked] as ParamsArgs<AnyContentQuery>))
  const source = defaultSource()
  const keyParts = ['content', await source.version(), def.name, digest(def.query), JSON.stringify(checked)]
  let failure: unknown
  const cached = unstable_cache(
    () =>
      fetchRaw(def, checked, { source }).catch((error: unknown) => {
        failure ??= error
        throw error
      }),
    keyParts,
    { tags: tagsForTypes(def.types), revalidate: REVALIDATE_SECONDS },
  )
  let raw: unknown
  try {
    raw = await cached()
  } catch (error) {
    failure ??= error
  }
  // Fail soft: when refreshing a stale entry fails, unstable_cache only logs it and hands back the
  // stale value, and the page would be stored as fresh, stale data and all, for REVALIDATE_SECONDS.
  // Failing the render instead makes Next keep serving the last good page and retry within 30 s.
  if (failure !== undefined) {
    const message = failure instanceof Error ? failure.message : String(failure)
    console.error(`[content] query "${def.name}" failed: ${message}`)
    throw new Error(`Content query "${def.name}" failed: ${message}`, { cause: failure })
  }
  return validateResult(def, raw)
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
