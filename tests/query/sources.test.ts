import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { contentSource, SANITY_API_VERSION, sanityEnv } from '@/lib/env'
import { compactComponentQuery, compactComponentsQuery, homePageQuery } from '@/lib/content/queries'
import { defaultSource, runQuery } from '@/lib/content/run'
import { createEmbeddedSource, type SanityDocument } from '@/lib/content/source-embedded'
import { createSanitySource } from '@/lib/content/source-sanity'
import { DATASETS, FIXTURE } from '../support/query-datasets'
import { queryRuns } from '../support/query-samples'
import { startQueryServer, type QueryServer } from '../support/query-server'

const sanityAt = (server: QueryServer, extra: Partial<ReturnType<typeof sanityEnv>> = {}) =>
  createSanitySource({
    projectId: 'test',
    dataset: server.dataset,
    apiVersion: SANITY_API_VERSION,
    apiHost: server.url,
    readToken: undefined,
    ...extra,
  })

describe.each(DATASETS)('the embedded source and @sanity/client on the $name dataset', ({ documents }) => {
  let server: QueryServer
  beforeAll(async () => (server = await startQueryServer({ documents })))
  afterAll(() => server.stop())

  it('give identical results for every query', async () => {
    const embedded = createEmbeddedSource({ documents })
    const sanity = sanityAt(server)
    for (const { def, params, label } of queryRuns(documents)) {
      const [a, b] = await Promise.all([runQuery(def, params as never, { source: embedded }), runQuery(def, params as never, { source: sanity })])
      expect(b, label).toStrictEqual(a)
    }
    // The client called the loopback host at the pinned version, named each query, sent params as JSON.
    expect(server.requests.length).toBe(queryRuns(documents).length)
    expect(new Set(server.requests.map((r) => `${r.apiVersion} ${r.dataset} ${r.perspective}`))).toEqual(
      new Set([`${SANITY_API_VERSION} production published`]),
    )
    expect(server.requests.find((r) => r.tag === 'website.compactComponent')?.params).toEqual({ number: 1 })
  })
})

describe('the Sanity source', () => {
  let server: QueryServer
  beforeAll(async () => (server = await startQueryServer({ documents: FIXTURE.documents })))
  afterAll(() => server.stop())
  afterEach(() => vi.unstubAllEnvs())

  it('is chosen by SANITY_PROJECT_ID and SANITY_DATASET, and calls SANITY_API_HOST exactly', async () => {
    vi.stubEnv('SANITY_PROJECT_ID', '')
    expect(contentSource()).toBe('embedded')
    vi.stubEnv('SANITY_PROJECT_ID', 'abc123')
    vi.stubEnv('SANITY_DATASET', '')
    expect(contentSource()).toBe('embedded')
    vi.stubEnv('SANITY_DATASET', 'production')
    vi.stubEnv('SANITY_API_HOST', server.url)
    expect(contentSource()).toBe('sanity')
    const source = defaultSource()
    expect(source.kind).toBe('sanity')
    const before = server.requests.length
    expect((await runQuery(compactComponentsQuery, {}, { source })).map((c) => c.number)).toEqual([1, 2, 3])
    expect(server.requests.length).toBe(before + 1)
  })

  it('posts queries too long for a GET, and gets the same answer', async () => {
    const sanity = sanityAt(server)
    const long = { ...homePageQuery, query: `${homePageQuery.query}${' '.repeat(12_000)}` }
    const result = await runQuery(long, {}, { source: sanity })
    expect(server.requests.at(-1)?.method).toBe('POST')
    expect(result).toStrictEqual(await runQuery(homePageQuery, {}, { source: createEmbeddedSource({ documents: FIXTURE.documents }) }))
  })

  it('sees drafts only with the token and the drafts perspective', async () => {
    const draft: SanityDocument = { ...FIXTURE.documents.find((d) => d._id === 'compactComponent-1')!, _id: 'drafts.compactComponent-1', title: 'Draft title' }
    server.putDocument(draft)
    try {
      const title = async (source: ReturnType<typeof sanityAt>, perspective?: 'drafts') =>
        (await runQuery(compactComponentQuery, { number: 1 }, { source, perspective }))?.title
      expect(await title(sanityAt(server))).toBe('Component 1 of the Compact')
      expect(await title(sanityAt(server), 'drafts')).toBe('Component 1 of the Compact') // no token: no drafts
      expect(await title(sanityAt(server, { readToken: server.token }), 'drafts')).toBe('Draft title')
      expect(await title(sanityAt(server, { readToken: server.token }))).toBe('Component 1 of the Compact')
    } finally {
      server.deleteDocument(draft._id)
    }
  })

  it('reports the server\u2019s errors', async () => {
    const sanity = sanityAt(server)
    await expect(sanity.query('*[_type == ', {})).rejects.toThrow()
    await expect(sanityAt(server, { dataset: 'nope' }).query('*[0]', {})).rejects.toThrow(/not found/)
  })
})
