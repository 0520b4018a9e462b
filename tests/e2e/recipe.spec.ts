/**
 * The production recipe (deploy/nginx.conf.template, launched with `node deploy/recipe.mjs start`,
 * the launcher deploy/start.sh uses too) in front of the build the suite uses (NEXT_DIST_DIR,
 * default .next), with real HTTP requests. Its own `next start` on a free port, behind a gate the test can close (Next
 * unreachable), behind nginx with a 2 s cache lifetime:
 *
 *   nginx (recipe) → gate (tests/e2e/support/gate.ts) → next start
 *
 * - prerendered pages and the finder (Next marks them shared-cacheable) are stored: MISS, then HIT
 *   with the body Next sends and without asking Next again; security headers on every answer;
 * - draft mode (Next's cookie) is never served from the cache nor stored;
 * - /submit, the API, /studio and 404s are never stored;
 * - the build's static files come from disk (STATIC), precompressed (Brotli, gzip), immutable;
 * - Next unreachable: cached pages are still served after their lifetime (stale), an uncached one
 *   fails fast (502/504); Next back: pages are refreshed.
 *
 * Skipped when nginx is not installed (Debian: apt-get install -y nginx).
 */
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { join, resolve } from 'node:path'
import { expect, test } from '@playwright/test'
import { documentHeaders, everyResponseHeaders } from '../../lib/security/headers'
import { startGate, type Gate } from './support/gate'
import { startNextServer, type NextServer } from './support/next-server'
import { nginxInstalled, startRecipe, type RecipeServer } from './support/recipe'
import { fillValid } from './support/submit-form'

const DIST = process.env.NEXT_DIST_DIR || '.next'
const CACHE_TTL_MS = 2000
const CACHE_TTL = `${CACHE_TTL_MS / 1000}s`
/** Every request has a time limit: a proxy that hangs fails the test instead of stalling it. */
const REQUEST_TIMEOUT_MS = 15_000
/** What browsers send; one value throughout, since cached answers vary on it. */
const ACCEPT_ENCODING = 'gzip'
const tag = randomBytes(4).toString('hex')

test.skip(!nginxInstalled(), 'nginx is not installed (Debian: apt-get install -y nginx): the recipe cannot be tested')
test.describe.configure({ mode: 'serial', timeout: 60_000 })

let next: NextServer
let gate: Gate
let recipe: RecipeServer
let origin: string
/** Bodies of the pages cached by the first tests, for the outage. */
const cached = new Map<string, string>()

interface Answer {
  status: number
  headers: Headers
  body: string
  cacheStatus: string | null
}

async function request(url: string, { method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  const response = await fetch(url, {
    method,
    headers: { 'accept-encoding': ACCEPT_ENCODING, ...headers },
    body,
    redirect: 'manual',
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  })
  const text = await response.text()
  return { status: response.status, headers: response.headers, body: text, cacheStatus: response.headers.get('x-cache-status') }
}

/** A request through nginx exactly as written (fetch cannot send TRACE, nor an arbitrary Host). */
function rawViaRecipe(method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<Answer> {
  const url = new URL(origin)
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, method, path, headers, timeout: REQUEST_TIMEOUT_MS }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (text += chunk))
      res.on('end', () => {
        const answerHeaders = new Headers()
        for (const [key, value] of Object.entries(res.headers)) if (value !== undefined) answerHeaders.set(key, Array.isArray(value) ? value.join(', ') : value)
        resolve({ status: res.statusCode ?? 0, headers: answerHeaders, body: text, cacheStatus: answerHeaders.get('x-cache-status') })
      })
    })
    req.on('error', reject)
    req.on('timeout', () => req.destroy(new Error(`${method} ${path} timed out`)))
    req.end(body)
  })
}

/** Through nginx. */
const viaRecipe = (path: string, init?: Parameters<typeof request>[1]) => request(`${origin}${path}`, init)
/** Straight to Next. */
const fromNext = (path: string, init?: Parameters<typeof request>[1]) => request(`${next.url}${path}`, init)
/** Requests the gate passed on to Next for `path` (any method) so far. */
const reachedNext = (path: string) => gate.forwarded.filter((line) => line.slice(line.indexOf(' ') + 1) === path).length
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms))

function expectSecurityHeaders(answer: Answer, what: string, { document }: { document: boolean }) {
  const expected = document ? [...everyResponseHeaders(), ...documentHeaders('site')] : everyResponseHeaders()
  for (const { key, value } of expected) expect(answer.headers.get(key), `${key} on ${what}`).toBe(value)
}

