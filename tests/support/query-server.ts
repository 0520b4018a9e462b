/**
 * A loopback stand-in for the Content Lake's query endpoint, for pointing `@sanity/client` at through
 * SANITY_API_HOST (the client then calls `${url}/v<apiVersion>/data/query/<dataset>`).
 *
 *   const server = await startQueryServer({ documents })      // or { file }
 *   process.env.SANITY_API_HOST = server.url
 *   ...
 *   server.putDocument(doc); server.deleteDocument(id); server.setDocuments(docs)
 *   await server.stop()                                      // e.g. to simulate an outage
 *
 * GET takes `?query=…&$name=<JSON>&perspective=…`; POST takes `{query, params}` (the client posts
 * queries over ~11 kB). Answers `{query, result, ms}` like the Content Lake. GROQ runs on the same
 * evaluator as the embedded source. As in the Content Lake, a request without the server's token sees
 * no document whose `_id` has a dot (drafts are `drafts.<id>`) whatever the perspective; with the
 * token, the `drafts` and `raw` perspectives show drafts.
 *
 * It also takes mutations like the Content Lake: POST `/v<apiVersion>/data/mutate/<dataset>` with
 * `{mutations: [{create | createIfNotExists | createOrReplace | patch | delete}]}` and the server's
 * token as `Authorization: Bearer …` (anything else: 401). A transaction applies whole or not at
 * all; each is recorded in `mutations`. It answers `{transactionId, results: [{id, operation}]}`
 * (with `document` when `returnDocuments=true`), as `@sanity/client` expects.
 *
 * And it speaks Sanity Live, as `@sanity/client` (`client.live.events()`) and next-sanity's
 * `defineLive` (`sanityFetch`, `<SanityLive />`) use it:
 *
 * - every query answer carries `syncTags` (`s1:…`, opaque like the Lake's): one per document type a
 *   `*[…]` of the query may read (the embedded planner's type narrowing, lib/content/groq-plan.ts;
 *   a `*` it cannot narrow reads everything and gets the catch-all tag), and one per document a `->`
 *   dereferenced. So a query for component 1's page is tagged with `compactComponent` (its filter
 *   reads every component) and a query that only dereferences one city is tagged with that city.
 * - GET `/v<apiVersion>/data/live/events/<dataset>` is the live events stream (Server-Sent Events):
 *   `welcome` on connect; then, for each change to the documents (mutation, putDocument,
 *   deleteDocument, setDocuments), `message` with an `id` and `data: {"tags": [...]}` naming the sync
 *   tags the change touches (its type's, its own, the catch-all). Without `includeDrafts=true` (which
 *   needs the token) changes to drafts and versions are not announced. A reconnect carrying
 *   `Last-Event-ID` gets the events it missed replayed; an id the server does not know gets
 *   `restart` (the client then refreshes everything). `retry:` asks browsers to reconnect after
 *   `retryMs` (default 1000).
 * - `lastLiveEventId` on a query is accepted and recorded: here every answer already reflects every
 *   event sent, since changes apply before their event goes out.
 * - CORS as a project's allowed origins: `corsOrigins` (default any http://127.0.0.1 or localhost
 *   origin) get `Access-Control-Allow-Origin` on every answer and preflight, and
 *   GET `/v<apiVersion>/check/cors` answers `{result: {allowed}}`, which the client asks after a
 *   failed connection.
 *
 * Left out: the CDN (`apicdn`, `cacheMode=noStale` is accepted and changes nothing), listeners
 * (`/data/listen`), `goaway` (no connection limit), tags finer than a document type for filters
 * (the Lake's own grouping is its business; these are at least as broad, never narrower), content
 * releases, the history API, assets.
 */
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createHash } from 'node:crypto'
import type { QueryParams } from '@/lib/content/define'
import { planQuery } from '@/lib/content/groq-plan'
import type { Perspective } from '@/lib/content/source'
import { createEmbeddedSource, parseGroq, parseNdjson, type SanityDocument } from '@/lib/content/source-embedded'

