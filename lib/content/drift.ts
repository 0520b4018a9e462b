/**
 * Types only: does a query's zod model agree with the result type Sanity TypeGen generated for the
 * query (sanity.types.ts)? contentQuery (./define.ts) asks it of every query, so a model and its
 * query cannot drift apart without `npm run typecheck` failing at the query's definition.
 *
 * The model may be stricter than the generated type (that is where zod earns its place): it may
 * refuse null where the query could give it (a reference that must resolve, a required field), and
 * narrow a string or a number (a pattern, a vocabulary). It may not differ otherwise:
 * - the same fields at every level: none the query lacks, and none the query projects by name that
 *   the model would drop (a field the query passes on whole from the document, such as an image's
 *   `crop`, is optional in the generated type, and the model may leave it out);
 * - lists where the query gives lists, objects where it gives objects;
 * - every value the query can give accepted by the model, unless the generated type is a plain
 *   string, number or boolean the model narrows (so a new option in the schema's list of values
 *   that the model refuses is a drift).
 * Where TypeGen cannot tell (`unknown`), there is nothing to check.
 */
import type { SanityQueries } from '@sanity/client'
import type { z } from 'zod'

type Defined<T> = Exclude<T, null | undefined>
type IsAny<T> = 0 extends 1 & T ? true : false
type IsUnknown<T> = unknown extends T ? true : false
type IsNever<T> = [T] extends [never] ? true : false
type IsList<T> = [T] extends [readonly unknown[]] ? true : false
type IsRecord<T> = [T] extends [object] ? (IsList<T> extends true ? false : true) : false
/** The keys of every member of a union of objects. */
type KeysOf<T> = T extends unknown ? keyof T : never
/** The keys no member of a union of objects has as optional. */
type RequiredKeysOf<T> = T extends unknown ? { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T] : never
type IsWide<T> = string extends T ? true : number extends T ? true : boolean extends T ? true : false
/** The value at K of every member of a union of objects that has K. */
type At<T, K extends PropertyKey> = T extends unknown ? (K extends keyof T ? T[K] : never) : never
type Item<T> = T extends readonly (infer I)[] ? I : never

/**
 * Where the model's input type `M` stops agreeing with the generated type `G`: a union of
 * messages naming each path (`result.city.name: …`), or never when they agree.
 */
export type Drift<M, G, Path extends string = 'result'> =
  IsAny<G> extends true ? never
  : IsUnknown<G> extends true ? never
  : DriftDefined<Defined<M>, Defined<G>, Path>

type DriftDefined<M, G, Path extends string> =
  IsNever<G> extends true ? (IsNever<M> extends true ? never : `${Path}: the query always gives null here`)
  : IsNever<M> extends true ? `${Path}: the model only accepts null here`
  : IsList<M> extends true ? (IsList<G> extends true ? Drift<Item<M>, Item<G>, `${Path}[]`> : `${Path}: a list in the model, not in the query`)
  : IsList<G> extends true ? `${Path}: a list in the query, not in the model`
  : IsRecord<M> extends true ? (IsRecord<G> extends true ? DriftFields<M, G, Path> : `${Path}: an object in the model, not in the query`)
  : [G] extends [M] ? never
  : [M] extends [G] ? (IsWide<G> extends true ? never : `${Path}: the query gives values the model refuses`)
  : `${Path}: the model and the query give different kinds of values`

type DriftFields<M, G, Path extends string> =
  // A model that takes any keys (z.looseObject({})) leaves the fields to the query.
  string extends KeysOf<M> ? never
  : | `${Path}.${Extract<Exclude<KeysOf<M>, KeysOf<G>>, string>}: in the model, not in the query`
    | `${Path}.${Extract<Exclude<RequiredKeysOf<G>, KeysOf<M>>, string>}: in the query, not in the model`
    | { [K in Extract<KeysOf<M> & KeysOf<G>, string>]: Drift<At<M, K>, At<G, K>, `${Path}.${K}`> }[Extract<KeysOf<M> & KeysOf<G>, string>]

/** The generated result type of a GROQ string written with defineQuery in lib/content/queries.ts. */
export type GeneratedResult<Query extends string> = Query extends keyof SanityQueries ? SanityQueries[Query] : never

/**
 * `unknown` (no constraint) when the model agrees with the query's generated result type;
 * otherwise an object type whose property names say what is wrong, so the compiler's error does.
 */
export type ModelAgrees<Model extends z.ZodType, Query extends string> =
  string extends Query ? { 'the query must be a defineQuery literal, so TypeGen can type it': Query }
  : Query extends keyof SanityQueries
    ? IsNever<Drift<z.input<Model>, SanityQueries[Query]>> extends true
      ? unknown
      : { 'the model disagrees with the generated result type (sanity.types.ts)': Drift<z.input<Model>, SanityQueries[Query]> }
    : { 'the query is not in sanity.types.ts: run npm run typegen': Query }
