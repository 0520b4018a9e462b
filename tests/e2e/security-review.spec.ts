/**
 * What a security review found, tried again as an attacker would, on `next start` (each of these
 * failed before it was fixed). The webhook's body limit and signature age, and the redirect's rules
 * in detail, are in tests/unit/revalidate.test.ts and tests/unit/redirect.test.ts.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { worstFinderAddress } from '../../bench/finder-worst'
import { MAX_ADDRESS_QUERY_BYTES } from '../../lib/search/url'
import { raw, type RawAnswer } from './support/raw-request'
import { fillValid } from './support/submit-form'


/** Every answer's headers; a document's too, unless it answers an RSC request (a payload, as the site's rules say). */
const EVERY_RESPONSE = ['strict-transport-security', 'x-content-type-options', 'referrer-policy']
const DOCUMENT = ['content-security-policy', 'x-frame-options']

function expectSecurityHeaders(answer: RawAnswer, { document = true } = {}) {
  for (const name of [...EVERY_RESPONSE, ...(document ? DOCUMENT : [])]) expect(answer.headers[name], name).toBeTruthy()
}

test('1. leaving draft mode never redirects off the site', async ({ baseURL }) => {
  for (const target of ['/%09/evil.example', '/%09%5Cevil.example', '%2F%2Fevil.example', '/%0d%0a/evil.example', '/%E6%97%A5%0A']) {
    const answer = await raw(baseURL!, 'GET', `/api/draft-mode/disable?redirect=${target}`)
    expect(answer.status, target).toBe(307)
    const location = String(answer.headers.location)
    expect(new URL(location, baseURL).origin, `${target} → ${location}`).toBe(new URL(baseURL!).origin)
    expect(location).not.toMatch(/[\t\r\n\\]|evil/)
  }
  const kept = await raw(baseURL!, 'GET', '/api/draft-mode/disable?redirect=%2Fabout%3Fx%3D1')
  expect(kept.headers.location).toBe('/about?x=1')
})

test('2. the webhook refuses a large body with 413 before reading it whole', async ({ baseURL }) => {
  const answer = await raw(baseURL!, 'POST', '/api/revalidate', { 'content-type': 'application/json' }, 'x'.repeat(2 * 1024 * 1024))
  expect(answer.status).toBe(413)
})

