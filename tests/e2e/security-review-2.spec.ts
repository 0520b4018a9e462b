/**
 * The second security review (issue 28), tried again as an attacker would, on `next start`: each
 * of these failed before it was fixed. The rules in detail are in tests/unit (redirect.test.ts,
 * headers.test.ts, proxy.test.ts, cached-query.test.ts); the recipe's part is in recipe.spec.ts.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { raw, type RawAnswer } from './support/raw-request'
import { fillValid } from './support/submit-form'


const DOCUMENT_HEADERS = ['content-security-policy', 'x-frame-options', 'permissions-policy', 'strict-transport-security', 'x-content-type-options', 'referrer-policy']

function expectDocumentHeaders(answer: RawAnswer, what: string) {
  for (const name of DOCUMENT_HEADERS) expect(answer.headers[name], `${what}: ${name}`).toBeTruthy()
}

interface ManifestEntry {
  filename?: string
  exportedName?: string
}

/** Every server reference of this build: Server Actions and `'use cache'` functions alike. */
function serverReferences(): [string, ManifestEntry][] {
  const file = join(process.env.NEXT_DIST_DIR || '.next', 'server', 'server-reference-manifest.json')
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, ManifestEntry>>
  return Object.entries({ ...manifest.node, ...manifest.edge })
}

/**
 * The references that may answer a call: the form's action and the site's Live action. next-sanity's
 * own Live action is registered too, but the site gives <SanityLive /> its own (components/ContentLive.tsx),
 * so that one is refused like the cached functions (lib/security/action-ids.ts).
 */
const MAY_ANSWER = [/^app\/\[lang\]\/submit\/actions\.ts$/, /^lib\/content\/live-action\.ts$/]

/** A query whose answer shows it ran: "q-<number of documents>-q". */
const QUERY = '"q-" + string(count(*)) + "-q"'
const RAN = /q-\d+-q/
const HOSTILE_ARGUMENTS: unknown[][] = [
  ['siteSettings', QUERY, {}, [], 'v1'],
  [QUERY, '{}', 'v1'],
  ['siteSettings', QUERY],
  [QUERY],
  [{ query: QUERY }, QUERY, QUERY, QUERY, QUERY, QUERY, QUERY],
  ['bestPractice', JSON.stringify({ slug: QUERY }), QUERY],
]