test.beforeAll(async () => {
  // The first run precompresses the build's static files (a few seconds to a minute).
  test.setTimeout(240_000)
  if (!existsSync(join(DIST, 'BUILD_ID'))) throw new Error(`no build in ${resolve(DIST)}: run \`NEXT_DIST_DIR=${DIST} npm run build\` first`)
  next = await startNextServer({})
  gate = await startGate(next.url)
  recipe = await startRecipe({ dist: DIST, upstream: gate.address, cacheTtl: CACHE_TTL, workers: 1 })
  origin = recipe.url
})

test.afterAll(async ({}, testInfo) => {
  const files = (await recipe?.stop()) ?? {}
  await next?.stop()
  await gate?.stop()
  for (const [name, text] of Object.entries(files)) writeFileSync(testInfo.outputPath(name), text)
  writeFileSync(testInfo.outputPath('recipe.log'), recipe?.output() ?? '')
  writeFileSync(testInfo.outputPath('next-server.log'), next?.output() ?? '')
})

/** Whether the launcher found nginx's Brotli module (and so loaded it). */
const brotliLoaded = () => /^load_module \S+ngx_http_brotli_static_module\.so;$/m.test(readFileSync(recipe.config, 'utf8'))

test('the config is fully rendered: no placeholder left, Brotli loaded when installed', () => {
  const config = readFileSync(recipe.config, 'utf8')
  expect(config).not.toMatch(/\{\{[A-Za-z0-9_]+\}\}/)
  expect(config).toContain(`server ${gate.address} max_fails=0;`)
  expect(config).toContain(`proxy_cache_valid 200 ${CACHE_TTL};`)
  expect(brotliLoaded(), 'Brotli loaded when the module is installed').toBe(existsSync('/usr/lib/nginx/modules/ngx_http_brotli_static_module.so'))
  expect(config).toContain(brotliLoaded() ? 'brotli_static on;' : 'gzip_static on;')
})

for (const path of ['/', '/compact/1']) {
  test(`prerendered ${path}: MISS, then HIT with Next's own body, with the security headers`, async () => {
    const asked = reachedNext(path)
    const first = await viaRecipe(path)
    expect(first.status).toBe(200)
    expect(first.cacheStatus).toBe('MISS')
    expect(first.headers.get('cache-control'), "Next marks it shared-cacheable").toMatch(/s-maxage=[1-9]/)
    const second = await viaRecipe(path)
    expect(second.status).toBe(200)
    expect(second.cacheStatus).toBe('HIT')
    expect(reachedNext(path) - asked, 'only the MISS reached Next').toBe(1)
    const own = await fromNext(path)
    expect(own.status).toBe(200)
    expect(second.body, "the cached page is Next's page").toBe(own.body)
    expect(second.body).toBe(first.body)
    expectSecurityHeaders(first, `${path} (MISS)`, { document: true })
    expectSecurityHeaders(second, `${path} (HIT)`, { document: true })
    cached.set(path, second.body)
  })
}

