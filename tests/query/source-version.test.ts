/**
 * The embedded source's version (the door's cache key, lib/content/index.ts) is known without
 * waiting on I/O: the door awaits it outside its cached scope in every render, and under Cache
 * Components a prerender that waits on I/O there counts as reading request-time data. A page
 * regenerated after its hour by a process that had not read the dataset yet then failed
 * (NEXT_STATIC_GEN_BAILOUT) and was never refreshed.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createEmbeddedSource } from '@/lib/content/source-embedded'

/** Whether a promise settles before the event loop's next turn (no file read, timer or socket in between). */
async function settlesWithoutIo(promise: Promise<unknown>): Promise<boolean> {
  const turn = new Promise<'io'>((resolve) => setImmediate(() => resolve('io')))
  return (await Promise.race([promise.then(() => 'done' as const), turn])) === 'done'
}

describe('the embedded source version', () => {
  const dir = mkdtempSync(join(tmpdir(), 'source-version-'))
  const file = join(dir, 'dataset.ndjson')
  writeFileSync(file, `${JSON.stringify({ _id: 'a', _type: 'siteSettings', name: 'One' })}\n`)

  it('is known in a fresh process without waiting on I/O, and names the file’s content', async () => {
    const source = createEmbeddedSource({ file })
    expect(await settlesWithoutIo(source.version())).toBe(true)
    const version = await source.version()
    expect(version).toMatch(/^embedded:[0-9a-f]{16}$/)
    writeFileSync(join(dir, 'other.ndjson'), `${JSON.stringify({ _id: 'a', _type: 'siteSettings', name: 'Two' })}\n`)
    expect(await createEmbeddedSource({ file: join(dir, 'other.ndjson') }).version()).not.toBe(version)
  })

  it('a missing file is an error of the version, not of the process', async () => {
    await expect(createEmbeddedSource({ file: join(dir, 'missing.ndjson') }).version()).rejects.toThrow(/ENOENT/)
  })
})
