/** proxy.ts: which methods reach a page (docs/security.md, "Requests no page should see"). */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'
import { NOT_FOUND_PATH, proxy } from '@/proxy'

/** A build's server reference manifest: which ids exist and where they come from (lib/security/action-ids.ts reads it). */
const MANIFEST_IDS = {
  '7f00aa': 'lib/content/live-action.ts',
  ['60' + 'db0ba2e49c901e46908a7fa33afbe32dcf05a63e']: 'app/[lang]/submit/actions.ts',
  ['40' + 'b8a3dc3749627018424835bbb923df06d880d8c0']: 'node_modules/next-sanity/dist/live/server-actions/index.js',
  ['fc' + 'ef078ac123c75cf1435d74dd5e058bb3982e20d7']: 'lib/content/cached.ts',
}
const dist = mkdtempSync(join(tmpdir(), 'proxy-dist-'))
mkdirSync(join(dist, 'server'))
writeFileSync(
  join(dist, 'server', 'server-reference-manifest.json'),
  JSON.stringify({ node: Object.fromEntries(Object.entries(MANIFEST_IDS).map(([id, filename]) => [id, { filename, workers: {} }])), edge: {} }),
)
process.env.NEXT_DIST_DIR = dist

const ORIGIN = 'http://127.0.0.1:3000'
/** What a server hands Next with every request (NextRequest itself would read 127.0.0.1 as localhost). */
const HOST = '127.0.0.1:3000'

function ask(method: string, path: string, headers: Record<string, string> = {}) {
  return proxy(new NextRequest(`${ORIGIN}${path}`, { method, headers: { host: HOST, origin: ORIGIN, ...headers } }))
}

/** The route a request was rewritten to (app/[lang]/…), or null when it was not rewritten. */
const rewrittenTo = (response: Response) => {
  const target = response.headers.get('x-middleware-rewrite')
  return target === null ? null : new URL(target).pathname + new URL(target).search
}

/** The request goes on to a page: as it is (NextResponse.next()), or rewritten to its language's route, not to the 404. */
const passes = (response: Response) =>
  response.headers.get('x-middleware-next') === '1' || (rewrittenTo(response) !== null && rewrittenTo(response) !== NOT_FOUND_PATH)

describe('one route tree for both languages (app/[lang])', () => {
  it('an unprefixed address is English: rewritten, not redirected, to the en segment, its query kept', async () => {
    expect(rewrittenTo(await ask('GET', '/about'))).toBe('/en/about')
    expect(rewrittenTo(await ask('GET', '/'))).toBe('/en')
    expect(rewrittenTo(await ask('GET', '/best-practices?q=police&city=boston-ma'))).toBe('/en/best-practices?q=police&city=boston-ma')
    expect(rewrittenTo(await ask('GET', '/no-such-page'))).toBe('/en/no-such-page')
  })

  it('a Spanish address of a page with a Spanish version is routed as it is', async () => {
    for (const path of ['/es', '/es/compact', '/es/compact/3', '/es/submit']) expect((await ask('GET', path)).headers.get('x-middleware-next'), path).toBe('1')
  })

  it('the internal en segment asked directly, and a Spanish address of an English-only page: the designed 404, in the address’s language', async () => {
    for (const path of ['/en', '/en/about', '/en/compact/1', '/es/cities', '/es/activities', '/es/cities/boston-ma']) {
      const response = await ask('GET', path)
      expect(rewrittenTo(response), path).toBe(NOT_FOUND_PATH)
    }
  })

  it('what is not a page (the Studio, route handlers, metadata files, public files) is left as it is', async () => {
    for (const path of ['/studio', '/studio/structure', '/api/revalidate', '/feed.xml', '/sitemap.xml', '/robots.txt', '/favicon.ico']) {
      const response = await ask('GET', path)
      expect(response.headers.get('x-middleware-next'), path).toBe('1')
      expect(rewrittenTo(response), path).toBeNull()
    }
  })
})

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

