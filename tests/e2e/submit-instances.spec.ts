/**
 * The submission form without JavaScript on more than one server, and its limit per sender: two
 * `next start` of the build behind a round-robin proxy started here (trusted for one hop, as nginx
 * is), sharing one outbox; and one `next start` alone, trusting no proxy.
 */
import { readFileSync } from 'node:fs'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Browser } from '@playwright/test'
import { startGate, type Gate } from './support/gate'
import { startNextServer, type NextServer } from './support/next-server'
import { fillValid } from './support/submit-form'

test.describe.configure({ mode: 'serial', timeout: 240_000 })

const LIMIT_MESSAGE = /This connection has sent 5 practices in the last hour, the most we accept/

function outboxLines(dir: string): string[] {
  try {
    return readFileSync(join(dir, 'outbox.ndjson'), 'utf8').split('\n').filter(Boolean)
  } catch {
    return []
  }
}

/** Sends a valid practice without JavaScript; answers the reference, or null when it was refused. */
async function sendValid(browser: Browser, baseURL: string, title: string, headers: Record<string, string> = {}): Promise<string | null> {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false, extraHTTPHeaders: headers })
  const page = await context.newPage()
  try {
    await page.goto('/submit')
    await fillValid(page, title)
    await page.getByRole('button', { name: 'Send the practice' }).click()
    await page.waitForLoadState()
    if (/\/submit\/received\?ref=/.test(page.url())) return (await page.getByTestId('reference').textContent()) ?? ''
    await expect(page.locator('#error-summary')).toContainText(LIMIT_MESSAGE)
    // Refused, not lost: the answers are all there to send again later.
    await expect(page.getByLabel('Name of the practice', { exact: true })).toHaveValue(title)
    return null
  } finally {
    await context.close()
  }
}

test.describe('two instances behind a round-robin proxy, without JavaScript', () => {
  const dir = mkdtempSync(join(tmpdir(), 'e2e-instances-'))
  let sites: NextServer[] = []
  let gate: Gate

  test.beforeAll(async () => {
    const env = { SUBMISSIONS_DIR: dir, TRUSTED_PROXY_HOPS: '1' }
    sites = await Promise.all([startNextServer(env), startNextServer(env)])
    gate = await startGate(
      sites.map((s) => s.url),
      { forwardedFor: true },
    )
  })
  test.afterAll(async () => {
    await gate?.stop()
    await Promise.all(sites.map((s) => s.stop()))
  })

  test('the empty form comes back with its error summary and the answers typed, whichever instance answers', async ({ browser }) => {
    const context = await browser.newContext({ baseURL: gate.url, javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/submit')
    await page.getByLabel('City', { exact: true }).fill('Columbia')
    await page.getByLabel('Summary', { exact: true }).fill('Too short')
    await page.locator('#compactComponents-2').check()
    const before = gate.servedBy.length
    await page.getByRole('button', { name: 'Send the practice' }).click()
    const summary = page.locator('#error-summary')
    await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible()
    await expect(summary.getByRole('link').first()).toHaveText('Select your city’s state')
    await expect(summary.getByRole('link', { name: 'The summary must be 40 characters or more' })).toBeVisible()
    await expect(page.getByLabel('City', { exact: true })).toHaveValue('Columbia')
    await expect(page.getByLabel('Summary', { exact: true })).toHaveValue('Too short')
    await expect(page.locator('#compactComponents-2')).toBeChecked()
    // The form was served by one instance and sent to the other.
    expect(gate.servedBy.length).toBeGreaterThan(before)
    expect(new Set(gate.servedBy).size).toBe(2)
    expect(outboxLines(dir)).toEqual([])
    await context.close()
  })

  test('six valid practices from one sender, over both instances: five stored, the sixth refused', async ({ browser }) => {
    const references: (string | null)[] = []
    const posts: number[] = []
    for (let i = 1; i <= 6; i++) {
      // A page's requests are always as many, so one extra request every other time alternates
      // which instance the form is sent to.
      if (i % 2) await fetch(`${gate.url}/robots.txt`).then((r) => r.arrayBuffer())
      const from = gate.servedBy.length
      references.push(await sendValid(browser, gate.url, `Crisis response teams, number ${i}`))
      posts.push(...gate.servedBy.slice(from).filter((_, k) => gate.forwarded[from + k]!.startsWith('POST')))
    }
    expect(references.slice(0, 5).every((r) => r && /^CICC-\d{4}-[0-9A-Z]{6}$/.test(r))).toBe(true)
    expect(references[5]).toBeNull()
    expect(new Set(posts)).toEqual(new Set([0, 1]))
    const lines = outboxLines(dir)
    expect(lines).toHaveLength(5)
    expect(lines.map((l) => (JSON.parse(l) as { reference: string }).reference)).toEqual(references.slice(0, 5))
    expect(lines.some((l) => l.includes('number 6'))).toBe(false)
  })
})

test.describe('one instance, no trusted proxy', () => {
  const dir = mkdtempSync(join(tmpdir(), 'e2e-untrusted-'))
  let site: NextServer

  test.beforeAll(async () => {
    site = await startNextServer({ SUBMISSIONS_DIR: dir, TRUSTED_PROXY_HOPS: '', TRUSTED_PROXY_ADDRESSES: '' })
  })
  test.afterAll(async () => site?.stop())

  test('six practices, each with its own X-Forwarded-For: five stored, the sixth refused', async ({ browser }) => {
    const references: (string | null)[] = []
    for (let i = 1; i <= 6; i++) {
      references.push(await sendValid(browser, site.url, `Practice from a changing address ${i}`, { 'x-forwarded-for': `203.0.113.${i}` }))
    }
    expect(references.slice(0, 5).every(Boolean)).toBe(true)
    expect(references[5]).toBeNull()
    expect(outboxLines(dir)).toHaveLength(5)
  })
})
