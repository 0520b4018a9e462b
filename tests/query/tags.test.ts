import { isDeepStrictEqual } from 'node:util'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { schemaTypes } from '@/schemas'
import type { AnyContentQuery } from '@/lib/content/define'
import { ALL_QUERIES } from '@/lib/content/queries'
import { fetchRaw } from '@/lib/content/run'
import { createEmbeddedSource, type SanityDocument } from '@/lib/content/source-embedded'
import { ALL_CONTENT_TAG, DOCUMENT_TYPES, tagsForChange, tagsForTypes, typeTag } from '@/lib/content/tags'
import { DATASETS, type NamedDataset } from '../support/query-datasets'
import { queryRuns } from '../support/query-samples'

describe('the tag vocabulary', () => {
  it('has a type for every document type of the content model', () => {
    const documentTypes = schemaTypes.filter((t) => t.type === 'document').map((t) => t.name)
    expect([...DOCUMENT_TYPES].sort()).toEqual(documentTypes.sort())
  })

  it('tags a fetch with `content` and each type once', () => {
    expect(tagsForTypes(['city', 'person', 'city'])).toEqual([ALL_CONTENT_TAG, 'type:city', 'type:person'])
    expect(typeTag('bestPractice')).toBe('type:bestPractice')
  })

  it('tells the webhook what a change revalidates', () => {
    expect(tagsForChange('bestPractice')).toEqual(['type:bestPractice'])
    expect(tagsForChange('sanity.imageAsset')).toEqual([ALL_CONTENT_TAG])
  })
})

/**
 * Which document types a query reads, found by knocking them out: a type is read when removing all
 * its documents changes the query's result, for some params. (Removal shows reads through `->`,
 * sub-queries, counts and filters alike; a change to a document of that type could change the result.)
 * Returns each type read with the first run that showed it.
 */
const knockouts = new Map<string, Promise<Map<string, string>>>()
function typesRead(def: AnyContentQuery, dataset: NamedDataset): Promise<Map<string, string>> {
  const key = `${dataset.name} ${def.name}`
  let found = knockouts.get(key)
  if (!found) {
    found = (async () => {
      const { documents } = dataset
      const runs = queryRuns(documents).filter((run) => run.def === def)
      const full = createEmbeddedSource({ documents })
      const before = await Promise.all(runs.map(({ params }) => fetchRaw(def, params, { source: full })))
      const read = new Map<string, string>()
      for (const type of new Set(documents.map((doc) => doc._type))) {
        const without = createEmbeddedSource({ documents: documents.filter((doc: SanityDocument) => doc._type !== type) })
        for (const [index, { params, label }] of runs.entries()) {
          if (!isDeepStrictEqual(before[index], await fetchRaw(def, params, { source: without }))) {
            read.set(type, label)
            break
          }
        }
      }
      return read
    })()
    knockouts.set(key, found)
  }
  return found
}

describe.each(ALL_QUERIES.map((q) => [q.name, q] as const))('the types of %s', (_, def: AnyContentQuery) => {
  it('include every type it reads (so every change that alters it revalidates it)', async () => {
    const undeclared: string[] = []
    for (const dataset of DATASETS) {
      for (const [type, label] of await typesRead(def, dataset)) {
        if (!def.types.includes(type as never)) undeclared.push(`${dataset.name}: ${label} reads ${type}, which its types leave out`)
      }
    }
    expect(undeclared).toEqual([])
  })

  it('include no type it never reads', async () => {
    const used = new Set<string>()
    for (const dataset of DATASETS) for (const type of (await typesRead(def, dataset)).keys()) used.add(type)
    expect(def.types.filter((t) => !used.has(t))).toEqual([])
  })
})

describe('fetchContent', () => {
  /** What the cached scope declared: its tags and life, per call. */
  const scopes: { tags: string[]; life: unknown[] }[] = []
  beforeEach(() => {
    vi.resetModules()
    scopes.length = 0
    vi.doMock('server-only', () => ({}))
    // Outside Next, 'use cache' is only a string: record what the scope tells Next.
    vi.doMock('next/cache', () => ({
      cacheTag: (...tags: string[]) => scopes.push({ tags, life: [] }),
      cacheLife: (life: unknown) => scopes.at(-1)?.life.push(life),
    }))
  })
  afterEach(() => {
    vi.doUnmock('next/cache')
    vi.doUnmock('server-only')
  })

  it('caches each query tagged with every type it reads, with a time-based safety net', async () => {
    const { fetchContent, cityQuery, citySlugsQuery, CONTENT_CACHE_LIFE, REVALIDATE_SECONDS } = await import('@/lib/content')
    const [first] = await fetchContent(citySlugsQuery)
    const city = await fetchContent(cityQuery, { slug: first!.slug })
    expect(city?.slug).toBe(first?.slug)
    expect(scopes).toHaveLength(2)
    const [, entry] = scopes
    expect(entry?.tags).toEqual(tagsForTypes(cityQuery.types))
    expect(entry?.tags).toEqual(expect.arrayContaining(['content', 'type:city', 'type:grantAward', 'type:milestone']))
    expect(entry?.life).toEqual([CONTENT_CACHE_LIFE])
    expect(CONTENT_CACHE_LIFE.revalidate).toBe(REVALIDATE_SECONDS)
    expect(REVALIDATE_SECONDS).toBe(3600)
  })

  it('checks params before caching, and validates what it returns', async () => {
    const { fetchContent, compactComponentsQuery, bestPracticeQuery } = await import('@/lib/content')
    await expect(fetchContent(bestPracticeQuery, {} as never)).rejects.toThrow(/invalid params/)
    expect(scopes).toHaveLength(0)
    const bad = { ...compactComponentsQuery, model: compactComponentsQuery.model.max(0) }
    await expect(fetchContent(bad)).rejects.toThrow(/Query "compactComponents"/)
  })
})