export interface QueryServerOptions {
  documents?: readonly SanityDocument[]
  /** An NDJSON file to read the documents from (instead of `documents`). */
  file?: string
  /** The dataset name the server answers for (default 'production'); others get 404. */
  dataset?: string
  /** The token that unlocks drafts (default 'test-read-token'). */
  token?: string
  /** Origins allowed to call from a browser (default: any http://127.0.0.1:<port> or http://localhost:<port>). */
  corsOrigins?: (origin: string) => boolean
  /** The reconnection delay the events stream asks browsers for, in ms (default 1000). */
  retryMs?: number
  /** The loopback port to listen on (default: a free one). */
  port?: number
}

export interface RecordedRequest {
  method: string
  apiVersion: string
  dataset: string
  query: string
  params: QueryParams
  perspective: Perspective
  /** Whether the request carried the server's token. */
  authorized: boolean
  tag: string | null
  /** The `lastLiveEventId` the client sent, if any. */
  lastLiveEventId: string | null
  /** The sync tags answered. */
  syncTags: string[]
}

/** One announced change: what the live events stream sent (or would have sent) as `message`. */
export interface LiveEventRecord {
  id: string
  /** The sync tags touched, as sent to listeners without drafts. Empty: only drafts changed. */
  tags: string[]
  /** The sync tags touched, drafts included (for `includeDrafts` listeners). */
  draftTags: string[]
}

export type Mutation =
  | { create: SanityDocument | (Omit<SanityDocument, '_id'> & { _id?: string }) }
  | { createIfNotExists: SanityDocument }
  | { createOrReplace: SanityDocument }
  | {
      patch: {
        id: string
        ifRevisionID?: string
        set?: Record<string, unknown>
        setIfMissing?: Record<string, unknown>
        unset?: string[]
        inc?: Record<string, number>
        dec?: Record<string, number>
      }
    }
  | { delete: { id: string } }

export interface RecordedMutation {
  apiVersion: string
  dataset: string
  mutations: Mutation[]
  /** What each mutation did, as answered: `create`, `update`, `delete` or `none`. */
  operations: string[]
}

export interface QueryServer {
  /** The API host: give it to the client as `apiHost` (SANITY_API_HOST). */
  readonly url: string
  readonly dataset: string
  readonly token: string
  /** Every query request answered, oldest first. */
  readonly requests: RecordedRequest[]
  /** Every mutation transaction applied, oldest first. */
  readonly mutations: RecordedMutation[]
  /** Every change announced on the live events stream, oldest first. */
  readonly events: LiveEventRecord[]
  /** How many live events streams are open now. */
  listeners(): number
  documents(): SanityDocument[]
  setDocuments(documents: readonly SanityDocument[]): void
  /** Creates or replaces a document (by `_id`). */
  putDocument(document: SanityDocument): void
  deleteDocument(id: string): void
  stop(): Promise<void>
}

const PATH = /^\/v(\d{4}-\d{2}-\d{2}|1|X)\/data\/query\/([^/?]+)$/
const MUTATE_PATH = /^\/v(\d{4}-\d{2}-\d{2}|1|X)\/data\/mutate\/([^/?]+)$/
const LIVE_PATH = /^\/v(\d{4}-\d{2}-\d{2}|1|X)\/data\/live\/events\/([^/?]+)$/
const CORS_PATH = /^\/v(\d{4}-\d{2}-\d{2}|1|X)\/check\/cors$/

const LOOPBACK_ORIGIN = /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/
const ALL_TAG = '*'

/** An opaque sync tag (`s1:…`, as the Lake's) for a dependency: `*`, `type:<T>` or `doc:<id>`. */
export function syncTag(dependency: string): string {
  return `s1:${createHash('sha256').update(dependency).digest('base64url').slice(0, 10)}`
}

const publishedId = (id: string) => id.replace(/^drafts\./, '').replace(/^versions\.[^.]+\./, '')

