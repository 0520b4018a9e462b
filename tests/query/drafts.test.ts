import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { bestPracticeQuery, bestPracticesQuery, compactComponentQuery, compactComponentsQuery } from '@/lib/content/queries'
import { defaultSource, runQuery } from '@/lib/content/run'
import { createEmbeddedSource, type SanityDocument } from '@/lib/content/source-embedded'
import { FIXTURE } from '../support/query-datasets'
import { queryRuns } from '../support/query-samples'

/** The fixture plus drafts: an edited draft of a published document and a draft-only new practice. */
function withDrafts(): SanityDocument[] {
  const docs = structuredClone(FIXTURE.documents)
  const component = docs.find((d) => d._id === 'compactComponent-1')!
  const practice = docs.find((d) => d._id === 'bestPractice-crisis-response')!
  return [
    ...docs,
    { ...component, _id: 'drafts.compactComponent-1', title: 'DRAFT title, not yet published' },
    { ...practice, _id: 'drafts.bestPractice-new-draft', slug: { _type: 'slug', current: 'new-draft' }, title: 'DRAFT practice' },
    { ...practice, _id: 'versions.rSpring.bestPractice-open-data', title: 'DRAFT in a release' },
  ]
}

function writeNdjson(docs: SanityDocument[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'center-drafts-')), 'with-drafts.ndjson')
  writeFileSync(file, docs.map((d) => JSON.stringify(d)).join('\n') + '\n')
  return file
}

describe('drafts in the embedded dataset', () => {
  afterEach(() => vi.unstubAllEnvs())
  const file = writeNdjson(withDrafts())

  it('are never returned by any query (published perspective)', async () => {
    vi.stubEnv('CENTER_DATASET_FILE', file)
    vi.stubEnv('SANITY_PROJECT_ID', '')
    const source = defaultSource()
    expect(source.kind).toBe('embedded')
    for (const { def, params, label } of queryRuns(withDrafts())) {
      const text = JSON.stringify(await runQuery(def, params as never, { source }))
      expect(text, label).not.toMatch(/drafts\.|DRAFT/)
    }
    expect((await runQuery(compactComponentsQuery, {}, { source }))[0]?.title).toBe('Component 1 of the Compact')
    expect(await runQuery(bestPracticeQuery, { slug: 'new-draft' }, { source })).toBeNull()
  })

  it('show through the drafts perspective, in place of their published documents', async () => {
    const source = createEmbeddedSource({ file })
    const component = await runQuery(compactComponentQuery, { number: 1 }, { source, perspective: 'drafts' })
    expect(component).toMatchObject({ _id: 'compactComponent-1', title: 'DRAFT title, not yet published' })
    const practices = await runQuery(bestPracticesQuery, {}, { source, perspective: 'drafts' })
    expect(practices.map((p) => p._id)).toContain('bestPractice-new-draft')
    expect(practices).toHaveLength(4)
  })
})

describe('fetchDraftContent', () => {
  const file = writeNdjson(withDrafts())
  beforeEach(() => {
    vi.resetModules()
    vi.doMock('server-only', () => ({}))
    const never = () => {
      throw new Error('drafts must never be cached')
    }
    vi.doMock('next/cache', () => ({ cacheTag: never, cacheLife: never }))
  })
  afterEach(() => {
    vi.doUnmock('next/cache')
    vi.doUnmock('server-only')
    vi.unstubAllEnvs()
  })

  it('runs a query with the drafts perspective, bypassing the cache', async () => {
    vi.stubEnv('SANITY_PROJECT_ID', '')
    vi.stubEnv('CENTER_DATASET_FILE', file)
    const { fetchDraftContent, compactComponentQuery } = await import('@/lib/content')
    expect(await fetchDraftContent(compactComponentQuery, { number: 1 })).toMatchObject({ title: 'DRAFT title, not yet published' })
  })

  it('needs a read token on the Sanity source', async () => {
    vi.stubEnv('SANITY_PROJECT_ID', 'abc123')
    vi.stubEnv('SANITY_DATASET', 'production')
    vi.stubEnv('SANITY_API_READ_TOKEN', '')
    const { fetchDraftContent, compactComponentsQuery } = await import('@/lib/content')
    await expect(fetchDraftContent(compactComponentsQuery)).rejects.toThrow(/SANITY_API_READ_TOKEN/)
  })
})
