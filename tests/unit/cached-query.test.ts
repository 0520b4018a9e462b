/**
 * The content door's cached scope (lib/content/cached.ts) is a `'use cache'` function, which Next
 * makes callable from outside with any arguments (issue 28: it ran any GROQ). Called here as an
 * attacker would call it: it runs page queries only, by name, with their declared params, on the
 * current content version, and refuses everything else before anything is tagged or stored.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FIXTURE } from '../support/query-datasets'

const FIXTURE_FILE = (() => {
  const path = join(mkdtempSync(join(tmpdir(), 'cached-query-')), 'fixture.ndjson')
  writeFileSync(path, FIXTURE.documents.map((d) => JSON.stringify(d)).join('\n') + '\n')
  return path
})()

let cacheCalls = 0

beforeEach(() => {
  vi.resetModules()
  cacheCalls = 0
  vi.stubEnv('SANITY_PROJECT_ID', '')
  vi.stubEnv('CENTER_DATASET_FILE', FIXTURE_FILE)
  vi.doMock('server-only', () => ({}))
  vi.doMock('next/cache', () => ({ cacheTag: () => cacheCalls++, cacheLife: () => {} }))
})

afterEach(() => {
  vi.doUnmock('next/cache')
  vi.doUnmock('server-only')
  vi.unstubAllEnvs()
})

async function load() {
  const { cachedQuery } = await import('@/lib/content/cached')
  const { defaultSource } = await import('@/lib/content/run')
  return { cachedQuery: cachedQuery as (...args: unknown[]) => Promise<unknown>, version: await defaultSource().version() }
}

const QUERY = '"q-" + string(count(*)) + "-q"'

describe('cachedQuery, called from outside', () => {
  it('runs a page query by name, with its params, on the current version', async () => {
    const { cachedQuery, version } = await load()
    const component = (await cachedQuery('compactComponent', JSON.stringify({ number: 1 }), version)) as { _id: string }
    expect(component._id).toBe('compactComponent-1')
    expect(cacheCalls).toBe(1)
  })

  it('never runs query text it is given, in any argument', async () => {
    const { cachedQuery, version } = await load()
    const hostile: unknown[][] = [
      // The earlier signature: (name, query, params, types, version).
      ['siteSettings', QUERY, {}, [], version],
      [QUERY, '{}', version],
      [QUERY, QUERY, QUERY],
      ['siteSettings', QUERY, version],
      ['siteSettings', JSON.stringify({ query: QUERY }), version],
      ['compactComponent', JSON.stringify({ number: 1, query: QUERY }), 'x'],
      ['compactComponent', JSON.stringify({ number: QUERY }), version],
      ['compactComponent', JSON.stringify({ number: 1 }), { toString: () => version }],
      ['cityQuery', '{}', version],
      ['constructor', '{}', version],
      ['__proto__', '{}', version],
      ['city', JSON.stringify({ slug: 'x'.repeat(600) }), version],
      ['city', 'null', version],
      ['city', '[]', version],
      [null, null, null],
      [],
    ]
    for (const args of hostile) {
      const answer = await cachedQuery(...args).then(
        (value) => ({ value }),
        (error: Error) => ({ error: error.message }),
      )
      expect(answer, JSON.stringify(args).slice(0, 120)).toHaveProperty('error')
      expect(JSON.stringify(answer)).not.toMatch(/q-\d+-q/)
    }
    // Refused before anything is tagged (nothing is cached for a refused call).
    expect(cacheCalls).toBe(0)
  })

  it('a query Next may strip of its extra params still runs as declared', async () => {
    const { cachedQuery, version } = await load()
    // z.object drops unknown keys: the query runs with its own params only.
    const component = (await cachedQuery('compactComponent', JSON.stringify({ number: 1, extra: 'x' }), version)) as { _id: string }
    expect(component._id).toBe('compactComponent-1')
  })
})