/** The dependencies a change to this document touches: everything, its type, itself. */
function changeDependencies(doc: SanityDocument): string[] {
  return [ALL_TAG, `type:${doc._type}`, `doc:${publishedId(doc._id)}`]
}

function hasEverything(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(hasEverything)
  if (!node || typeof node !== 'object') return false
  if ((node as { type?: unknown }).type === 'Everything') return true
  return Object.values(node).some(hasEverything)
}

/** What a query reads, as dependencies: the types its `*[…]` may match (or everything), before it runs. */
function queryDependencies(query: string, params: QueryParams): Set<string> {
  const plan = planQuery(parseGroq(query))
  const dependencies = new Set<string>()
  if (hasEverything(plan.tree)) dependencies.add(ALL_TAG)
  for (const scan of plan.scans) {
    const types = scan.condition.types(params)
    if (types === null) dependencies.add(ALL_TAG)
    else for (const type of types) dependencies.add(`type:${type}`)
  }
  return dependencies
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    description: string,
  ) {
    super(description)
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
  res.end(JSON.stringify(body))
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    throw new HttpError(400, 'httpBadRequest', `Unable to parse ${what} as JSON`)
  }
}

function setPath(target: Record<string, unknown>, path: string, value: unknown, onlyIfMissing = false) {
  const parts = path.split('.')
  let node = target
  for (const part of parts.slice(0, -1)) {
    const child = node[part]
    if (!child || typeof child !== 'object' || Array.isArray(child)) node[part] = {}
    node = node[part] as Record<string, unknown>
  }
  const last = parts[parts.length - 1]!
  if (onlyIfMissing && node[last] !== undefined) return
  node[last] = value
}

function getPath(target: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), target)
}

function unsetPath(target: Record<string, unknown>, path: string) {
  const parts = path.split('.')
  const parent = parts.length > 1 ? getPath(target, parts.slice(0, -1).join('.')) : target
  if (parent && typeof parent === 'object') delete (parent as Record<string, unknown>)[parts[parts.length - 1]!]
}

/** Applies a transaction to the documents (by `_id`); throws, changing nothing, when one mutation fails. */
function applyMutations(current: readonly SanityDocument[], mutations: Mutation[], now: string) {
  const byId = new Map(current.map((doc) => [doc._id, doc] as const))
  const rev = () => Math.random().toString(36).slice(2, 12)
  const results: { id: string; operation: string; document?: SanityDocument }[] = []
  const stamp = (doc: SanityDocument, createdAt?: unknown): SanityDocument => ({ ...doc, _createdAt: createdAt ?? now, _updatedAt: now, _rev: rev() })
  const needId = (doc: { _id?: unknown; _type?: unknown } | undefined, op: string) => {
    if (!doc || typeof doc !== 'object' || typeof doc._type !== 'string') throw new HttpError(400, 'mutationError', `${op}: the document needs a _type`)
    if (typeof doc._id !== 'string' || !doc._id) throw new HttpError(400, 'mutationError', `${op}: the document needs an _id`)
    return doc._id
  }
  for (const mutation of mutations) {
    if ('create' in mutation) {
      const doc = { ...mutation.create, _id: mutation.create._id ?? `${rev()}${rev()}` } as SanityDocument
      const id = needId(doc, 'create')
      if (byId.has(id)) throw new HttpError(409, 'documentAlreadyExistsError', `Document by ID "${id}" already exists`)
      byId.set(id, stamp(doc))
      results.push({ id, operation: 'create', document: byId.get(id) })
    } else if ('createIfNotExists' in mutation) {
      const id = needId(mutation.createIfNotExists, 'createIfNotExists')
      if (byId.has(id)) {
        results.push({ id, operation: 'none', document: byId.get(id) })
      } else {
        byId.set(id, stamp(mutation.createIfNotExists))
        results.push({ id, operation: 'create', document: byId.get(id) })
      }
    } else if ('createOrReplace' in mutation) {
      const id = needId(mutation.createOrReplace, 'createOrReplace')
      const existing = byId.get(id)
      byId.set(id, stamp(mutation.createOrReplace, existing?._createdAt))
      results.push({ id, operation: existing ? 'update' : 'create', document: byId.get(id) })
    } else if ('patch' in mutation) {
      const { id, ifRevisionID, set, setIfMissing, unset, inc, dec } = mutation.patch
      const existing = byId.get(id)
      if (!existing) throw new HttpError(404, 'documentNotFoundError', `Document "${id}" not found`)
      if (ifRevisionID && existing._rev !== ifRevisionID) throw new HttpError(409, 'conflict', `Document "${id}" has another revision`)
      const doc = structuredClone(existing) as Record<string, unknown>
      for (const [path, value] of Object.entries(setIfMissing ?? {})) setPath(doc, path, value, true)
      for (const [path, value] of Object.entries(set ?? {})) setPath(doc, path, value)
      for (const path of unset ?? []) unsetPath(doc, path)
      for (const [path, by] of Object.entries(inc ?? {})) setPath(doc, path, Number(getPath(doc, path) ?? 0) + by)
      for (const [path, by] of Object.entries(dec ?? {})) setPath(doc, path, Number(getPath(doc, path) ?? 0) - by)
      byId.set(id, stamp(doc as SanityDocument, existing._createdAt))
      results.push({ id, operation: 'update', document: byId.get(id) })
    } else if ('delete' in mutation) {
      const { id } = mutation.delete
      const existed = byId.delete(id)
      results.push({ id, operation: existed ? 'delete' : 'none' })
    } else {
      throw new HttpError(400, 'mutationError', `Unknown mutation: ${Object.keys(mutation as object).join(', ')}`)
    }
  }
  return { documents: [...byId.values()], results }
}

