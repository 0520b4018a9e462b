import type { z } from 'zod'
import type { ModelAgrees } from './drift'
import type { DocumentType } from './tags'

/** Values a GROQ query can take as `$params` (sent JSON-encoded to the Content Lake). */
export type QueryParamValue = string | number | boolean | null | readonly string[] | readonly number[]
export type QueryParams = Record<string, QueryParamValue>
type NoParams = Record<string, never>

/** A GROQ query with everything needed to run, validate, tag and name it. */
export interface ContentQuery<Model extends z.ZodType = z.ZodType, Params extends QueryParams = QueryParams> {
  /** Names the query in errors, cache keys and Sanity request tags. */
  readonly name: string
  readonly query: string
  /** The shape pages rely on; results are parsed with it. */
  readonly model: Model
  /** Every document type the query reads, dereferences or joins: its cache tags. A test proves it complete. */
  readonly types: readonly DocumentType[]
  /** The `$params` the query takes; null when it takes none. */
  readonly params: z.ZodType<Params> | null
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyContentQuery = ContentQuery<z.ZodType, any>

export type ResultOf<Q extends AnyContentQuery> = z.output<Q['model']>
export type ParamsOf<Q extends AnyContentQuery> = Q extends ContentQuery<z.ZodType, infer P> ? P : never
/** `[params?]` for a query without params, `[params]` for one with. */
export type ParamsArgs<Q extends AnyContentQuery> = NoParams extends ParamsOf<Q> ? [params?: ParamsOf<Q>] : [params: ParamsOf<Q>]

/**
 * Defines a page query. `query` is a defineQuery constant of ./queries.ts, whose result type Sanity
 * TypeGen wrote to sanity.types.ts; `model` must agree with that type (./drift.ts), or this does
 * not compile.
 */
export function contentQuery<Model extends z.ZodType, Query extends string, Params extends QueryParams = NoParams>(definition: {
  name: string
  query: Query
  model: Model & ModelAgrees<Model, Query>
  types: readonly DocumentType[]
  params?: z.ZodType<Params>
}): ContentQuery<Model, Params> {
  return { ...definition, params: definition.params ?? null }
}
