/**
 * Hardening of the production build (the one Playwright's web server runs):
 *
 * - every kind of response (static and dynamic pages, the 404 page, the API, the feed, the sitemap,
 *   robots.txt, build files, RSC payloads, the Studio, draft mode) carries the security headers of
 *   lib/security/headers.ts, every document the CSP of its part, and the public CSP has no
 *   'unsafe-eval';
 * - the policies hold in Chromium: the public templates and the Studio load without a single CSP
 *   violation; the site cannot be framed, except a draft-mode page by the Studio (Presentation);
 * - load: 30 s at 64 connections over the main pages on a second `next start` of the same build
 *   (loopback only): no error, no answer other than 2xx.
 */
import autocannon from 'autocannon'
import { expect, test, type APIResponse, type Page } from '@playwright/test'
import { SHARED_PAGE_CACHE_CONTROL } from '../../lib/cache-headers'
import { contentSecurityPolicy, documentHeaders, everyResponseHeaders, parseCsp, type CspPart } from '../../lib/security/headers'
import { DATASET_FILE } from '../support/dataset'
import { startQueryServer, type QueryServer } from '../support/query-server'
import { startNextServer, type NextServer } from './support/next-server'
import { stubSanityApi } from './support/sanity-stub'
import { sitemapLocations } from './support/site-crawl'

/** Checks a response's headers: those of every response, and a document's headers of `part` (none for null). */
function expectHeaders(response: APIResponse, part: CspPart | null, what: string) {
  const headers = response.headers()
  for (const { key, value } of everyResponseHeaders()) expect(headers[key.toLowerCase()], `${what}: ${key}`).toBe(value)
  if (part === null) {
    expect(headers['content-security-policy'], `${what}: no CSP`).toBeUndefined()
    return
  }
  for (const { key, value } of documentHeaders(part)) expect(headers[key.toLowerCase()], `${what}: ${key}`).toBe(value)
}

/** Paths of one practice, one city and one organization, from the sitemap. */
async function samplePaths(request: { get: (url: string) => Promise<APIResponse> }, base = ''): Promise<string[]> {
  const paths = sitemapLocations(await (await request.get(`${base}/sitemap.xml`)).text()).map((loc) => new URL(loc).pathname)
  return ['/best-practices/', '/cities/', '/organizations/'].map((prefix) => paths.find((p) => p.startsWith(prefix) && p.length > prefix.length)!)
}

test.describe('security headers', () => {
  test('every kind of response carries them, every document the policy of its part', async ({ request }) => {
    const home = await request.get('/')
    const script = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(await home.text())?.[1]
    expect(script, 'the home page loads a build file').toBeTruthy()
    const [practice] = await samplePaths(request)

    const cases: { what: string; part: CspPart | null; status: number | number[]; go: () => Promise<APIResponse> }[] = [
      { what: 'static page /', part: 'site', status: 200, go: () => request.get('/') },
      { what: 'prerendered practice', part: 'site', status: 200, go: () => request.get(practice!) },
      { what: 'dynamic page (finder search)', part: 'site', status: 200, go: () => request.get('/best-practices?q=police&topic=training') },
      { what: 'the form /submit', part: 'site', status: 200, go: () => request.get('/submit') },
      { what: 'the Spanish form /es/submit', part: 'site', status: 200, go: () => request.get('/es/submit') },
      { what: 'the Spanish finder with a search', part: 'site', status: 200, go: () => request.get('/es/best-practices?q=police&topic=training') },
      { what: '404 page', part: 'site', status: 404, go: () => request.get('/no-such-page') },
      { what: 'RSC navigation (payload, not a document)', part: null, status: 200, go: () => request.get('/compact/1', { headers: { rsc: '1' } }) },
      { what: 'API: webhook', part: 'site', status: [401, 503], go: () => request.post('/api/revalidate', { data: '{}' }) },
      { what: 'a page asked with DELETE (405)', part: 'site', status: 405, go: () => request.delete('/best-practices') },
      { what: 'a broken percent-escape (400)', part: 'site', status: 400, go: () => request.get('/about%') },
      { what: 'feed', part: 'site', status: 200, go: () => request.get('/feed.xml') },
      { what: 'sitemap', part: 'site', status: 200, go: () => request.get('/sitemap.xml') },
      { what: 'robots.txt', part: 'site', status: 200, go: () => request.get('/robots.txt') },
      { what: 'build file (not a document)', part: null, status: 200, go: () => request.get(script!) },
      { what: 'draft mode: enable', part: 'preview', status: [401, 404], go: () => request.get('/api/draft-mode/enable') },
      { what: 'draft-mode cookie', part: 'preview', status: 200, go: () => request.get('/about', { headers: { cookie: '__prerender_bypass=not-a-real-one' } }) },
      { what: 'Studio', part: 'studio', status: 200, go: () => request.get('/studio') },
      { what: 'Studio, deep address', part: 'studio', status: 200, go: () => request.get('/studio/structure/bestPractices') },
    ]
    for (const { what, part, status, go } of cases) {
      const response = await go()
      expect([status].flat(), `${what}: status ${response.status()}`).toContain(response.status())
      expectHeaders(response, part, what)
    }
  })

  test("the public policy allows no 'unsafe-eval', no other origin for scripts, requests or frames, and no framing", async ({ request }) => {
    for (const path of ['/', '/no-such-page', '/feed.xml', '/api/revalidate']) {
      const csp = (await request.get(path)).headers()['content-security-policy']!
      expect(csp, path).not.toContain('unsafe-eval')
      const directives = parseCsp(csp)
      expect(directives.get('script-src'), path).toEqual(["'self'", "'unsafe-inline'"])
      expect(directives.get('connect-src'), path).toEqual(["'self'"])
      expect(directives.get('frame-ancestors'), path).toEqual(["'none'"])
      expect(directives.get('object-src'), path).toEqual(["'none'"])
      expect(directives.get('base-uri'), path).toEqual(["'self'"])
      expect(directives.get('form-action'), path).toEqual(["'self'"])
    }
  })
})

