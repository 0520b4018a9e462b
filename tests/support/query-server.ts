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
 */
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { QueryParams } from '@/lib/content/define'
import type { Perspective } from '@/lib/content/source'
import { createEmbeddedSource, parseNdjson, type SanityDocument } from '@/lib/content/source-embedded'

export interface QueryServerOptions {
  documents?: readonly SanityDocument[]
  /** An NDJSON file to read the documents from (instead of `documents`). */
  file?: string
  /** The dataset name the server answers for (default 'production'); others get 404. */
  dataset?: string
  /** The token that unlocks drafts (default 'test-read-token'). */
  token?: string
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
}

export interface QueryServer {
  /** The API host: give it to the client as `apiHost` (SANITY_API_HOST). */
  readonly url: string
  readonly dataset: string
  readonly token: string
  /** Every query request answered, oldest first. */
  readonly requests: RecordedRequest[]
  documents(): SanityDocument[]
  setDocuments(documents: readonly SanityDocument[]): void
  /** Creates or replaces a document (by `_id`). */
  putDocument(document: SanityDocument): void
  deleteDocument(id: string): void
  stop(): Promise<void>
}

const PATH = /^\/v(\d{4}-\d{2}-\d{2}|1|X)\/data\/query\/([^/?]+)$/

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    description: string,
  ) {
    super(description)
  }
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
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

export async function startQueryServer(options: QueryServerOptions = {}): Promise<QueryServer> {
  const dataset = options.dataset ?? 'production'
  const token = options.token ?? 'test-read-token'
  const requests: RecordedRequest[] = []
  let docs: SanityDocument[] = options.file
    ? parseNdjson(readFileSync(options.file, 'utf8'), options.file)
    : [...(options.documents ?? [])]
  const sourcesFor = (all: SanityDocument[]) => ({
    authorized: createEmbeddedSource({ documents: all }),
    anonymous: createEmbeddedSource({ documents: all.filter((doc) => !doc._id.includes('.')) }),
  })
  let sources = sourcesFor(docs)
  const replace = (next: SanityDocument[]) => {
    docs = next
    sources = sourcesFor(docs)
  }

  async function answer(req: IncomingMessage): Promise<unknown> {
    const url = new URL(req.url ?? '/', 'http://localhost')
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
    requests.push({ method: req.method, apiVersion, dataset, query, params, perspective: asked, authorized, tag: url.searchParams.get('tag') })

    const started = performance.now()
    let result: unknown
    try {
      result = await sources[authorized ? 'authorized' : 'anonymous'].query(query, params, { perspective: asked })
    } catch (error) {
      throw new HttpError(400, 'queryParseError', (error as Error).message)
    }
    const ms = Math.round(performance.now() - started)
    return url.searchParams.get('returnQuery') === 'false' ? { result, ms } : { query, result, ms }
  }

  const server = createServer((req, res) => {
    answer(req).then(
      (body) => send(res, 200, body),
      (error: unknown) => {
        const status = error instanceof HttpError ? error.status : 500
        const type = error instanceof HttpError ? error.type : 'internalError'
        send(res, status, { error: { description: (error as Error).message, type }, statusCode: status })
      },
    )
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    dataset,
    token,
    requests,
    documents: () => [...docs],
    setDocuments: (next) => replace([...next]),
    putDocument: (doc) => replace([...docs.filter((d) => d._id !== doc._id), doc]),
    deleteDocument: (id) => replace(docs.filter((d) => d._id !== id)),
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