export async function startQueryServer(options: QueryServerOptions = {}): Promise<QueryServer> {
  const dataset = options.dataset ?? 'production'
  const token = options.token ?? 'test-read-token'
  const requests: RecordedRequest[] = []
  const mutations: RecordedMutation[] = []
  const events: LiveEventRecord[] = []
  const allowedOrigin = options.corsOrigins ?? ((origin: string) => LOOPBACK_ORIGIN.test(origin))
  const retryMs = options.retryMs ?? 1000
  /** Open live event streams. */
  const streams = new Set<{ res: ServerResponse; includeDrafts: boolean }>()
  /** Event ids: this server's own prefix (ids from another server are unknown here) and a counter. */
  const epoch = Math.random().toString(36).slice(2, 8)
  let docs: SanityDocument[] = options.file
    ? parseNdjson(readFileSync(options.file, 'utf8'), options.file)
    : [...(options.documents ?? [])]
  const sourcesFor = (all: SanityDocument[]) => ({
    authorized: createEmbeddedSource({ documents: all }),
    anonymous: createEmbeddedSource({ documents: all.filter((doc) => !doc._id.includes('.')) }),
  })
  let sources = sourcesFor(docs)

  function writeEvent(res: ServerResponse, event: LiveEventRecord, includeDrafts: boolean) {
    const tags = includeDrafts ? event.draftTags : event.tags
    if (tags.length > 0) res.write(`id: ${event.id}\nevent: message\ndata: ${JSON.stringify({ tags })}\n\n`)
  }

  /** Announces what changed between two sets of documents on the live events stream. */
  function announce(before: readonly SanityDocument[], after: readonly SanityDocument[]) {
    const old = new Map(before.map((doc) => [doc._id, doc] as const))
    const now = new Map(after.map((doc) => [doc._id, doc] as const))
    const changed: SanityDocument[] = []
    for (const [id, doc] of now) if (JSON.stringify(old.get(id)) !== JSON.stringify(doc)) changed.push(doc, ...(old.has(id) ? [old.get(id)!] : []))
    for (const [id, doc] of old) if (!now.has(id)) changed.push(doc)
    if (changed.length === 0) return
    const tagsOf = (list: SanityDocument[]) => [...new Set(list.flatMap(changeDependencies))].map(syncTag)
    const event: LiveEventRecord = {
      id: `${epoch}-${events.length + 1}`,
      tags: tagsOf(changed.filter((doc) => !doc._id.includes('.'))),
      draftTags: tagsOf(changed),
    }
    events.push(event)
    for (const stream of streams) writeEvent(stream.res, event, stream.includeDrafts)
  }

  const replace = (next: SanityDocument[]) => {
    const before = docs
    docs = next
    sources = sourcesFor(docs)
    announce(before, docs)
  }

  function corsHeaders(req: IncomingMessage): Record<string, string> {
    const origin = req.headers.origin
    if (!origin || !allowedOrigin(origin)) return {}
    return { 'access-control-allow-origin': origin, vary: 'Origin' }
  }

  /** The live events stream (Server-Sent Events), kept open until the client or the server closes it. */
  function openStream(req: IncomingMessage, res: ServerResponse, url: URL, requestedDataset: string) {
    if (requestedDataset !== dataset) throw new HttpError(404, 'httpNotFound', `Dataset "${requestedDataset}" not found`)
    if (req.method !== 'GET') throw new HttpError(405, 'httpMethodNotAllowed', `${req.method} is not allowed`)
    const includeDrafts = url.searchParams.get('includeDrafts') === 'true'
    if (includeDrafts && req.headers.authorization !== `Bearer ${token}`) {
      throw new HttpError(401, 'httpUnauthorized', 'includeDrafts needs a token with read access to drafts')
    }
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      ...corsHeaders(req),
    })
    res.write(`retry: ${retryMs}\n\n`)
    const last = req.headers['last-event-id']
    const lastId = Array.isArray(last) ? last[0] : last
    if (lastId) {
      const index = events.findIndex((event) => event.id === lastId)
      if (index === -1) res.write(`id: ${epoch}-${events.length}\nevent: restart\ndata: {}\n\n`)
      else for (const event of events.slice(index + 1)) writeEvent(res, event, includeDrafts)
    }
    res.write('event: welcome\ndata: {}\n\n')
    const stream = { res, includeDrafts }
    streams.add(stream)
    req.on('close', () => streams.delete(stream))
  }

  async function mutate(req: IncomingMessage, url: URL, apiVersion: string, requestedDataset: string): Promise<unknown> {
    if (requestedDataset !== dataset) throw new HttpError(404, 'httpNotFound', `Dataset "${requestedDataset}" not found`)
    if (req.method !== 'POST') throw new HttpError(405, 'httpMethodNotAllowed', `${req.method} is not allowed`)
    if (req.headers.authorization !== `Bearer ${token}`) throw new HttpError(401, 'httpUnauthorized', 'Unauthorized - Session not found')
    const body = parseJson(await readBody(req), 'body') as { mutations?: unknown; transactionId?: string }
    if (!Array.isArray(body.mutations) || body.mutations.length === 0) throw new HttpError(400, 'httpBadRequest', 'Expected {mutations: [...]}')
    const applied = applyMutations(docs, body.mutations as Mutation[], new Date().toISOString())
    replace(applied.documents)
    mutations.push({ apiVersion, dataset: requestedDataset, mutations: body.mutations as Mutation[], operations: applied.results.map((r) => r.operation) })
    const withDocuments = url.searchParams.get('returnDocuments') === 'true'
    return {
      transactionId: body.transactionId ?? Math.random().toString(36).slice(2),
      results: applied.results.map(({ id, operation, document }) => (withDocuments && document ? { id, operation, document } : { id, operation })),
    }
  }

  async function answer(req: IncomingMessage): Promise<unknown> {
    const url = new URL(req.url ?? '/', 'http://localhost')
    if (CORS_PATH.test(url.pathname)) {
      const origin = req.headers.origin
      return { result: { allowed: !origin || allowedOrigin(origin), withCredentials: false } }
    }
    const mutation = MUTATE_PATH.exec(url.pathname)
    if (mutation) return mutate(req, url, mutation[1] ?? '', mutation[2] ?? '')
    const match = PATH.exec(url.pathname)
    if (!match) throw new HttpError(404, 'httpNotFound', `No endpoint at ${url.pathname}`)
    const [, apiVersion = '', requestedDataset = ''] = match
    if (requestedDataset !== dataset) throw new HttpError(404, 'httpNotFound', `Dataset "${requestedDataset}" not found`)

    let query = url.searchParams.get('query')
    let params: QueryParams = {}
    if (req.method === 'POST') {
      const body = parseJson(await readBody(req), 'body') as { query?: string; params?: QueryParams }
      query = body.query ?? null
      params = body.params ?? {}
    } else if (req.method === 'GET') {
      for (const [name, value] of url.searchParams) {
        if (name.startsWith('$')) params[name.slice(1)] = parseJson(value, `parameter ${name}`) as QueryParams[string]
      }
    } else {
      throw new HttpError(405, 'httpMethodNotAllowed', `${req.method} is not allowed`)
    }
    if (!query) throw new HttpError(400, 'httpBadRequest', 'Missing query')

    const authorization = req.headers.authorization
    if (authorization && authorization !== `Bearer ${token}`) throw new HttpError(401, 'httpUnauthorized', 'Unauthorized - Session not found')
    const authorized = authorization === `Bearer ${token}`
    const asked = (url.searchParams.get('perspective') ?? 'published') as Perspective
    if (!['published', 'drafts', 'raw'].includes(asked)) throw new HttpError(400, 'httpBadRequest', `Unknown perspective "${asked}"`)
    const started = performance.now()
    let result: unknown
    let dependencies: Set<string>
    try {
      dependencies = queryDependencies(query, params)
      result = await sources[authorized ? 'authorized' : 'anonymous'].query(query, params, {
        perspective: asked,
        onDereference: (id) => dependencies.add(`doc:${publishedId(id)}`),
      })
    } catch (error) {
      throw new HttpError(400, 'queryParseError', (error as Error).message)
    }
    const syncTags = [...dependencies].map(syncTag)
    requests.push({
      method: req.method,
      apiVersion,
      dataset,
      query,
      params,
      perspective: asked,
      authorized,
      tag: url.searchParams.get('tag'),
      lastLiveEventId: url.searchParams.get('lastLiveEventId'),
      syncTags,
    })
    const ms = Math.round(performance.now() - started)
    return url.searchParams.get('returnQuery') === 'false' ? { result, syncTags, ms } : { query, result, syncTags, ms }
  }

  const server = createServer((req, res) => {
    const cors = corsHeaders(req)
    const fail = (error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500
      const type = error instanceof HttpError ? error.type : 'internalError'
      send(res, status, { error: { description: (error as Error).message, type }, statusCode: status }, cors)
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...cors, 'access-control-allow-methods': 'GET, POST', 'access-control-allow-headers': 'Authorization, Content-Type' })
      res.end()
      return
    }
    const live = LIVE_PATH.exec(new URL(req.url ?? '/', 'http://localhost').pathname)
    if (live) {
      try {
        openStream(req, res, new URL(req.url ?? '/', 'http://localhost'), live[2] ?? '')
      } catch (error) {
        fail(error)
      }
      return
    }
    answer(req).then((body) => send(res, 200, body, cors), fail)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    dataset,
    token,
    requests,
    mutations,
    events,
    listeners: () => streams.size,
    documents: () => [...docs],
    setDocuments: (next) => replace([...next]),
    putDocument: (doc) => replace([...docs.filter((d) => d._id !== doc._id), doc]),
    deleteDocument: (id) => replace(docs.filter((d) => d._id !== id)),
    stop: () =>
      new Promise<void>((resolve, reject) => {
        for (const stream of streams) stream.res.destroy()
        streams.clear()
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
