/**
 * The pure door to content: run a query on a source and validate the result with its model.
 * No Next.js here, so tests and scripts can call it; pages use `fetchContent` from ./index.ts.
 */
import { contentSource, datasetFile, sanityEnv } from '../env'
import type { AnyContentQuery, ParamsOf, QueryParams, ResultOf } from './define'
import { contentValidationError } from './errors'
import { createEmbeddedSource } from './source-embedded'
import { createSanitySource } from './source-sanity'
import type { ContentSource, Perspective } from './source'

const sources = new Map<string, ContentSource>()

/** The source the environment selects (lib/env.ts), one per configuration per process. */
export function defaultSource(): ContentSource {
  const kind = contentSource()
  const env = sanityEnv()
  const key = kind === 'sanity' ? JSON.stringify(['sanity', env]) : JSON.stringify(['embedded', datasetFile()])
  let source = sources.get(key)
  if (!source) {
    source = kind === 'sanity' ? createSanitySource(env) : createEmbeddedSource({ file: datasetFile() })
    sources.set(key, source)
  }
  return source
}

export interface RunOptions {
  source?: ContentSource
  perspective?: Perspective
  token?: string
}

/** Checks params against the query's declaration (a missing `$slug` would silently match nothing, or worse). */
export function checkParams(def: AnyContentQuery, params: QueryParams = {}): QueryParams {
  if (!def.params) {
    if (Object.keys(params).length > 0) throw new Error(`Query "${def.name}" takes no params`)
    return {}
  }
  const checked = def.params.safeParse(params)
  if (!checked.success) {
    const problems = checked.error.issues.map((i) => `${i.path.join('.') || 'params'}: ${i.message}`).join('; ')
    throw new Error(`Query "${def.name}" got invalid params: ${problems}`)
  }
  return checked.data as QueryParams
}

/** The raw result of a query, unvalidated (what the cache stores). */
export function fetchRaw(def: AnyContentQuery, params: QueryParams | undefined, options: RunOptions = {}): Promise<unknown> {
  const { source = defaultSource(), perspective = 'published', token } = options
  return source.query(def.query, checkParams(def, params), { perspective, token, tag: def.name })
}

/** Parses a raw result with the query's model; throws a ContentValidationError naming documents and fields. */
export function validateResult<Q extends AnyContentQuery>(def: Q, raw: unknown): ResultOf<Q> {
  const parsed = def.model.safeParse(raw)
  if (!parsed.success) throw contentValidationError(def.name, raw, parsed.error)
  return parsed.data as ResultOf<Q>
}

/**
 * Runs a query and returns its validated result: `runQuery(q)`, `runQuery(q, {slug})`,
 * `runQuery(q, {slug}, {source, perspective})`. Params are checked against the query's declaration.
 */
export async function runQuery<Q extends AnyContentQuery>(
  def: Q,
  params?: ParamsOf<Q>,
  options?: RunOptions,
): Promise<ResultOf<Q>> {
  return validateResult(def, await fetchRaw(def, params, options))
}
