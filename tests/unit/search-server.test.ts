/**
 * The finder's index on the server (lib/search/server.ts): built once, reused while the content's
 * fingerprint is unchanged, rebuilt when the documents change, and never built from the stale
 * documents Next may serve while refreshing its cache.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { runQuery } from '@/lib/content/run'
import { createEmbeddedSource } from '@/lib/content/source-embedded'
import type { SearchDocuments, SearchVersion } from '@/lib/content/models'
import { searchDocumentsQuery } from '@/lib/content/queries'
import { EMPTY_FINDER_STATE } from '@/lib/search/url'
import { PRODUCTION } from '../support/query-datasets'

let version: SearchVersion
let documents: SearchDocuments
const reads = { version: 0, documents: 0 }

beforeEach(async () => {
  vi.resetModules()
  vi.doMock('server-only', () => ({}))
  vi.doMock('@/lib/content', async () => {
    const queries = await import('@/lib/content/queries')
    return {
      ...queries,
      fetchContent: async (def: { name: string }) => {
        if (def.name === 'searchVersion') {
          reads.version++
          return version
        }
        if (def.name === 'searchDocuments') {
          reads.documents++
          return structuredClone(documents)
        }
        throw new Error(`unexpected query ${def.name}`)
      },
    }
  })
  documents = await runQuery(searchDocumentsQuery, {}, { source: createEmbeddedSource({ documents: PRODUCTION.documents }) })
  version = { count: 1, revisions: ['a'] }
  reads.version = reads.documents = 0
})

afterEach(() => {
  vi.doUnmock('@/lib/content')
  vi.doUnmock('server-only')
  vi.useRealTimers()
})

const renamed = (data: SearchDocuments, title: string): SearchDocuments => ({
  ...data,
  practices: data.practices.map((p, i) => (i === 0 ? { ...p, title } : p)),
})

describe('the finder’s index on the server', () => {
  it('is built once and reused while the fingerprint is unchanged', async () => {
    const { loadFinderIndex } = await import('@/lib/search/server')
    const first = await loadFinderIndex()
    expect(await loadFinderIndex()).toBe(first)
    expect(await loadFinderIndex()).toBe(first)
    expect(reads).toEqual({ version: 3, documents: 1 })
  })

  it('is rebuilt when the documents change, and searches the new ones', async () => {
    const { findOnServer, loadFinderIndex } = await import('@/lib/search/server')
    const first = await loadFinderIndex()
    documents = renamed(documents, 'Zanzibar Listening Project')
    version = { count: 1, revisions: ['b'] }
    const second = await loadFinderIndex()
    expect(second).not.toBe(first)
    const { result } = await findOnServer({ ...EMPTY_FINDER_STATE, q: 'zanzibar' })
    expect(result.items.map((d) => d.title)).toEqual(['Zanzibar Listening Project'])
  })

  it('waits for fresh documents when the first read after a change is stale', async () => {
    const { loadFinderIndex } = await import('@/lib/search/server')
    const first = await loadFinderIndex()
    version = { count: 1, revisions: ['b'] }
    // Next hands back the old documents while it refreshes them: the old index stays.
    expect(await loadFinderIndex()).toBe(first)
    expect(await loadFinderIndex()).toBe(first)
    const readsBefore = reads.documents
    documents = renamed(documents, 'Fresh title')
    const rebuilt = await loadFinderIndex()
    expect(rebuilt).not.toBe(first)
    expect(reads.documents).toBe(readsBefore + 1)
    expect(rebuilt.docs.some((d) => d.title === 'Fresh title')).toBe(true)
    // Then the new fingerprint is the index's: no more reads of the documents.
    await loadFinderIndex()
    expect(reads.documents).toBe(readsBefore + 1)
  })

  it('adopts a fingerprint whose change the finder does not show, after SETTLE_MS', async () => {
    vi.useFakeTimers({ now: 1_000_000 })
    const { loadFinderIndex, SETTLE_MS } = await import('@/lib/search/server')
    const first = await loadFinderIndex()
    version = { count: 1, revisions: ['phone-number-changed'] }
    await loadFinderIndex()
    const reading = reads.documents
    await loadFinderIndex()
    expect(reads.documents).toBe(reading + 1)
    vi.setSystemTime(1_000_000 + SETTLE_MS + 1)
    expect(await loadFinderIndex()).toBe(first)
    const settled = reads.documents
    await loadFinderIndex()
    await loadFinderIndex()
    expect(reads.documents).toBe(settled)
  })
})
