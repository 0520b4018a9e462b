/**
 * The embedded source: GROQ over the dataset file (Sanity's NDJSON export format), evaluated with
 * groq-js. Used when no Sanity project is configured: local development, `next build` in CI, tests.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { evaluate, evaluateSync, parse, type ExprNode } from 'groq-js'
import { ndjsonLines } from '../ndjson'
import type { QueryParams } from './define'
import { partitionByType, planQuery, scanDocuments, type Partitioned, type Plan } from './groq-plan'
import type { ContentSource, Perspective, SourceQueryOptions } from './source'

export type SanityDocument = { _id: string; _type: string } & Record<string, unknown>

const DRAFTS_PREFIX = 'drafts.'
const VERSIONS_PREFIX = 'versions.'

export function isDraftId(id: string): boolean {
  return id.startsWith(DRAFTS_PREFIX)
}

/** Parses one NDJSON export: one document per line; blank lines are skipped. */
export function parseNdjson(text: string, origin = 'dataset'): SanityDocument[] {
  return ndjsonLines(text).map(({ line, value, problem }) => {
    if (problem) throw new Error(`${origin}:${line}: ${problem}`)
    const { _id, _type } = (value ?? {}) as Partial<SanityDocument>
    if (typeof _id !== 'string' || typeof _type !== 'string') throw new Error(`${origin}:${line}: a document needs _id and _type`)
    return value as SanityDocument
  })
}

/**
 * The documents a perspective sees, as the Content Lake shows them: `published` leaves drafts (and
 * release versions) out, since groq-js has no perspectives; `drafts` puts each draft in place of its
 * published document, under the published `_id` with `_originalId` naming the draft; `raw` is everything.
 */
export function documentsForPerspective(docs: readonly SanityDocument[], perspective: Perspective): SanityDocument[] {
  if (perspective === 'raw') return [...docs]
  const published = docs.filter((doc) => !isDraftId(doc._id) && !doc._id.startsWith(VERSIONS_PREFIX))
  if (perspective === 'published') return published
  const drafts = new Map(
    docs
      .filter((doc) => isDraftId(doc._id))
      .map((draft) => {
        const id = draft._id.slice(DRAFTS_PREFIX.length)
        return [id, { ...draft, _id: id, _originalId: draft._id }] as const
      }),
  )
  const overlaid = published.map((doc) => drafts.get(doc._id) ?? doc)
  const publishedIds = new Set(published.map((doc) => doc._id))
  return [...overlaid, ...[...drafts.values()].filter((draft) => !publishedIds.has(draft._id))]
}

const parsed = new Map<string, ExprNode>()

/** Parses a GROQ query once per process (params are bound at evaluation, so the tree is reusable). */
export function parseGroq(query: string): ExprNode {
  let tree = parsed.get(query)
  if (!tree) {
    tree = parse(query)
    parsed.set(query, tree)
  }
  return tree
}

const plans = new Map<string, Plan>()

function planFor(query: string): Plan {
  let plan = plans.get(query)
  if (!plan) {
    plan = planQuery(parseGroq(query))
    plans.set(query, plan)
  }
  return plan
}

interface View {
  docs: SanityDocument[]
  byId: Map<string, SanityDocument>
  partitioned: Partitioned<SanityDocument>
  /** Scans that read no `$params` give the same documents every time: kept per view. */
  fixedScans: Map<string, readonly SanityDocument[]>
}

function createView(docs: SanityDocument[]): View {
  return { docs, byId: new Map(docs.map((doc) => [doc._id, doc])), partitioned: partitionByType(docs), fixedScans: new Map() }
}

/** The internal parameters of a plan: each narrowed `*` bound to the documents it may match. */
function scanParams(view: View, query: string, plan: Plan, params: QueryParams): Record<string, unknown> {
  const bound: Record<string, unknown> = {}
  plan.scans.forEach((scan, index) => {
    const key = scan.condition.readsParams ? undefined : `${index}\u0000${query}`
    let docs = key ? view.fixedScans.get(key) : undefined
    if (!docs) {
      docs = scanDocuments(scan, view.partitioned, params)
      if (key) view.fixedScans.set(key, docs)
    }
    bound[scan.param] = docs
  })
  return bound
}