test('the finder with a query is stored: MISS, then HIT', async () => {
  const path = '/best-practices?q=police'
  const asked = reachedNext(path)
  const first = await viaRecipe(path)
  expect(first.status).toBe(200)
  expect(first.cacheStatus).toBe('MISS')
  expect(first.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=300')
  const second = await viaRecipe(path)
  expect(second.status).toBe(200)
  expect(second.cacheStatus).toBe('HIT')
  expect(second.body).toBe(first.body)
  expect(reachedNext(path) - asked, 'only the MISS reached Next').toBe(1)
  expectSecurityHeaders(second, path, { document: true })
  cached.set(path, second.body)
})

test('draft mode is never served from the cache and never stored', async () => {
  // Next's own draft-mode cookie for this build (what /api/draft-mode/enable sets).
  const manifest = JSON.parse(readFileSync(join(DIST, 'prerender-manifest.json'), 'utf8')) as { preview: { previewModeId: string } }
  const cookie = `theme=dark; __prerender_bypass=${manifest.preview.previewModeId}`

  // A cached page, asked in draft mode: Next answers, not the cache.
  const askedHome = reachedNext('/')
  const draftHome = await viaRecipe('/', { headers: { cookie } })
  expect(draftHome.cacheStatus, 'draft mode bypasses the cache').not.toBe('HIT')
  expect(reachedNext('/') - askedHome, 'the draft request reached Next').toBe(1)
  expect(draftHome.headers.get('cache-control')).toMatch(/private|no-store/)

  // An address nobody asked before: first in draft mode, then without the cookie.
  const path = `/best-practices?q=draftcheck${tag}`
  const draft = await viaRecipe(path, { headers: { cookie } })
  const own = await fromNext(path, { headers: { cookie } })
  expect(draft.status).toBe(own.status)
  expect(draft.headers.get('cache-control'), "Next's answer in draft mode").toContain('private')
  expect(draft.cacheStatus).not.toBe('HIT')
  const publicAnswer = await viaRecipe(path)
  expect(publicAnswer.status).toBe(200)
  expect(publicAnswer.cacheStatus, 'the draft answer was not stored').toBe('MISS')
  expect(publicAnswer.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=300')
  expectSecurityHeaders(publicAnswer, `${path} without the cookie`, { document: true })
  // The public answer is stored as usual, and a draft request still does not get it.
  expect((await viaRecipe(path)).cacheStatus).toBe('HIT')
  expect((await viaRecipe(path, { headers: { cookie } })).cacheStatus).not.toBe('HIT')
})

test('/submit, the API and /studio are never cached', async () => {
  const cases: { path: string; method: string; body?: string; headers?: Record<string, string> }[] = [
    { path: '/submit', method: 'GET' },
    { path: '/api/revalidate', method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } },
    { path: '/studio', method: 'GET' },
  ]
  for (const { path, ...init } of cases) {
    const asked = reachedNext(path)
    const answers = [await viaRecipe(path, init), await viaRecipe(path, init)]
    for (const [i, answer] of answers.entries()) {
      expect([502, 504], `${init.method} ${path}: answered by Next (${answer.status})`).not.toContain(answer.status)
      expect(answer.cacheStatus, `${init.method} ${path}, request ${i + 1}`).not.toBe('HIT')
      expect(answer.cacheStatus, `${init.method} ${path}: proxy_cache off`).toBeNull()
    }
    expect(reachedNext(path) - asked, `both ${init.method} ${path} reached Next`).toBe(2)
  }
})

test('a malformed address nginx refuses itself (`/about%`) gets 400 with the security headers, not nginx’s page', async () => {
  for (const path of ['/about%', '/cities/a%zz']) {
    const asked = reachedNext(path)
    const answer = await viaRecipe(path)
    expect(answer.status, path).toBe(400)
    expectSecurityHeaders(answer, path, { document: false })
    expect(answer.headers.get('content-security-policy'), path).toBe("default-src 'none'; frame-ancestors 'none'")
    expect(answer.headers.get('content-type'), path).toMatch(/^text\/plain/)
    expect(answer.headers.get('cache-control'), path).toBe('no-store')
    expect(answer.body, path).not.toContain('nginx')
    expect(reachedNext(path) - asked, `${path} never reached Next`).toBe(0)
  }
  // The internal location is not an address of the site.
  expect((await viaRecipe('/.nginx-refused-400')).status).not.toBe(400)
})

test('a broken percent-escape gets 400 from Next through the recipe, with the security headers, never cached', async () => {
  for (const path of ['/%FF', '/cities/%FF%FE', '/best-practices/%E0%A4']) {
    for (let i = 0; i < 2; i++) {
      const answer = await viaRecipe(path)
      expect(answer.status, path).toBe(400)
      expect(answer.cacheStatus, path).not.toBe('HIT')
      expectSecurityHeaders(answer, path, { document: false })
      expect(answer.headers.get('content-security-policy'), path).toBeTruthy()
    }
  }
})

test('a 404 page is not cached', async () => {
  const path = `/no-such-page-${tag}`
  const asked = reachedNext(path)
  const first = await viaRecipe(path)
  const second = await viaRecipe(path)
  expect(first.status).toBe(404)
  expect(second.status).toBe(404)
  expect(second.cacheStatus).not.toBe('HIT')
  expect(reachedNext(path) - asked, 'both reached Next').toBe(2)
  expectSecurityHeaders(second, path, { document: true })
})

test('build files come from disk, precompressed and immutable', async () => {
  const home = cached.get('/') ?? (await fromNext('/')).body
  const scripts = [...home.matchAll(/\/_next\/static\/[^"'\s]+?\.js/g)].map((m) => m[0])
  const path = scripts.find((p) => existsSync(join(DIST, 'static', `${p.slice('/_next/static/'.length)}.br`)))
  expect(path, `a script of the home page with its Brotli twin, among ${scripts.join(', ')}`).toBeTruthy()
  const onDisk = readFileSync(join(DIST, 'static', path!.slice('/_next/static/'.length)), 'utf8')
  const asked = gate.forwarded.length

  for (const encoding of ['br', 'gzip', 'identity']) {
    const answer = await viaRecipe(path!, { headers: { 'accept-encoding': encoding } })
    expect(answer.status, `${path} (${encoding})`).toBe(200)
    expect(answer.cacheStatus).toBe('STATIC')
    expect(answer.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(answer.headers.get('content-type')).toMatch(/javascript/)
    const want = encoding === 'identity' || (encoding === 'br' && !brotliLoaded()) ? null : encoding
    expect(answer.headers.get('content-encoding'), `Accept-Encoding: ${encoding}`).toBe(want)
    expect(answer.body, 'the file on disk').toBe(onDisk)
    expectSecurityHeaders(answer, `${path} (${encoding})`, { document: false })
  }
  expect(gate.forwarded.slice(asked), 'Next was not asked').toEqual([])
})

test('Next unreachable: cached pages are served stale after their lifetime, an uncached page fails fast', async () => {
  expect([...cached.keys()].sort()).toEqual(['/', '/best-practices?q=police', '/compact/1'])
  gate.open = false
  // Past every cached page's lifetime.
  await pause(CACHE_TTL_MS + 1000)
  for (let round = 0; round < 2; round++) {
    for (const [path, body] of cached) {
      const answer = await viaRecipe(path)
      expect(answer.status, `${path} with Next down`).toBe(200)
      expect(answer.cacheStatus, `${path} with Next down`).toMatch(/^(STALE|UPDATING|HIT)$/)
      expect(answer.body, `${path}: the last good copy`).toBe(body)
    }
  }
  const started = Date.now()
  const uncached = await viaRecipe(`/compact/2?outage=${tag}`)
  expect([502, 504], `an uncached page with Next down answers ${uncached.status}`).toContain(uncached.status)
  expect(Date.now() - started, 'it fails fast').toBeLessThan(REQUEST_TIMEOUT_MS)
  // nginx's own answer, with the headers every answer carries (issue 28).
  expectSecurityHeaders(uncached, 'a gateway error', { document: false })
  expect(uncached.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'")
  expect(uncached.body).not.toContain('nginx')
})

test('Next back: pages are refreshed', async () => {
  gate.open = true
  const asked = reachedNext('/')
  const seen: string[] = []
  const deadline = Date.now() + 20_000
  let refreshed = false
  while (Date.now() < deadline && !refreshed) {
    const answer = await viaRecipe('/')
    seen.push(`${answer.status} ${answer.cacheStatus}`)
    expect(answer.status).toBe(200)
    expect(answer.body).toBe(cached.get('/'))
    refreshed = reachedNext('/') > asked && /^(MISS|EXPIRED|HIT)$/.test(answer.cacheStatus ?? '')
    if (!refreshed) await pause(250)
  }
  expect(refreshed, `/ was refreshed from Next (answers: ${seen.join(', ')})`).toBe(true)
  // And an address that failed during the outage now works.
  const recovered = await viaRecipe(`/compact/2?outage=${tag}`)
  expect(recovered.status).toBe(200)
})

// --- The second security review (issue 28) ---------------------------------------------------------

test('the submission form works through the recipe on a port of its own (not 80 or 443), with and without JavaScript', async ({ browser }) => {
  expect(new URL(origin).port, 'the recipe listens on a port a browser names').not.toBe('')
  for (const javaScriptEnabled of [false, true]) {
    const context = await browser.newContext({ baseURL: origin, javaScriptEnabled })
    const page = await context.newPage()
    await page.goto('/submit')
    await fillValid(page, `Recipe port probe ${tag} ${javaScriptEnabled ? 'js' : 'no-js'}`)
    const sent = page.waitForResponse((r) => r.request().method() === 'POST')
    await page.getByRole('button', { name: 'Send the practice' }).click()
    const answer = await sent
    expect(answer.status(), `the form's answer through nginx (JavaScript ${javaScriptEnabled})`).toBeLessThan(400)
    await page.waitForURL(/\/submit\/received\?ref=/)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await context.close()
  }
})

test('a form post from another origin gets Next’s 403 page through the recipe, with the document headers', async () => {
  const answer = await rawViaRecipe('POST', '/submit', { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' }, 'title=x')
  expect(answer.status).toBe(403)
  expect(answer.headers.get('content-type')).toMatch(/^text\/html/)
  expectSecurityHeaders(answer, 'the 403', { document: true })
  // The Host Next is told carries the port, so the site's own origin is not mistaken for another.
  const own = await rawViaRecipe('POST', '/submit', { origin, 'content-type': 'application/x-www-form-urlencoded' }, 'title=x')
  expect(own.status, 'the site’s own origin').toBe(200)
})

test('leaving draft mode through the recipe never redirects off the site', async () => {
  for (const method of ['GET', 'POST']) {
    for (const target of ['/..//evil.example', '/%2e%2e//evil.example', '/..%2F/evil.example', '/../%5Cevil.example', '/a/../..//evil.example']) {
      const answer = await rawViaRecipe(method, `/api/draft-mode/disable?redirect=${target}`, { origin })
      const location = answer.headers.get('location') ?? ''
      expect(location, `${method} ${target}`).toMatch(/^\/(?![/\\])/)
    }
  }
})

test('nginx’s own refusals carry the security headers: TRACE, an oversized header, an oversized body', async () => {
  const cases: { what: string; method: string; path: string; headers?: Record<string, string>; body?: string; status: number }[] = [
    { what: 'TRACE', method: 'TRACE', path: '/', status: 405 },
    { what: 'a header over nginx’s buffers', method: 'GET', path: '/about', headers: { 'x-large': 'a'.repeat(16 * 1024) }, status: 400 },
    { what: 'a cookie over nginx’s buffers', method: 'GET', path: '/about', headers: { cookie: `a=${'b'.repeat(16 * 1024)}` }, status: 400 },
    { what: 'an address over nginx’s buffers', method: 'GET', path: `/about?x=${'a'.repeat(16 * 1024)}`, status: 414 },
    { what: 'a body over client_max_body_size', method: 'POST', path: '/submit', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `a=${'x'.repeat(200 * 1024)}`, status: 413 },
  ]
  for (const { what, method, path, headers, body, status } of cases) {
    const answer = await rawViaRecipe(method, path, headers, body).catch((error: Error) => {
      throw new Error(`${what}: ${error.message}`)
    })
    expect(answer.status, what).toBe(status)
    expectSecurityHeaders(answer, what, { document: false })
    expect(answer.headers.get('content-security-policy'), what).toBe("default-src 'none'; frame-ancestors 'none'")
    expect(answer.headers.get('x-frame-options'), what).toBe('DENY')
    expect(answer.headers.get('permissions-policy'), what).toBeTruthy()
    expect(answer.body, what).not.toContain('nginx')
  }
})

test('one client gets the finder at its rate, beyond that 429 with the headers; other pages and the finder afterwards still answer', async () => {
  const config = readFileSync(recipe.config, 'utf8')
  const burst = Number(/limit_req zone=finder burst=(\d+)/.exec(config)?.[1])
  expect(burst, 'the finder’s burst in the rendered config').toBeGreaterThan(0)
  // Many requests at once from one client. nginx counts them before it looks in its cache, so one
  // search, stored first, is enough (and spares the shared machine 40 renders).
  // The Spanish finder shares the limit: half the requests go there.
  const searches = [`/best-practices?q=limit-${tag}`, `/es/best-practices?q=limit-${tag}`]
  for (const search of searches) expect((await viaRecipe(search)).status).toBe(200)
  await pause(1000)
  const sent = 4 * burst
  const answers = await Promise.all(Array.from({ length: sent }, (_, i) => rawViaRecipe('GET', searches[i % 2]!).then((answer) => ({ ...answer, spanish: i % 2 === 1 }))))
  const limited = answers.filter((a) => a.status === 429)
  const served = answers.filter((a) => a.status === 200)
  expect(limited.length, 'some were refused').toBeGreaterThan(0)
  expect(served.length, 'the burst was served').toBeGreaterThanOrEqual(burst)
  expect(served.length + limited.length, 'nothing else').toBe(sent)
  for (const answer of limited.slice(0, 3)) {
    expectSecurityHeaders(answer, '429', { document: false })
    expect(answer.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'")
    expect(answer.headers.get('retry-after')).toBeTruthy()
  }
  expect(limited.some((a) => a.spanish) && limited.some((a) => !a.spanish), 'both finders were limited').toBe(true)
  // Other pages have no limit.
  expect((await viaRecipe('/about')).status).toBe(200)
  expect((await viaRecipe(`/cities?limit=${tag}`)).status).toBe(200)
  // Once the client slows down, the finder answers again.
  let again = 429
  for (let i = 0; i < 40 && again === 429; i++) {
    await pause(250)
    again = (await viaRecipe(`/best-practices?q=after-${tag}`)).status
  }
  expect(again).toBe(200)
})