test.describe('cache headers', () => {
  test('the finder and the city list may be kept by shared caches; not in draft mode, and not the pages Next prerenders', async ({ request }) => {
    for (const path of ['/best-practices?q=police&topic=training', '/best-practices', '/es/best-practices?q=police', '/cities?state=CA']) {
      const response = await request.get(path)
      expect(response.status(), path).toBe(200)
      expect(response.headers()['cache-control'], path).toBe(SHARED_PAGE_CACHE_CONTROL)
      const draft = await request.get(path, { headers: { cookie: '__prerender_bypass=not-a-real-one' } })
      expect(draft.headers()['cache-control'], `${path} in draft mode`).toMatch(/private|no-store/)
    }
    // Pages Next prerenders keep the Cache-Control Next gives them (ISR: s-maxage and stale-while-revalidate).
    expect((await request.get('/about')).headers()['cache-control']).toMatch(/^s-maxage=\d+, stale-while-revalidate/)
    // The form and the API are never stored.
    expect((await request.get('/submit')).headers()['cache-control']).toMatch(/no-store/)
    expect((await request.get('/es/submit')).headers()['cache-control']).toMatch(/no-store/)
  })
})

/** Records every CSP violation in the page (from before its first script runs). */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) console.push(message.text())
  })
  await page.addInitScript(() => {
    const store: string[] = []
    ;(window as unknown as { __csp: string[] }).__csp = store
    document.addEventListener('securitypolicyviolation', (e) => store.push(`${e.violatedDirective} ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`))
  })
  return async () => [...console, ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []))]
}