test('1. no server reference runs a query it is sent; only the form’s action and Live’s answer at all', async ({ baseURL }) => {
  const references = serverReferences()
  expect(references.length).toBeGreaterThan(2)
  const cached = references.filter(([id]) => (Number.parseInt(id.slice(0, 2), 16) >> 7) & 1)
  // The door's cached scope is one of them: Next registers every 'use cache' function.
  expect(cached.some(([, entry]) => entry.filename === 'lib/content/cached.ts' || entry.filename === 'lib/content/index.ts')).toBe(true)
  for (const [id, entry] of references) {
    const mayAnswer = MAY_ANSWER.some((pattern) => pattern.test(entry.filename ?? ''))
    for (const args of HOSTILE_ARGUMENTS) {
      for (const path of ['/', '/about', '/submit']) {
        const answer = await raw(
          baseURL!,
          'POST',
          path,
          { 'next-action': id, 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component' },
          JSON.stringify(args),
        )
        const what = `${entry.filename} ${entry.exportedName} ${path} ${JSON.stringify(args).slice(0, 60)}`
        expect(answer.body, what).not.toMatch(RAN)
        expect(answer.status, what).toBeLessThan(500)
        if (!mayAnswer) {
          expect(answer.status, what).toBe(403)
          expectDocumentHeaders(answer, what)
        }
      }
    }
    // The same id in a form sent without JavaScript, with the arguments bound in the form's fields.
    if (!mayAnswer) {
      const boundary = '----probe'
      const fields: [string, string][] = [
        ['$ACTION_REF_1', ''],
        ['$ACTION_1:0', JSON.stringify({ id, bound: '$@1' })],
        ['$ACTION_1:1', JSON.stringify(HOSTILE_ARGUMENTS[0])],
      ]
      const body = fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join('') + `--${boundary}--\r\n`
      const answer = await raw(baseURL!, 'POST', '/submit', { 'content-type': `multipart/form-data; boundary=${boundary}` }, body)
      expect(answer.status, `${entry.filename} via a form`).toBe(403)
      expect(answer.body).not.toMatch(RAN)
    }
  }
})

test('2. leaving draft mode never redirects off the site, whatever dot segments say', async ({ baseURL }) => {
  const dots = ['..', '%2e%2e', '%2E%2E', '.%2e', '%2e.']
  const slashes = ['//', '/%5C', '%5C/', '%5C%5C', '/%09/', '/%0A/', '/%0D%0A/', '%2F/', '/%2F']
  const targets = dots.flatMap((d) => slashes.flatMap((s) => [`/${d}${s}evil.example`, `/a/${d}/${d}${s}evil.example`, `/${d}/${d}${s}evil.example/x%3Fy%3D1`]))
  for (const method of ['GET', 'POST']) {
    for (const target of targets) {
      const answer = await raw(baseURL!, method, `/api/draft-mode/disable?redirect=${target}`, { origin: baseURL! })
      const location = String(answer.headers.location)
      const what = `${method} ${target} → ${location}`
      expect(answer.status, what).toBe(method === 'GET' ? 307 : 303)
      expect(location, what).toMatch(/^\/(?![/\\])/)
      expect(new URL(location, baseURL).origin, what).toBe(new URL(baseURL!).origin)
    }
  }
})

test('4. every HTML answer carries the security headers, whatever the RSC header says', async ({ baseURL }) => {
  for (const path of ['/', '/about', '/studio', '/best-practices', '/es/about']) {
    for (const rsc of ['0', '', 'true', '2', '1, 1', ['1', '1'], 'yes']) {
      const answer = await raw(baseURL!, 'GET', path, { rsc })
      const what = `${path} RSC: ${JSON.stringify(rsc)}`
      if (!/text\/html/.test(String(answer.headers['content-type']))) continue
      expect(answer.body, what).toMatch(/^<!DOCTYPE html>/i)
      expectDocumentHeaders(answer, what)
    }
    // The one flight request (`RSC: 1`) is never answered with the document (Next sends it the
    // payload, or first a redirect to its cache-busting address).
    const flight = await raw(baseURL!, 'GET', path, { rsc: '1' })
    expect(String(flight.headers['content-type'] ?? ''), path).not.toMatch(/text\/html/)
  }
  // Each of those was a document (none was skipped by the `continue` above).
  const zero = await raw(baseURL!, 'GET', '/about', { rsc: '0' })
  expect(String(zero.headers['content-type'])).toMatch(/text\/html/)
})

test('5. a form post that is too large, or from another origin: 413 or 403 with a page and the site’s headers', async ({ baseURL }) => {
  const form = { 'content-type': 'application/x-www-form-urlencoded' }
  const big = `title=${'x'.repeat(70 * 1024)}`
  const cases: [string, Record<string, string>, string | Buffer[], number, RegExp][] = [
    ['/submit', { ...form, origin: baseURL! }, big, 413, /too large/],
    ['/es/submit', { ...form, origin: baseURL! }, big, 413, /demasiado grande/],
    // Without a Content-Length: counted as it arrives.
    ['/submit', { ...form, origin: baseURL!, 'transfer-encoding': 'chunked' }, Array.from({ length: 20 }, () => Buffer.from('x'.repeat(4096))), 413, /too large/],
    ['/submit', { ...form, origin: 'https://evil.example' }, 'title=x', 403, /refused/],
    ['/es/submit', { ...form, origin: 'https://evil.example' }, 'title=x', 403, /rechazó/],
    ['/submit', { ...form, origin: 'NULL' }, 'title=x', 403, /refused/],
    ['/submit', { ...form, origin: 'null' }, 'title=x', 403, /refused/],
    ['/submit', { ...form, origin: baseURL!.replace(/:\d+$/, ':1') }, 'title=x', 403, /refused/],
    ['/submit', { ...form, origin: baseURL!, 'x-forwarded-host': 'evil.example' }, 'title=x', 403, /refused/],
  ]
  for (const [path, headers, body, status, text] of cases) {
    const answer = await raw(baseURL!, 'POST', path, headers, body)
    const what = `${path} ${JSON.stringify(headers)}`
    expect(answer.status, what).toBe(status)
    expect(String(answer.headers['content-type']), what).toMatch(/text\/html/)
    expect(answer.body, what).toMatch(text)
    expect(answer.headers['cache-control'], what).toMatch(/no-store/)
    expectDocumentHeaders(answer, what)
  }
  // A fetch action (with JavaScript) from another origin: refused the same way.
  const action = await raw(baseURL!, 'POST', '/submit', { 'next-action': '60' + '0'.repeat(40), origin: 'https://evil.example' }, '[]')
  expect(action.status).toBe(403)
})

test('6. a link to a private address is refused with a message', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': '198.51.100.206' } })
  const page = await context.newPage()
  await page.goto('/submit')
  await fillValid(page, `Private link probe ${Date.now()}`)
  await page.getByLabel('Links (optional)', { exact: true }).fill('http://169.254.169.254/latest/meta-data/')
  await page.getByRole('button', { name: 'Send the practice' }).click()
  await expect(page).toHaveURL(/\/submit(#error-summary)?$/)
  await expect(page.getByText('Link 1 leads to a private or local address').first()).toBeVisible()
  // (An e-mail address in two alphabets cannot be sent from the browser: Chromium writes the domain in
  // punycode and refuses a non-ASCII local part. The server's refusal, in both languages, is in
  // tests/unit/submission-cleaning.test.ts.)
  await context.close()
})

test('7. the confirmation shows a reference only with the proof the form’s action gave; a filled honeypot gets none', async ({ browser, baseURL }) => {
  test.setTimeout(150_000)
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': '198.51.100.207' } })
  const page = await context.newPage()
  for (const address of ['/submit/received?ref=CICC-2026-7KQ2MX', `/submit/received?ref=CICC-2026-7KQ2MX&proof=${'A'.repeat(22)}`, '/es/submit/received?ref=CICC-2026-7KQ2MX']) {
    await page.goto(address)
    await expect(page.getByTestId('reference'), address).toHaveCount(0)
    expect(await page.locator('main').innerText(), address).not.toContain('7KQ2MX')
  }
  // A real submission: the address carries the proof, and the page shows the reference.
  await page.goto('/submit')
  await fillValid(page, `Reference proof probe ${Date.now()}`)
  await page.getByRole('button', { name: 'Send the practice' }).click()
  await page.waitForURL(/\/submit\/received\?ref=CICC-\d{4}-[0-9A-Z]{6}&proof=/)
  const reference = (await page.getByTestId('reference').textContent()) ?? ''
  expect(reference).toMatch(/^CICC-\d{4}-[0-9A-HJKMNP-TV-Z]{6}$/)
  // The same reference with another proof shows nothing.
  await page.goto(`/submit/received?ref=${reference}&proof=${'B'.repeat(22)}`)
  await expect(page.getByTestId('reference')).toHaveCount(0)
  // A robot that fills the honeypot: the confirmation, without a reference.
  await page.goto('/submit')
  await fillValid(page, `Honeypot probe ${Date.now()}`)
  await page.locator('input[name="website"]').evaluate((input: HTMLInputElement) => (input.value = 'http://spam.example'))
  await page.getByRole('button', { name: 'Send the practice' }).click()
  // (the form posts to /submit#error-summary, and the redirect keeps the fragment)
  await page.waitForURL(/\/submit\/received(#error-summary)?$/)
  await expect(page.getByTestId('reference')).toHaveCount(0)
  await context.close()
})
