/**
 * What Sanity Studio 5 asks of the Content Lake beyond queries: the part of the loopback lake
 * (tests/support/query-server.ts, which mounts it) that lets the real Studio at /studio sign in,
 * open, edit, validate, publish, discard and delete documents in a browser. Test code only: it is
 * reached through SANITY_API_HOST, which the Studio takes only when it names a loopback address
 * (sanity/api-host.ts), and nothing of it is in the production build.
 *
 * The calls are the ones the Studio's code makes (node_modules/sanity/lib/index.js and
 * @sanity/client), answered in the shapes that code reads:
 *
 * - Signing in without a person: the Studio reads a token from localStorage
 *   (`__studio_auth_token_<projectId>` = `{"token": "…"}`) and sends it as `Authorization: Bearer`.
 *   `/users/me` answers the staff user (with `roles`) for the lake's token and 401 otherwise (the
 *   Studio then shows its login screen); `/auth/id` answers its id.
 * - Startup: `/projects/<id>` (the project, its one member), `/projects/<id>/datasets/<ds>/acl` (an
 *   editor's grants: read, create, update, history on every document), `/features` (none),
 *   `/users/me/keyvalue` (GET by keys, PUT: per-user settings, kept in memory),
 *   `/intake/telemetry-status` (denied, so the Studio sends no telemetry), `/ping`.
 * - Documents: `/data/doc/<ds>/<id,id,…>` answers `{documents, omitted}`; `/data/history/…` answers
 *   no transactions (an empty NDJSON body) and no revisions (404): the Studio's history panel is
 *   then empty, nothing else depends on it.
 * - Listening: `/data/listen/<ds>?query=…` is a Server-Sent Events stream: `welcome`, then a
 *   keepalive comment every `keepaliveMs`, then one `mutation` event per changed document the
 *   listener's GROQ query matches (before or after the change), as the Lake sends them: `eventId`,
 *   `documentId`, `transactionId`, `transition` (appear, update, disappear), `identity`,
 *   `previousRev`, `resultRev`, `timestamp`, `visibility`, `mutations` (a `createOrReplace` of the
 *   new document or a `delete`; left out with `includeMutations=false`), `result` (unless
 *   `includeResult=false`), `previous` (with `includePreviousRevision=true`), `effects` in Mendoza
 *   form (`{apply: [0, document without _rev], revert: [0, previous]}`, `[0, null]` for none) with
 *   `effectFormat=mendoza`, and `transactionTotalEvents` / `transactionCurrentEvent` counting the
 *   transaction's events this listener receives (the Studio waits for all of them). Drafts reach
 *   only listeners with the token.
 * - Writing: POST `/data/actions/<ds>` `{actions, transactionId}` with the token applies the
 *   actions as one transaction (all or nothing) and answers `{transactionId}`:
 *   `sanity.action.document.create` (a draft, `ifExists: fail`), `.edit` (patches the draft, made
 *   from the published document first when there is none; patches, `diffMatchPatch` included, are
 *   applied by @sanity/mutator, the Studio's own patcher), `.publish` (the draft becomes the
 *   published document, with `ifPublishedRevisionId` / `ifDraftRevisionId` checked), `.discard`,
 *   `.delete` (the published document and the drafts named), `.unpublish` and `.replaceDraft`.
 *   Every changed document gets the transaction's id as `_rev`, as in the Lake, and the listeners
 *   hear of it before the answer is sent: the Studio counts a publish as done when its listener
 *   echoes the transaction.
 * - CORS: allowed origins (the lake's `corsOrigins`) get `Access-Control-Allow-Origin` and
 *   `-Credentials`; a preflight allows the methods (GET, POST, PUT, PATCH, DELETE) and the headers
 *   the Studio sends (`Authorization`, `Content-Type`, `X-Sanity-Project-ID`, `x-sanity-app`,
 *   `Client-Timing`, `Last-Event-ID`).
 *
 * Left out: the presence and comment sockets (`/socket/<ds>` gets no WebSocket: the Studio shows
 * no one else present, and works without), content releases and versions
 * (`sanity.action.document.version.*` answers 400), history (above), assets and image uploads,
 * scheduled publishing, tasks and comments datasets, the project's other members and roles,
 * login providers (`/auth/providers` answers none), the schema descriptor store
 * (`/descriptors/*`: 404, which the Studio tolerates), and any real permission model: the token
 * is an editor's, anything else is anonymous.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { Mutation } from '@sanity/mutator'
import { evaluate, parse } from 'groq-js'
import type { SanityDocument } from '@/lib/content/source-embedded'

/** One document a transaction changed: null before when it appeared, null after when it went. */
export interface DocumentChange {
  id: string
  before: SanityDocument | null
  after: SanityDocument | null
}

