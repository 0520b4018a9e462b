/** proxy.ts: which methods reach a page (docs/security.md, "Requests no page should see"). */
import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'
import { proxy } from '@/proxy'

const ORIGIN = 'http://127.0.0.1:3000'

function ask(method: string, path: string, headers: Record<string, string> = {}) {
  return proxy(new NextRequest(`${ORIGIN}${path}`, { method, headers: { origin: ORIGIN, ...headers } }))
}

/** NextResponse.next(): the request goes on to the page. */
const passes = (response: Response) => response.headers.get('x-middleware-next') === '1'

describe('methods on pages', () => {
  it('GET and HEAD reach every page', async () => {
    for (const method of ['GET', 'HEAD']) expect(passes(await ask(method, '/compact/1')), method).toBe(true)
  })

  it('a plain POST reaches only the submission form; elsewhere 405 with Allow: GET, HEAD', async () => {
    expect(passes(await ask('POST', '/submit', { 'content-type': 'multipart/form-data; boundary=x' }))).toBe(true)
    const refused = await ask('POST', '/best-practices', { 'content-type': 'application/x-www-form-urlencoded' })
    expect(refused.status).toBe(405)
    expect(refused.headers.get('allow')).toBe('GET, HEAD')
  })

  it('a Server Action called by script (POST with Next-Action) reaches any page: Sanity Live calls its action from whatever page is open', async () => {
    for (const path of ['/compact/1', '/best-practices', '/', '/about']) expect(passes(await ask('POST', path, { 'next-action': '7f00aa' })), path).toBe(true)
  })

  it('Next-Action opens POST only: other methods still get 405', async () => {
    for (const method of ['PUT', 'DELETE', 'PATCH']) expect((await ask(method, '/compact/1', { 'next-action': '7f00aa' })).status, method).toBe(405)
  })

  it('a POST from an opaque origin is refused with 403, Next-Action or not', async () => {
    expect((await ask('POST', '/compact/1', { origin: 'null', 'next-action': '7f00aa' })).status).toBe(403)
  })
})