test('3. pages answer GET and HEAD only (405 with Allow), and only those are ever marked shareable', async ({ baseURL, request }) => {
  const city = (await (await request.get('/cities')).text()).match(/href="(\/cities\/[a-z0-9-]+)"/)?.[1] ?? '/cities/columbia-sc'
  for (const path of ['/best-practices', '/best-practices?q=youth', city, '/submit', '/studio', '/about', '/']) {
    // TRACE never reaches proxy.ts on `next start`: Node's fetch Request cannot carry it, and Next
    // answers 500 before any page renders. It must not get the page, nor a shareable answer.
    const trace = await raw(baseURL!, 'TRACE', path)
    expect([405, 500], `TRACE ${path}`).toContain(trace.status)
    expect(trace.body).not.toContain('<html')
    expect(String(trace.headers['cache-control'])).not.toMatch(/public|s-maxage/)
    for (const method of ['PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const answer = await raw(baseURL!, method, path)
      expect(answer.status, `${method} ${path}`).toBe(405)
      expect(answer.headers.allow, `${method} ${path}`).toBe(path === '/submit' ? 'GET, HEAD, POST' : 'GET, HEAD')
      expect(String(answer.headers['cache-control'])).not.toMatch(/public|s-maxage/)
      expectSecurityHeaders(answer)
    }
  }
  const post = await raw(baseURL!, 'POST', '/best-practices', { 'content-type': 'application/x-www-form-urlencoded' }, 'q=youth')
  expect(post.status).toBe(405)
  expect(String(post.headers['cache-control'])).not.toMatch(/public|s-maxage/)
  // GET and HEAD still work, and the finder is still shareable.
  const get = await raw(baseURL!, 'GET', '/best-practices')
  expect(get.status).toBe(200)
  expect(String(get.headers['cache-control'])).toMatch(/public/)
  expect((await raw(baseURL!, 'HEAD', '/best-practices')).status).toBe(200)
})

test('4. a broken percent-escape or a garbled router state: 400 with the security headers', async ({ baseURL }) => {
  for (const path of ['/%FF', '/about%', '/cities/%FF%FE', '/best-practices/%E0%A4%A']) {
    const answer = await raw(baseURL!, 'GET', path)
    expect(answer.status, path).toBe(400)
    expectSecurityHeaders(answer)
  }
  for (const tree of ['garbage', '%7B%22not%22%3A%22a%20tree%22%7D', '%E0%A4%A', '[[[[[[']) {
    for (const path of ['/submit', '/best-practices?q=youth', '/about']) {
      const headers = { rsc: '1', 'next-router-state-tree': tree }
      let answer = await raw(baseURL!, 'GET', path, headers)
      // Next first sends an RSC request to its cache-busting address (`?_rsc=<hash of the headers>`).
      if (answer.status === 307) answer = await raw(baseURL!, 'GET', String(answer.headers.location), headers)
      expect(answer.status, `${tree} on ${path}`).toBe(400)
      expectSecurityHeaders(answer, { document: false })
    }
  }
  // A genuine RSC request still works.
  const tree = encodeURIComponent(JSON.stringify(['', { children: ['__PAGE__', {}] }]))
  let good = await raw(baseURL!, 'GET', '/about', { rsc: '1', 'next-router-state-tree': tree })
  if (good.status === 307) good = await raw(baseURL!, 'GET', String(good.headers.location), { rsc: '1', 'next-router-state-tree': tree })
  expect(good.status).toBe(200)
})

test('5. an address longer than any the site makes gets 414 before Next reads it; the longest it accepts is still answered', async ({ baseURL }) => {
  // The review's address: 60 made-up cities and other pairs, 15 KB in all.
  const review = new URLSearchParams({ q: 'youth violence prevention '.repeat(8) })
  for (let c = 0; c < 60; c++) review.append('city', `made-up-city-${c}-${'x'.repeat(60)}`)
  while (review.toString().length < 15_000) review.append('year', String(1900 + (review.size % 300)))
  for (const path of [`/best-practices?${review}`, `/about?${review}`, `/cities/dallas-tx?${review}`]) {
    const answer = await raw(baseURL!, 'GET', path)
    expect(answer.status, path.slice(0, 40)).toBe(414)
    expect(answer.headers['cache-control']).toBe('no-store')
    expectSecurityHeaders(answer, { document: false })
  }
  const accepted = worstFinderAddress(1)
  expect(accepted.length - accepted.indexOf('?') - 1).toBeLessThanOrEqual(MAX_ADDRESS_QUERY_BYTES)
  const answer = await raw(baseURL!, 'GET', accepted)
  expect(answer.status).toBe(200)
  // Made-up cities are dropped: no link or field of the page carries them on.
  expect(answer.body).not.toMatch(/(href|value)="[^"]*made-up-city/)
})

test('8. a submission from an opaque origin (Origin: null) is refused, and nothing is stored', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': '198.51.100.208' } })
  const page = await context.newPage()
  await page.route('**/*', async (route) => {
    const sent = route.request()
    if (sent.method() !== 'POST') return route.continue()
    // (route.fetch, not route.continue: the browser would put its own Origin back)
    return route.fulfill({ response: await route.fetch({ headers: { ...(await sent.allHeaders()), origin: 'null' }, maxRedirects: 0 }) })
  })
  const title = `Origin null probe ${Date.now()}`
  await page.goto('/submit')
  await fillValid(page, title)
  const answer = page.waitForResponse((r) => r.request().method() === 'POST')
  await page.getByRole('button', { name: 'Send the practice' }).click()
  expect((await answer).status()).toBe(403)
  expect(page.url()).not.toMatch(/received/)
  const outbox = join(process.env.SUBMISSIONS_DIR ?? '.data/submissions', 'outbox.ndjson')
  let stored = ''
  try {
    stored = readFileSync(outbox, 'utf8')
  } catch {
    // no outbox yet: nothing stored
  }
  expect(stored).not.toContain(title)
  await context.close()
})