/**
 * Evaluates GROQ over documents and returns plain JSON, exactly as the Content Lake would send it.
 * Planned (./groq-plan.ts) and synchronous: groq-js's synchronous evaluator is several times faster
 * than its streaming one, and every query of the site can run in it; a query that cannot (an
 * asynchronous function) runs on the streaming evaluator instead.
 */
function evaluateGroq(view: View, query: string, params: QueryParams, onDereference?: (id: string) => void): Promise<unknown> | unknown {
  const plan = planFor(query)
  const options = {
    dataset: view.docs,
    params: { ...params, ...scanParams(view, query, plan, params) },
    dereference: ({ _ref }: { _ref: string }) => {
      onDereference?.(_ref)
      return view.byId.get(_ref) ?? null
    },
  }
  const plain = (result: unknown) => (result === undefined ? null : JSON.parse(JSON.stringify(result)))
  let sync: unknown
  try {
    sync = evaluateSync(plan.tree, options).data
  } catch {
    return Promise.resolve(evaluate(plan.tree, options))
      .then((value) => value.get())
      .then(plain)
  }
  return plain(sync)
}

/** Evaluates a query without the planner, as plain groq-js would: the reference the planner is tested against. */
export async function evaluateUnplanned(docs: SanityDocument[], query: string, params: QueryParams = {}): Promise<unknown> {
  const view = createView(docs)
  const value = await evaluate(parseGroq(query), {
    dataset: view.docs,
    params,
    dereference: ({ _ref }) => view.byId.get(_ref) ?? null,
  })
  const result = await value.get()
  return result === undefined ? null : JSON.parse(JSON.stringify(result))
}

export type EmbeddedSourceOptions = { file: string } | { documents: readonly SanityDocument[] }

/** A source over a dataset file (read once, when first queried) or over documents in memory. */
export function createEmbeddedSource(options: EmbeddedSourceOptions): ContentSource {
  let dataset: Promise<{ documents: readonly SanityDocument[]; hash: string }> | undefined
  const views = new Map<Perspective, Promise<View>>()
  const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16)

  function loadDataset() {
    if (!dataset) {
      dataset =
        'documents' in options
          ? Promise.resolve({ documents: options.documents, hash: hash(JSON.stringify(options.documents)) })
          : readFile(resolve(options.file), 'utf8').then((text) => ({ documents: parseNdjson(text, options.file), hash: hash(text) }))
      dataset.catch(() => (dataset = undefined)) // a failed read is retried on the next query
    }
    return dataset
  }

  const load = () => loadDataset().then((d) => d.documents)

  /**
   * The file's version, read synchronously once per process. The door awaits it outside its cached
   * scope (it keys the cache), in every render, prerenders included: under Cache Components a
   * prerender that waits on I/O outside a cache counts as reading request-time data, so a page
   * regenerated after its hour by a process that had not read the file yet failed
   * (NEXT_STATIC_GEN_BAILOUT) and was never refreshed.
   */
  let version: string | undefined
  function versionNow(): string {
    version ??= `embedded:${hash('documents' in options ? JSON.stringify(options.documents) : readFileSync(resolve(options.file), 'utf8'))}`
    return version
  }

  function view(perspective: Perspective): Promise<View> {
    let promise = views.get(perspective)
    if (!promise) {
      promise = load().then((all) => createView(documentsForPerspective(all, perspective)))
      promise.catch(() => views.delete(perspective))
      views.set(perspective, promise)
    }
    return promise
  }

  return {
    kind: 'embedded',
    version: async () => versionNow(),
    async query(query: string, params: QueryParams, { perspective = 'published', onDereference }: SourceQueryOptions = {}) {
      return evaluateGroq(await view(perspective), query, params, onDereference)
    },
  }
}
