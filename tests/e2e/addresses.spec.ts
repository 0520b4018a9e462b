import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { titleOf } from './support/site-crawl'

/**
 * Every public address answers as it did before the route tree became one tree for both languages
 * (issue 24): the same status and the same `<title>`. tests/fixtures/addresses.json was recorded
 * from a production server of the tree before that change (scripts/record-addresses.ts): every
 * address of the sitemap in both languages, the Spanish address of every page without a Spanish
 * version (the designed 404), and the addresses outside the sitemap that readers reach. No
 * redirects: each is asked once, and a 3xx is a failure.
 */
interface Recorded {
  path: string
  status: number
  title: string | null
}

const recorded: Recorded[] = JSON.parse(readFileSync(join(__dirname, '../fixtures/addresses.json'), 'utf8'))

test('the recorded list covers both languages, the 404s and the sitemap', () => {
  expect(recorded.length).toBeGreaterThan(100)
  expect(recorded.some((r) => r.path.startsWith('/es') && r.status === 200)).toBe(true)
  expect(recorded.some((r) => r.path.startsWith('/es') && r.status === 404)).toBe(true)
})

test('every recorded address answers with the same status and <title> as before', async ({ request }) => {
  const differences: string[] = []
  for (const { path, status, title } of recorded) {
    const response = await request.get(path, { maxRedirects: 0 })
    const type = response.headers()['content-type'] ?? ''
    const now = type.includes('text/html') ? titleOf(await response.text()) : null
    if (response.status() !== status) differences.push(`${path}: status ${response.status()}, was ${status}`)
    if (now !== title) differences.push(`${path}: title ${JSON.stringify(now)}, was ${JSON.stringify(title)}`)
  }
  expect(differences).toEqual([])
})
