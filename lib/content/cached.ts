/**
 * The cached scope of the content door (./index.ts): the raw published result of a page query.
 *
 * Next registers every `'use cache'` function as a server reference, exported or not: it is listed
 * in .next/server/server-reference-manifest.json, and a POST with its id (a `Next-Action` header,
 * or a form's `$ACTION_REF_…` fields) calls it with arguments of the caller's choosing (Next's docs:
 * use-cache.md, data-security.md; issue 28 ran any GROQ through the earlier `cachedQuery(name,
 * query, …)`). So this function takes no query text and trusts none of its arguments:
 *
 *   - the query is looked up by name among the page queries (ALL_QUERIES, ./queries.ts);
 *   - its params arrive as JSON, at most MAX_PARAMS_JSON long, and are checked against that query's
 *     declaration;
 *   - the version must be the source's current one (an old or invented version would only fill
 *     the cache with entries nobody reads).
 *
 * A caller can at most read what a page shows. proxy.ts refuses such calls outright besides
 * (lib/security/actions.ts); this is the root, that the gate.
 */
import 'server-only'
import { cacheLife, cacheTag } from 'next/cache'
import type { AnyContentQuery, QueryParams } from './define'
import { sanityLive } from './live'
import { ALL_QUERIES } from './queries'
import { checkParams, defaultSource } from './run'
import { tagsForTypes } from './tags'

/** Time-based safety net: cached content is refreshed at least this often, whatever else happens. */
export const REVALIDATE_SECONDS = 3600

/**
 * The life of a cached query: browsers' routers may reuse it for 5 minutes, the server refreshes it
 * in the background after REVALIDATE_SECONDS (or when a tag is revalidated), and it never expires
 * outright, so with the Content Lake down visitors keep the last good content.
 */
export const CONTENT_CACHE_LIFE = { stale: 300, revalidate: REVALIDATE_SECONDS, expire: 365 * 24 * 3600 } as const

/** The longest params JSON a page query takes (a slug, a number, a language); anything longer is refused. */
export const MAX_PARAMS_JSON = 512

const QUERIES_BY_NAME: ReadonlyMap<string, AnyContentQuery> = (() => {
  const byName = new Map<string, AnyContentQuery>()
  for (const def of ALL_QUERIES as readonly AnyContentQuery[]) {
    if (byName.has(def.name)) throw new Error(`Two page queries are named "${def.name}"`)
    byName.set(def.name, def)
  }
  return byName
})()

/** The page query of that name, or undefined: the only queries the cached scope runs. */
export function pageQuery(name: unknown): AnyContentQuery | undefined {
  return typeof name === 'string' ? QUERIES_BY_NAME.get(name) : undefined
}

/**
 * The raw published result of the page query `name` with the params `paramsJson` (the checked
 * params, as JSON) on the source at `version`. Only plain values come in (they are the cache key);
 * a refused call throws before anything is tagged or stored. A failure of the query is logged here,
 * where it happens, and thrown, so that nothing is stored: a page being regenerated then fails and
 * Next keeps serving its last good version.
 */
export async function cachedQuery(name: string, paramsJson: string, version: string): Promise<unknown> {
  'use cache'
  const def = pageQuery(name)
  if (!def) throw new Error('Refused: not a page query')
  if (typeof paramsJson !== 'string' || paramsJson.length > MAX_PARAMS_JSON) throw new Error(`Refused: bad params for "${def.name}"`)
  let params: QueryParams
  try {
    params = checkParams(def, JSON.parse(paramsJson) as QueryParams)
  } catch {
    throw new Error(`Refused: bad params for "${def.name}"`)
  }
  const source = defaultSource()
  if (typeof version !== 'string' || version !== (await source.version())) throw new Error(`Refused: "${def.name}" asked for another content version`)
  cacheTag(...tagsForTypes(def.types))
  // On a Sanity project sanityFetch also sets next-sanity's cache life (a year); the shortest life wins.
  cacheLife(CONTENT_CACHE_LIFE)
  try {
    if (source.kind === 'sanity') {
      const { data } = await sanityLive().sanityFetch({ query: def.query, params, perspective: 'published', stega: false, requestTag: def.name })
      return data
    }
    return await source.query(def.query, params, { tag: def.name })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    console.error(`[content] query "${def.name}" failed (${version}): ${message}`)
    throw new Error(`Content query "${def.name}" failed: ${message}`, { cause: error })
  }
}
