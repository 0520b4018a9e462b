/**
 * bench/ttfb.ts times the page's first byte, not the transport's: Next's compression sends gzip's
 * header as soon as the response starts, long before the page's first byte is rendered.
 */
import { createServer, Agent, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createGzip, constants } from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import { timeOne } from '@/bench/ttfb'

const RENDER_MS = 150
let server: Server | null = null
const agent = new Agent({ keepAlive: false })

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
  server = null
})

/** A server that answers at once, then sends the page after RENDER_MS, as a page rendered per request does. */
async function slowPage(compress: boolean): Promise<URL> {
  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', ...(compress ? { 'content-encoding': 'gzip' } : {}) })
    if (compress) {
      const gzip = createGzip()
      gzip.pipe(res)
      gzip.flush(constants.Z_SYNC_FLUSH) // gzip's header and an empty block leave now, as Next's do
      setTimeout(() => gzip.end('<!DOCTYPE html><html lang="en"><title>Page</title></html>'), RENDER_MS)
    } else {
      res.flushHeaders()
      setTimeout(() => res.end('<!DOCTYPE html><html lang="en"><title>Page</title></html>'), RENDER_MS)
    }
  })
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  return new URL(`http://127.0.0.1:${(server!.address() as AddressInfo).port}/`)
}

describe('bench ttfb: first byte', () => {
  it('is the first byte of the decoded page, not the gzip header sent before the page rendered', async () => {
    const timing = await timeOne(await slowPage(true), agent)
    expect(timing.status).toBe(200)
    expect(timing.firstByte).toBeGreaterThanOrEqual(RENDER_MS - 5)
    expect(timing.full).toBeGreaterThanOrEqual(timing.firstByte)
  })

  it('is the first body byte of an uncompressed page', async () => {
    const timing = await timeOne(await slowPage(false), agent)
    expect(timing.firstByte).toBeGreaterThanOrEqual(RENDER_MS - 5)
  })
})