describe('Server Action calls Next would answer with 500 (issue 28)', () => {
  const CACHE_ID = 'fc' + 'ef078ac123c75cf1435d74dd5e058bb3982e20d7'
  const ACTION_ID = '60' + 'db0ba2e49c901e46908a7fa33afbe32dcf05a63e'

  it('another origin, an opaque one in any case, or no URL at all: 403 with a page in the reader’s language', async () => {
    for (const origin of ['https://evil.example', 'http://127.0.0.1:3001', 'NULL', 'Null', 'null', 'file://', 'not a url', 'javascript:alert(1)']) {
      for (const [path, lang] of [['/submit', 'en'], ['/es/submit', 'es']] as const) {
        const refused = await ask('POST', path, { origin, 'content-type': 'application/x-www-form-urlencoded' })
        expect(refused.status, `${origin} ${path}`).toBe(403)
        expect(refused.headers.get('content-type')).toMatch(/^text\/html/)
        expect(await refused.text()).toContain(`<html lang="${lang}">`)
      }
    }
    expect((await ask('POST', '/about', { origin: 'https://evil.example', 'next-action': ACTION_ID })).status).toBe(403)
  })

  it('the site’s own origin, or none (a hand-made request), goes on', async () => {
    expect(passes(await ask('POST', '/submit', { 'content-type': 'application/x-www-form-urlencoded' }))).toBe(true)
    const noOrigin = await proxy(new NextRequest(`${ORIGIN}/submit`, { method: 'POST', headers: { host: HOST, 'content-type': 'application/x-www-form-urlencoded' } }))
    expect(passes(noOrigin)).toBe(true)
    // Behind a proxy Next compares with the first X-Forwarded-Host, as this does.
    const forwarded = await ask('POST', '/submit', { origin: 'https://center.example.org', 'x-forwarded-host': 'center.example.org, 10.0.0.1' })
    expect(passes(forwarded)).toBe(true)
  })

  it('a body over 64 KB: 413, by Content-Length or by what arrives', async () => {
    const big = 'a='.concat('x'.repeat(64 * 1024))
    const declared = await ask('POST', '/es/submit', { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(big.length) })
    expect(declared.status).toBe(413)
    expect(await declared.text()).toContain('demasiado grande')
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(4096)))
        controller.close()
      },
    })
    const chunked = await proxy(new NextRequest(`${ORIGIN}/submit`, { method: 'POST', headers: { host: HOST, origin: ORIGIN }, body: stream, duplex: 'half' } as ConstructorParameters<typeof NextRequest>[1]))
    expect(chunked.status).toBe(413)
    const under = await ask('POST', '/submit', { 'content-type': 'application/x-www-form-urlencoded' })
    expect(passes(under)).toBe(true)
  })

  it('a cached function’s id is refused, in the header or in a form’s fields; an action’s goes on', async () => {
    expect((await ask('POST', '/about', { 'next-action': CACHE_ID })).status).toBe(403)
    expect(passes(await ask('POST', '/about', { 'next-action': ACTION_ID }))).toBe(true)
    // next-sanity's own Live action (the site gives <SanityLive /> its own) and ids of no action at all.
    expect((await ask('POST', '/about', { 'next-action': '40' + 'b8a3dc3749627018424835bbb923df06d880d8c0' })).status).toBe(403)
    expect((await ask('POST', '/about', { 'next-action': '40' + '0'.repeat(40) })).status).toBe(403)
    const viaForm = (fields: [string, string][]) => {
      const form = new FormData()
      for (const [k, v] of fields) form.append(k, v)
      return proxy(new NextRequest(`${ORIGIN}/submit`, { method: 'POST', headers: { host: HOST, origin: ORIGIN }, body: form }))
    }
    expect((await viaForm([[`$ACTION_ID_${CACHE_ID}`, '']])).status).toBe(403)
    expect((await viaForm([['$ACTION_REF_1', ''], ['$ACTION_1:0', JSON.stringify({ id: CACHE_ID, bound: '$@1' })], ['$ACTION_1:1', '["x"]']])).status).toBe(403)
    expect((await viaForm([['$ACTION_REF_1', ''], ['$ACTION_1:0', 'not json']])).status).toBe(403)
    expect(passes(await viaForm([[`$ACTION_ID_${ACTION_ID}`, ''], ['title', 'x']]))).toBe(true)
  })
})