export interface Transaction {
  id: string
  /** Who made it: the staff user's id for the Studio's actions, the lake's own for other writes. */
  identity: string
  timestamp: string
}

/** One action the Studio sent, as applied. */
export interface RecordedAction {
  transactionId: string
  actionType: string
  /** The published id the action was about. */
  publishedId: string | undefined
  /** The patch of an edit, as sent. */
  patch?: Record<string, unknown>
  /** When the lake applied it (ms since the epoch); its listeners had been told by then. */
  at: number
}

/** The staff user the lake's token signs in as. */
export const STUDIO_USER = {
  id: 'p-center-staff',
  name: 'Center Staff',
  email: 'staff@center.test',
  profileImage: null,
  role: 'editor',
  roles: [{ name: 'editor', title: 'Editor', description: 'Reads and writes all datasets' }],
  provider: 'sanity',
} as const

/** The identity of changes the lake makes itself (putDocument, a mutation by the site's token). */
export const LAKE_IDENTITY = 'p-loopback-lake'

export interface StudioApiContext {
  dataset: string
  projectId: string
  token: string
  keepaliveMs: number
  documents(): readonly SanityDocument[]
  /** Replaces the documents with `next` as one transaction; resolves once every listener was told. */
  commit(next: SanityDocument[], transaction: Transaction): Promise<void>
  cors(req: IncomingMessage): Record<string, string>
  /** Ends a response at once (its HTTP/1.1 connection or its HTTP/2 stream). */
  destroy(res: ServerResponse): void
}

export class StudioApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    description: string,
  ) {
    super(description)
  }
}

const API = /^\/v(\d{4}-\d{2}-\d{2}|1|X)(\/.*)$/

/** The request headers a preflight allows: those the Studio and @sanity/client send. */
export const ALLOWED_HEADERS = ['Authorization', 'Content-Type', 'X-Sanity-Project-ID', 'x-sanity-app', 'Client-Timing', 'Last-Event-ID']
export const ALLOWED_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']

const withoutRev = (doc: SanityDocument | null) => {
  if (!doc) return null
  const { _rev, ...rest } = doc
  void _rev
  return rest
}

const isDraftOrVersion = (id: string) => id.includes('.')

interface Listener {
  res: ServerResponse
  authorized: boolean
  matches: (doc: SanityDocument) => Promise<boolean>
  options: URLSearchParams
}

function readJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    throw new StudioApiError(400, 'httpBadRequest', 'Unable to parse the body as JSON')
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/** The changes between two sets of documents, by id. */
export function diffDocuments(before: readonly SanityDocument[], after: readonly SanityDocument[]): DocumentChange[] {
  const old = new Map(before.map((doc) => [doc._id, doc] as const))
  const now = new Map(after.map((doc) => [doc._id, doc] as const))
  const changes: DocumentChange[] = []
  for (const [id, doc] of now) if (JSON.stringify(old.get(id)) !== JSON.stringify(doc)) changes.push({ id, before: old.get(id) ?? null, after: doc })
  for (const [id, doc] of old) if (!now.has(id)) changes.push({ id, before: doc, after: null })
  return changes
}