test.describe('the policies in the browser', () => {
  test('public templates load without a CSP violation', async ({ page, request }) => {
    test.setTimeout(120_000)
    const violations = await watchCsp(page)
    const [practice, city, organization] = await samplePaths(request)
    const paths = ['/', '/about', '/compact/1', practice!, city!, organization!, '/grants', '/documenting-the-problems', '/best-practices', '/best-practices?q=police&topic=training', '/map', '/cities', '/submit', '/es/submit', '/es/best-practices?q=police', '/no-such-page']
    const found: string[] = []
    for (const path of paths) {
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
      await page.waitForLoadState('networkidle')
      for (const v of await violations()) found.push(`${path}: ${v}`)
    }
    // A client-side navigation (RSC fetch) too.
    await page.goto('/')
    await page.getByRole('link', { name: /best practices/i }).first().click()
    await page.waitForURL(/\/best-practices/)
    await page.waitForLoadState('networkidle')
    for (const v of await violations()) found.push(`navigation: ${v}`)
    expect(found).toEqual([])
  })

  test('the site cannot be framed; a draft-mode page can be, by the Studio only', async ({ page, context, baseURL }) => {
    // /studio (the setup page on this server) has the Studio's policy: it may frame the site.
    await page.goto('/studio')
    const frameIn = async (id: string, src: string) => {
      await page.evaluate(
        ([id, src]) =>
          new Promise<void>((resolve) => {
            const frame = document.createElement('iframe')
            frame.id = id!
            frame.src = src!
            frame.onload = () => resolve()
            document.body.append(frame)
          }),
        [id, src],
      )
      return page.frameLocator(`#${id}`)
    }
    const blocked = await frameIn('public', '/about')
    await expect(blocked.getByRole('heading', { level: 1 })).toHaveCount(0)

    await context.addCookies([{ name: '__prerender_bypass', value: 'staff-preview', url: baseURL! }])
    const preview = await frameIn('preview', '/about')
    await expect(preview.getByRole('heading', { level: 1 })).toBeVisible()

    // Another origin may frame nothing, draft mode or not.
    await page.setContent(`<iframe id="other" src="${baseURL}/about"></iframe>`)
    await page.waitForTimeout(1000)
    await expect(page.frameLocator('#other').getByRole('heading', { level: 1 })).toHaveCount(0)
  })
})

test.describe('the Studio under its policy', () => {
  test.describe.configure({ timeout: 120_000 })
  let studio: NextServer
  let lake: QueryServer

  test.beforeAll(async () => {
    test.setTimeout(120_000)
    // A project id makes /studio load the Studio; server-side content (if any page around it asks)
    // comes from the loopback lake, the browser's calls to Sanity are stubbed.
    lake = await startQueryServer({ file: DATASET_FILE })
    studio = await startNextServer({ SANITY_PROJECT_ID: 'test1234', SANITY_DATASET: lake.dataset, SANITY_API_HOST: lake.url })
  })
  test.afterAll(async () => {
    await studio?.stop()
    await lake?.stop()
  })

  test("loads and reaches Sanity's API without a CSP violation (no 'unsafe-eval' needed)", async ({ page }) => {
    const sanity = await stubSanityApi(page, studio.url)
    const violations = await watchCsp(page)
    const response = await page.goto(`${studio.url}/studio`)
    expect(response?.headers()['content-security-policy']).toBe(contentSecurityPolicy('studio'))
    await expect(page.getByText('Choose login provider')).toBeVisible({ timeout: 60_000 })
    expect(sanity.requests.some((url) => new URL(url).hostname.endsWith('.sanity.io')), 'the Studio called the Sanity API').toBe(true)
    expect(await violations()).toEqual([])
  })
})

test.describe('load', () => {
  let server: NextServer

  test.beforeAll(async () => {
    test.setTimeout(90_000)
    server = await startNextServer({})
  })
  test.afterAll(async () => {
    await server?.stop()
  })

  test('30 s at 64 connections over the main pages: no error, only 2xx', async ({ request }) => {
    test.setTimeout(120_000)
    const samples = await samplePaths(request, server.url)
    const paths = ['/', '/about', '/compact/1', ...samples, '/grants', '/best-practices', '/best-practices?q=police&topic=training', '/map', '/cities', '/feed.xml', '/sitemap.xml']
    const url = new URL(server.url)
    expect(url.hostname).toBe('127.0.0.1')
    const result = await autocannon({
      url: server.url,
      connections: 64,
      duration: 30,
      timeout: 20,
      requests: paths.map((path) => ({ method: 'GET', path, headers: { 'accept-encoding': 'gzip' } })),
    })
    const summary = `${result.requests.total} requests, ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`
    test.info().annotations.push({ type: 'load', description: summary })
    console.log(`load: ${summary}`)
    expect(result.requests.total).toBeGreaterThan(1000)
    expect(result.errors, summary).toBe(0)
    expect(result.timeouts, summary).toBe(0)
    expect(result.non2xx, summary).toBe(0)
    expect(result['2xx'], summary).toBe(result.requests.total)
  })
})
