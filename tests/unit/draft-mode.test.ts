/**
 * `fetchContent` in and out of draft mode (Next's `draftMode()` stood in for): in draft mode it
 * reads the drafts perspective and never enters the cached scope; otherwise, and wherever draft
 * mode cannot be asked (build time, outside a request), it reads published content through the cache.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FIXTURE } from '../support/query-datasets'

const file = (() => {
  const docs = structuredClone(FIXTURE.documents)
  const component = docs.find((d) => d._id === 'compactComponent-1')!
  const path = join(mkdtempSync(join(tmpdir(), 'draft-mode-')), 'with-draft.ndjson')
  writeFileSync(path, [...docs, { ...component, _id: 'drafts.compactComponent-1', title: 'DRAFT title' }].map((d) => JSON.stringify(d)).join('\n') + '\n')
  return path
})()

let draftMode: () => Promise<{ isEnabled: boolean }>
let cacheCalls = 0

beforeEach(() => {
  vi.resetModules()
  cacheCalls = 0
  vi.stubEnv('SANITY_PROJECT_ID', '')
  vi.stubEnv('CENTER_DATASET_FILE', file)
  vi.doMock('server-only', () => ({}))
  vi.doMock('next/headers', () => ({ draftMode: () => draftMode() }))
  // Outside Next, 'use cache' is only a string: the cached scope shows itself by tagging its entry.
  vi.doMock('next/cache', () => ({
    cacheTag: () => cacheCalls++,
    cacheLife: () => {},
  }))
})

afterEach(() => {
  vi.doUnmock('next/headers')
  vi.doUnmock('next/cache')
  vi.doUnmock('server-only')
  vi.unstubAllEnvs()
})

async function componentTitle(): Promise<string> {
  const { fetchContent, compactComponentQuery } = await import('@/lib/content')
  const component = await fetchContent(compactComponentQuery, { number: 1 })
  return String(component?.title)
}

describe('fetchContent', () => {
  it('reads drafts, uncached, in draft mode', async () => {
    draftMode = async () => ({ isEnabled: true })
    expect(await componentTitle()).toBe('DRAFT title')
    expect(cacheCalls).toBe(0)
  })

  it('reads published content through the cache otherwise', async () => {
    draftMode = async () => ({ isEnabled: false })
    expect(await componentTitle()).not.toMatch(/DRAFT/)
    expect(cacheCalls).toBeGreaterThan(0)
  })

  it('reads published content where draft mode cannot be asked (build time, scripts)', async () => {
    draftMode = async () => {
      throw new Error('`draftMode` was called outside a request scope.')
    }
    expect(await componentTitle()).not.toMatch(/DRAFT/)
  })
})