export function createStudioApi(ctx: StudioApiContext) {
  const listeners = new Set<Listener>()
  const keyValues = new Map<string, unknown>()
  const actions: RecordedAction[] = []
  const authorized = (req: IncomingMessage) => req.headers.authorization === `Bearer ${ctx.token}`
  const requireToken = (req: IncomingMessage) => {
    if (!authorized(req)) throw new StudioApiError(401, 'httpUnauthorized', 'Unauthorized - Session not found')
  }

  function send(req: IncomingMessage, res: ServerResponse, status: number, body: unknown) {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...ctx.cors(req) })
    res.end(JSON.stringify(body))
  }

  // ---------------------------------------------------------------------------------------------
  // Listening

  function openListener(req: IncomingMessage, res: ServerResponse, url: URL) {
    const query = url.searchParams.get('query')
    if (!query) throw new StudioApiError(400, 'httpBadRequest', 'Missing query')
    const params: Record<string, unknown> = {}
    for (const [name, value] of url.searchParams) if (name.startsWith('$')) params[name.slice(1)] = readJson(value)
    let tree: ReturnType<typeof parse>
    try {
      tree = parse(query)
    } catch (error) {
      throw new StudioApiError(400, 'queryParseError', (error as Error).message)
    }
    if (req.headers.authorization && !authorized(req)) throw new StudioApiError(401, 'httpUnauthorized', 'Unauthorized - Session not found')
    const matches = async (doc: SanityDocument) => {
      const result = await (await evaluate(tree, { dataset: [doc], params })).get()
      return Array.isArray(result) ? result.length > 0 : result !== null && result !== undefined
    }
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      ...(req.httpVersionMajor === 1 ? { connection: 'keep-alive' } : {}),
      ...ctx.cors(req),
    })
    res.write(`event: welcome\ndata: ${JSON.stringify({ listenerName: Math.random().toString(36).slice(2, 12) })}\n\n`)
    const listener: Listener = { res, authorized: authorized(req), matches, options: url.searchParams }
    listeners.add(listener)
    const keepalive = setInterval(() => res.write(':\n\n'), ctx.keepaliveMs)
    req.on('close', () => {
      clearInterval(keepalive)
      listeners.delete(listener)
    })
  }

  /** Sends a transaction's changes to every listener whose query matches them (awaited: before the writer's answer). */
  async function notify(changes: DocumentChange[], transaction: Transaction): Promise<void> {
    for (const listener of listeners) {
      const visible = changes.filter((change) => listener.authorized || !isDraftOrVersion(change.id))
      const matching: DocumentChange[] = []
      for (const change of visible) {
        if ((change.before && (await listener.matches(change.before))) || (change.after && (await listener.matches(change.after)))) matching.push(change)
      }
      const option = (name: string) => listener.options.get(name)
      matching.forEach((change, index) => {
        const { before, after, id } = change
        const event: Record<string, unknown> = {
          eventId: `${transaction.id}#${id}`,
          documentId: id,
          transactionId: transaction.id,
          transition: !before ? 'appear' : !after ? 'disappear' : 'update',
          identity: transaction.identity,
          previousRev: before?._rev,
          resultRev: after?._rev ?? transaction.id,
          timestamp: transaction.timestamp,
          visibility: 'query',
          transactionTotalEvents: matching.length,
          transactionCurrentEvent: index + 1,
        }
        if (option('includeMutations') !== 'false') event.mutations = [after ? { createOrReplace: after } : { delete: { id } }]
        if (option('includeResult') !== 'false' && after) event.result = after
        if (option('includePreviousRevision') === 'true' && before) event.previous = before
        if (option('effectFormat') === 'mendoza') event.effects = { apply: [0, withoutRev(after)], revert: [0, withoutRev(before)] }
        listener.res.write(`event: mutation\nid: ${transaction.id}#${id}\ndata: ${JSON.stringify(event)}\n\n`)
      })
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Actions

  async function applyActions(req: IncomingMessage): Promise<unknown> {
    requireToken(req)
    const body = readJson(await readBody(req)) as { actions?: unknown; transactionId?: string; dryRun?: boolean }
    if (!Array.isArray(body.actions) || body.actions.length === 0) throw new StudioApiError(400, 'httpBadRequest', 'Expected {actions: [...]}')
    const transactionId = body.transactionId ?? Math.random().toString(36).slice(2, 14)
    const timestamp = new Date().toISOString()
    const byId = new Map(ctx.documents().map((doc) => [doc._id, doc] as const))
    const stamp = (doc: Record<string, unknown>, createdAt?: unknown): SanityDocument =>
      ({ ...doc, _createdAt: createdAt ?? doc._createdAt ?? timestamp, _updatedAt: timestamp, _rev: transactionId }) as unknown as SanityDocument
    const missing = (id: string) => new StudioApiError(409, 'documentNotFoundError', `Document "${id}" does not exist`)
    const recorded: RecordedAction[] = []
    for (const action of body.actions as Record<string, unknown>[]) {
      const type = String(action.actionType ?? '')
      const publishedId = action.publishedId as string | undefined
      const draftId = action.draftId as string | undefined
      recorded.push({ transactionId, actionType: type, publishedId, ...(action.patch ? { patch: action.patch as Record<string, unknown> } : {}), at: 0 })
      switch (type) {
        case 'sanity.action.document.create': {
          const attributes = action.attributes as Record<string, unknown> | undefined
          const id = attributes?._id
          if (typeof id !== 'string' || typeof attributes?._type !== 'string') throw new StudioApiError(400, 'validationError', 'create: attributes need _id and _type')
          if (byId.has(id)) {
            if (action.ifExists === 'ignore') break
            throw new StudioApiError(409, 'documentAlreadyExistsError', `Document by ID "${id}" already exists`)
          }
          byId.set(id, stamp(attributes))
          break
        }
        case 'sanity.action.document.edit': {
          if (!draftId || !publishedId) throw new StudioApiError(400, 'validationError', 'edit: draftId and publishedId are required')
          const base = byId.get(draftId) ?? (byId.get(publishedId) ? { ...byId.get(publishedId)!, _id: draftId } : null)
          if (!base) throw missing(publishedId)
          const patch = { ...(action.patch as Record<string, unknown>), id: draftId }
          let next: SanityDocument | null
          try {
            next = new Mutation({ mutations: [{ patch }] } as ConstructorParameters<typeof Mutation>[0]).apply(structuredClone(base) as never) as SanityDocument | null
          } catch (error) {
            throw new StudioApiError(409, 'conflict', `edit: ${(error as Error).message}`)
          }
          if (next) byId.set(draftId, stamp(next as Record<string, unknown>, base._createdAt))
          break
        }
        case 'sanity.action.document.publish': {
          if (!draftId || !publishedId) throw new StudioApiError(400, 'validationError', 'publish: draftId and publishedId are required')
          const draft = byId.get(draftId)
          if (!draft) throw missing(draftId)
          const published = byId.get(publishedId)
          if (action.ifDraftRevisionId && draft._rev !== action.ifDraftRevisionId) throw new StudioApiError(409, 'conflict', `Draft "${draftId}" has another revision`)
          if (action.ifPublishedRevisionId && published?._rev !== action.ifPublishedRevisionId) throw new StudioApiError(409, 'conflict', `Document "${publishedId}" has another revision`)
          byId.set(publishedId, stamp({ ...draft, _id: publishedId }, published?._createdAt ?? draft._createdAt))
          byId.delete(draftId)
          break
        }
        case 'sanity.action.document.discard': {
          if (!draftId) throw new StudioApiError(400, 'validationError', 'discard: draftId is required')
          if (!byId.delete(draftId)) throw missing(draftId)
          break
        }
        case 'sanity.action.document.delete': {
          if (!publishedId) throw new StudioApiError(400, 'validationError', 'delete: publishedId is required')
          const drafts = (action.includeDrafts as string[] | undefined) ?? []
          if (!byId.has(publishedId) && !drafts.some((id) => byId.has(id))) throw missing(publishedId)
          byId.delete(publishedId)
          for (const id of drafts) byId.delete(id)
          break
        }
        case 'sanity.action.document.unpublish': {
          if (!draftId || !publishedId) throw new StudioApiError(400, 'validationError', 'unpublish: draftId and publishedId are required')
          const published = byId.get(publishedId)
          if (!published) throw missing(publishedId)
          if (!byId.has(draftId)) byId.set(draftId, stamp({ ...published, _id: draftId }, published._createdAt))
          byId.delete(publishedId)
          break
        }
        case 'sanity.action.document.replaceDraft': {
          const attributes = action.attributes as Record<string, unknown> | undefined
          if (!draftId || typeof attributes?._type !== 'string') throw new StudioApiError(400, 'validationError', 'replaceDraft: draftId and attributes are required')
          byId.set(draftId, stamp({ ...attributes, _id: draftId }, byId.get(draftId)?._createdAt))
          break
        }
        default:
          throw new StudioApiError(400, 'validationError', `Action "${type}" is not supported by the loopback lake`)
      }
    }
    if (body.dryRun) return { transactionId }
    actions.push(...recorded)
    await ctx.commit([...byId.values()], { id: transactionId, identity: STUDIO_USER.id, timestamp })
    for (const action of recorded) action.at = Date.now()
    return { transactionId }
  }

  // ---------------------------------------------------------------------------------------------
  // Routing

  /** Answers a Studio call; false when the path is none of the Studio's (the lake's own routes go on). */
  async function handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    const match = API.exec(url.pathname)
    if (!match) return false
    const path = match[2] ?? ''
    const method = req.method ?? 'GET'
    const ds = ctx.dataset
    const project = `/projects/${ctx.projectId}`

    if (path === '/users/me' && method === 'GET') {
      requireToken(req)
      send(req, res, 200, STUDIO_USER)
    } else if (path === '/auth/id' && method === 'GET') {
      requireToken(req)
      send(req, res, 200, { id: STUDIO_USER.id })
    } else if (path === '/auth/providers') {
      send(req, res, 200, { providers: [], thirdPartyLogin: false, sso: { saml: false } })
    } else if (path === '/ping') {
      send(req, res, 200, { message: 'PONG' })
    } else if (path === '/features') {
      send(req, res, 200, [])
    } else if (path === '/intake/telemetry-status') {
      send(req, res, 200, { status: 'denied' })
    } else if (path === project && method === 'GET') {
      requireToken(req)
      send(req, res, 200, {
        id: ctx.projectId,
        displayName: 'Center (loopback lake)',
        studioHost: null,
        isBlocked: false,
        isDisabled: false,
        isDisabledByUser: false,
        metadata: {},
        members: [{ id: STUDIO_USER.id, role: STUDIO_USER.role, roles: STUDIO_USER.roles, isCurrentUser: true, isRobot: false }],
      })
    } else if (path === `${project}/datasets/${ds}/acl` && method === 'GET') {
      requireToken(req)
      send(req, res, 200, [{ filter: '_id in path("**")', permissions: ['read', 'create', 'history', 'update'] }])
    } else if (path.startsWith('/users/me/keyvalue')) {
      requireToken(req)
      if (method === 'PUT') {
        const pairs = readJson(await readBody(req)) as { key: string; value: unknown }[]
        if (!Array.isArray(pairs)) throw new StudioApiError(400, 'httpBadRequest', 'Expected [{key, value}]')
        for (const { key, value } of pairs) keyValues.set(key, value)
        send(req, res, 200, pairs)
      } else {
        const keys = decodeURIComponent(path.slice('/users/me/keyvalue/'.length)).split(',').filter(Boolean)
        send(req, res, 200, keys.map((key) => ({ key, value: keyValues.get(key) ?? null })))
      }
    } else if (path.startsWith(`/data/doc/${ds}/`) && method === 'GET') {
      if (req.headers.authorization && !authorized(req)) throw new StudioApiError(401, 'httpUnauthorized', 'Unauthorized - Session not found')
      const ids = decodeURIComponent(path.slice(`/data/doc/${ds}/`.length)).split(',').filter(Boolean)
      const byId = new Map(ctx.documents().map((doc) => [doc._id, doc] as const))
      const visible = (id: string) => byId.has(id) && (authorized(req) || !isDraftOrVersion(id))
      send(req, res, 200, {
        documents: ids.filter(visible).map((id) => byId.get(id)),
        omitted: ids.filter((id) => !visible(id)).map((id) => ({ id, reason: byId.has(id) ? 'permission' : 'existence' })),
      })
    } else if (path.startsWith(`/data/history/${ds}/transactions/`)) {
      requireToken(req)
      res.writeHead(200, { 'content-type': 'application/x-ndjson', ...ctx.cors(req) })
      res.end('')
    } else if (path.startsWith(`/data/history/${ds}/documents/`)) {
      requireToken(req)
      throw new StudioApiError(404, 'httpNotFound', 'The loopback lake keeps no history')
    } else if (path === `/data/listen/${ds}` && method === 'GET') {
      openListener(req, res, url)
    } else if (path === `/data/actions/${ds}` && method === 'POST') {
      send(req, res, 200, await applyActions(req))
    } else {
      return false
    }
    return true
  }

  return {
    handle,
    notify,
    /** Every action applied, oldest first. */
    actions,
    /** How many Studio listeners (`/data/listen`) are open. */
    listeners: () => listeners.size,
    close() {
      for (const listener of listeners) ctx.destroy(listener.res)
      listeners.clear()
    },
  }
}

export type StudioApi = ReturnType<typeof createStudioApi>
