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
 * And it speaks what Sanity Studio 5 asks of the API, so that the real Studio at /studio works
 * against it in a browser: sign-in by token, the startup calls, `/data/doc`, `/data/listen` (with
 * Mendoza effects), `/data/actions`, CORS preflights with the Studio's headers. That part, with
 * what it leaves out, is described in tests/support/studio-api.ts. Every change (mutation, action,
 * putDocument, …) goes to both the live events stream and the Studio's listeners.
 *
 * Left out: the CDN (`apicdn`, `cacheMode=noStale` is accepted and changes nothing), listeners
 * other than the Studio's (studio-api.ts), `goaway` (no connection limit), tags finer than a document type for filters
 * (the Lake's own grouping is its business; these are at least as broad, never narrower), content
 * releases, the history API, assets (and what studio-api.ts leaves out).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { createSecureServer, type Http2Session } from 'node:http2'
import { createServer as createNetServer, type AddressInfo, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createHash } from 'node:crypto'
import type { QueryParams } from '@/lib/content/define'
import { planQuery } from '@/lib/content/groq-plan'
import type { Perspective } from '@/lib/content/source'
import { createEmbeddedSource, parseGroq, parseNdjson, type SanityDocument } from '@/lib/content/source-embedded'
import { ALLOWED_HEADERS, ALLOWED_METHODS, createStudioApi, diffDocuments, LAKE_IDENTITY, StudioApiError, type DocumentChange, type StudioApi, type Transaction } from './studio-api'

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
  /** The project id the Studio's calls name (`/projects/<id>`; default 'lake-test'). */
  projectId?: string
  /** How often the Studio's listeners get a keepalive comment, in ms (default 10000). */
  keepaliveMs?: number
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
  /**
   * The same server over HTTPS (HTTP/2 or HTTP/1.1, a self-signed certificate for 127.0.0.1 made
   * with openssl at start; null without openssl), on the same port: for the Studio in a browser,
   * which keeps more streams open than the six HTTP/1.1 connections a browser opens to one host.
   * The browser must ignore certificate errors (Playwright's `ignoreHTTPSErrors`).
   */
  readonly secureUrl: string | null
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
  /** The Studio's part (studio-api.ts): its actions applied, its listeners. */
  readonly studio: Pick<StudioApi, 'actions' | 'listeners'>
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

/**
 * The Lake takes parameters in a slice or an index (`[0...$limit]`, as the Studio's document lists
 * send); groq-js wants constants there, so a numeric parameter is written in before the query runs.
 */
export function inlineSliceParameters(query: string, params: QueryParams): string {
  const value = (token: string) => {
    if (!token.startsWith('$')) return token
    const param = params[token.slice(1)]
    return typeof param === 'number' && Number.isInteger(param) ? String(param) : token
  }
  return query.replace(/\[\s*(\$\w+|-?\d+)\s*(?:(\.\.\.?)\s*(\$\w+|-?\d+)\s*)?\]/g, (whole, from: string, dots: string | undefined, to: string | undefined) => {
    if (!from.startsWith('$') && !to?.startsWith('$')) return whole
    return dots ? `[${value(from)}${dots}${value(to!)}]` : `[${value(from)}]`
  })
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

let certificate: { key: string; cert: string } | null | undefined

/** A throwaway self-signed certificate for 127.0.0.1 and localhost (made once per process), or null without openssl. */
function loopbackCertificate(): { key: string; cert: string } | null {
  if (certificate !== undefined) return certificate
  const dir = mkdtempSync(join(tmpdir(), 'lake-tls-'))
  try {
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost'],
      { stdio: 'ignore', timeout: 30_000 },
    )
    certificate = { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') }
  } catch {
    certificate = null
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  return certificate
}

/** Ends a response's connection (HTTP/1.1) or stream (HTTP/2) at once. */
export function destroyResponse(res: ServerResponse) {
  const stream = (res as unknown as { stream?: { destroy(): void } }).stream
  if (stream) stream.destroy()
  else res.destroy()
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

  /** Announces a transaction's changes on the live events stream. */
  function announce(changes: DocumentChange[]) {
    const changed = changes.flatMap(({ before, after }) => [after, before].filter((doc): doc is SanityDocument => doc !== null))
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

  /** Replaces the documents as one transaction: the live events stream and the Studio's listeners hear of it. */
  const replace = (next: SanityDocument[], transaction?: Transaction): Promise<void> => {
    const changes = diffDocuments(docs, next)
    docs = next
    sources = sourcesFor(docs)
    announce(changes)
    const tx = transaction ?? { id: Math.random().toString(36).slice(2, 14), identity: LAKE_IDENTITY, timestamp: new Date().toISOString() }
    return changes.length > 0 ? studio.notify(changes, tx) : Promise.resolve()
  }

  function corsHeaders(req: IncomingMessage): Record<string, string> {
    const origin = req.headers.origin
    if (!origin || !allowedOrigin(origin)) return {}
    return { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true', vary: 'Origin' }
  }

  const studio = createStudioApi({
    dataset,
    projectId: options.projectId ?? 'lake-test',
    token,
    keepaliveMs: options.keepaliveMs ?? 10_000,
    documents: () => docs,
    commit: (next, transaction) => replace(next, transaction),
    cors: corsHeaders,
    destroy: destroyResponse,
  })

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
      ...(req.httpVersionMajor === 1 ? { connection: 'keep-alive' } : {}),
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
    const timestamp = new Date().toISOString()
    const transactionId = body.transactionId ?? Math.random().toString(36).slice(2)
    const applied = applyMutations(docs, body.mutations as Mutation[], timestamp)
    await replace(applied.documents, { id: transactionId, identity: LAKE_IDENTITY, timestamp })
    mutations.push({ apiVersion, dataset: requestedDataset, mutations: body.mutations as Mutation[], operations: applied.results.map((r) => r.operation) })
    const withDocuments = url.searchParams.get('returnDocuments') === 'true'
    return {
      transactionId,
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
    // A perspective is one name or, as the Studio sends it, a stack (`drafts,published`); the lake
    // knows no releases, so a stack reads as `drafts` when it has drafts, else `published`.
    const named = (url.searchParams.get('perspective') ?? 'published').split(',')
    if (named.length > 1 && named.includes('raw')) throw new HttpError(400, 'httpBadRequest', 'The raw perspective cannot be combined with others')
    const asked = (named.length === 1 ? named[0] : named.includes('drafts') ? 'drafts' : 'published') as Perspective
    if (!['published', 'drafts', 'raw'].includes(asked)) throw new HttpError(400, 'httpBadRequest', `Unknown perspective "${asked}"`)
    const started = performance.now()
    let result: unknown
    let dependencies: Set<string>
    try {
      const runnable = inlineSliceParameters(query, params)
      dependencies = queryDependencies(runnable, params)
      result = await sources[authorized ? 'authorized' : 'anonymous'].query(runnable, params, {
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

  const handleRequest = (req: IncomingMessage, res: ServerResponse) => {
    const cors = corsHeaders(req)
    const fail = (error: unknown) => {
      if (res.headersSent) return void destroyResponse(res)
      const known = error instanceof HttpError || error instanceof StudioApiError
      const status = known ? error.status : 500
      const type = known ? error.type : 'internalError'
      send(res, status, { error: { description: (error as Error).message, type }, statusCode: status }, cors)
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...cors, 'access-control-allow-methods': ALLOWED_METHODS.join(', '), 'access-control-allow-headers': ALLOWED_HEADERS.join(', '), 'access-control-max-age': '600' })
      res.end()
      return
    }
    const url = new URL(req.url ?? '/', 'http://localhost')
    const live = LIVE_PATH.exec(url.pathname)
    if (live) {
      try {
        openStream(req, res, url, live[2] ?? '')
      } catch (error) {
        fail(error)
      }
      return
    }
    studio
      .handle(req, res, url)
      .then((handled) => (handled ? undefined : answer(req).then((body) => send(res, 200, body, cors))))
      .catch(fail)
  }
  // One port, two protocols: a connection that opens with a TLS handshake (0x16) goes to the HTTPS
  // server (HTTP/2 or HTTP/1.1, as the client offers), any other to the plain HTTP server.
  const server = createServer(handleRequest)
  const tls = loopbackCertificate()
  const secure = tls ? createSecureServer({ ...tls, allowHTTP1: true }, handleRequest as never) : null
  const sessions = new Set<Http2Session>()
  secure?.on('session', (session) => {
    sessions.add(session)
    session.on('close', () => sessions.delete(session))
  })
  const sockets = new Set<Socket>()
  const front = createNetServer((socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.once('data', (chunk) => {
      socket.pause()
      socket.unshift(chunk)
      ;(chunk[0] === 0x16 && secure ? secure : server).emit('connection', socket)
      process.nextTick(() => socket.resume())
    })
  })
  await new Promise<void>((resolve, reject) => {
    front.once('error', reject)
    front.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const { port } = front.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    secureUrl: secure ? `https://127.0.0.1:${port}` : null,
    dataset,
    token,
    requests,
    mutations,
    events,
    listeners: () => streams.size,
    studio: { actions: studio.actions, listeners: studio.listeners },
    documents: () => [...docs],
    setDocuments: (next) => void replace([...next]),
    putDocument: (doc) => void replace([...docs.filter((d) => d._id !== doc._id), doc]),
    deleteDocument: (id) => void replace(docs.filter((d) => d._id !== id)),
    stop: () =>
      new Promise<void>((resolve, reject) => {
        studio.close()
        for (const stream of streams) stream.res.destroy()
        streams.clear()
        for (const session of sessions) session.destroy()
        for (const socket of sockets) socket.destroy()
        server.closeAllConnections()
        server.close()
        secure?.close()
        front.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
