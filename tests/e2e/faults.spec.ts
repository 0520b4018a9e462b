/**
 * Faults and secrets, on the production build shared with the other Content Lake specs
 * (tests/e2e/support/lake-build.ts), served from its own copy, reading a loopback Content Lake
 * (tests/support/query-server.ts) through a gate this test can close:
 *
 * - secrets: the build is made with recognizable fake tokens (read, write, webhook secret); none
 *   of them appears in the files browsers can fetch (<dist>/static), in any prerendered page or
 *   RSC payload, or in any page the server sends;
 * - a flood of badly signed webhooks: every one 401, nothing revalidated (the page keeps its
 *   content although the lake changed, and the log has no revalidation line);
 * - the Content Lake down during a revalidation: pages keep their last good version, with 200;
 * - a malformed document published (a Compact component without its title) and revalidated: the
 *   page keeps its last good version and the server's log names the document's _id and the field.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { expect, test } from '@playwright/test'
import { DATASET_FILE } from '../support/dataset'
import { startQueryServer, type QueryServer } from '../support/query-server'
import { startGate, type Gate } from './support/gate'
import { BUILD_TIMEOUT_MS, LAKE_DATASET, LAKE_DIST_DIR, LAKE_PORT, LAKE_SITE_PORT, lakeBuild, lakeBuildEnv, siteDistDir, tearDownLakeSpec, type FakeSecrets, type LakeBuild } from './support/lake-build'
import { Output, ROOT, sendWebhook, startSite, type RunningSite } from './support/revalidation-server'
import { decodeHtml } from './support/site-crawl'

/** The shared build, and the recognizable fake secrets it was made with: if any leaks, the test names it. */
let build: LakeBuild
let FAKE: FakeSecrets
let tag: string
const DIST_DIR = LAKE_DIST_DIR
const COMPONENT_ID = 'compactComponent-1'
const webhookBody = { _id: COMPONENT_ID, _type: 'compactComponent', slug: null }
const PAGES = ['/', '/compact/1']
const FLOOD = 200

test.describe.configure({ mode: 'serial', timeout: 90_000 })

let lake: QueryServer
let gate: Gate
let site: RunningSite
const output = new Output()
let original: Record<string, unknown>
let originalTitle: string

async function get(path: string): Promise<{ status: number; html: string }> {
  const response = await fetch(`${site.url}${path}`, { signal: AbortSignal.timeout(15_000) })
  return { status: response.status, html: decodeHtml(await response.text()) }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let servedFrom: string

test.beforeAll(async () => {
  test.setTimeout(BUILD_TIMEOUT_MS + 60_000)
  build = await lakeBuild()
  FAKE = build.secrets
  tag = build.tag
  lake = await startQueryServer({ file: DATASET_FILE, dataset: LAKE_DATASET, token: FAKE.SANITY_API_READ_TOKEN })
  gate = await startGate(lake.url, { port: LAKE_PORT })
  original = structuredClone(lake.documents().find((d) => d._id === COMPONENT_ID)!) as Record<string, unknown>
  originalTitle = String(original.title)
  servedFrom = siteDistDir('faults')
  const env = lakeBuildEnv(servedFrom, { SANITY_REVALIDATE_DELAY_MS: '200', ...FAKE })
  site = await startSite(LAKE_SITE_PORT, env, output, 30_000)
})

test.afterAll(async ({}, testInfo) => {
  await tearDownLakeSpec([site, gate, lake], servedFrom, output, testInfo.outputPath('next-server.log'))
})

function filesUnder(dir: string, keep: (path: string) => boolean = () => true): string[] {
  if (!existsSync(dir)) return []
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...filesUnder(path, keep))
    else if (keep(path)) out.push(path)
  }
  return out
}

function leaksIn(text: string): string[] {
  return Object.entries(FAKE)
    .filter(([, value]) => text.includes(value))
    .map(([name]) => name)
}

test('no secret reaches the browser: not in <dist>/static, prerendered pages, RSC payloads or served pages', async () => {
  const dist = join(ROOT, DIST_DIR)
  const staticFiles = filesUnder(join(dist, 'static'))
  expect(staticFiles.length, 'the build wrote client files').toBeGreaterThan(5)
  const prerendered = filesUnder(join(dist, 'server', 'app'), (p) => /\.(html|rsc|body|meta|json)$/.test(p))
  expect(prerendered.some((p) => p.endsWith('.html')), 'the build prerendered pages').toBe(true)

  const found: string[] = []
  for (const file of [...staticFiles, ...prerendered]) {
    if (statSync(file).size > 20_000_000) continue
    for (const name of leaksIn(readFileSync(file, 'latin1'))) found.push(`${name} in ${relative(ROOT, file)}`)
  }
  // And what the server sends: pages, the 404 page, the API's answers, RSC navigations.
  const served: [string, RequestInit?][] = [
    ['/'],
    ['/compact/1'],
    ['/no-such-page'],
    ['/compact/1', { headers: { rsc: '1' } }],
    ['/api/draft-mode/enable'],
    ['/studio'],
    ['/api/revalidate', { method: 'POST', body: '{}' }],
    ['/submit'],
  ]
  for (const [path, init] of served) {
    const response = await fetch(`${site.url}${path}`, { ...init, redirect: 'manual' })
    const text = `${[...response.headers].map(([k, v]) => `${k}: ${v}`).join('\n')}\n${await response.text()}`
    for (const name of leaksIn(text)) found.push(`${name} in the answer to ${init?.method ?? 'GET'} ${path}`)
  }
  expect(found, 'fake secrets found where browsers can read them').toEqual([])
  // The tokens were really in use: the site read the lake with the read token.
  expect([...build.requests, ...lake.requests].some((r) => r.authorized), 'the site queried the lake with the read token').toBe(true)
  console.log(`secrets: ${staticFiles.length} static files and ${prerendered.length} prerendered files scanned, ${served.length} answers checked, no fake secret found`)
})

test(`a flood of ${FLOOD} badly signed webhooks: every one 401, nothing revalidated`, async () => {
  const before = await get('/compact/1')
  expect(before.status).toBe(200)
  expect(before.html).toContain(originalTitle)
  const changed = `Unsigned change ${tag}`
  lake.putDocument({ ...original, title: changed } as never)
  const mark = output.mark()

  const statuses = new Map<number, number>()
  const signatures = [
    'not-the-secret',
    FAKE.SANITY_REVALIDATE_SECRET.toUpperCase(),
    `${FAKE.SANITY_REVALIDATE_SECRET}x`,
    '', // signed with an empty secret
    null, // no signature at all
  ] as const
  const started = Date.now()
  for (let batch = 0; batch < FLOOD / 20; batch++) {
    const answers = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const n = batch * 20 + i
        const secret: string | null = signatures[n % signatures.length] ?? null
        if (secret === '') {
          // A well-formed header whose signature is garbage.
          const response = await fetch(`${site.url}/api/revalidate`, {
            method: 'POST',
            body: JSON.stringify(webhookBody),
            headers: { 'content-type': 'application/json', 'sanity-webhook-signature': `t=${Date.now()},v1=${randomBytes(32).toString('base64url')}` },
            signal: AbortSignal.timeout(30_000),
          })
          return response.status
        }
        const response = await sendWebhook(site.url, webhookBody, secret)
        await response.arrayBuffer()
        return response.status
      }),
    )
    for (const status of answers) statuses.set(status, (statuses.get(status) ?? 0) + 1)
  }
  const seconds = (Date.now() - started) / 1000
  expect(Object.fromEntries(statuses), 'every badly signed webhook is refused').toEqual({ 401: FLOOD })

  for (let i = 0; i < 4; i++) {
    for (const path of PAGES) {
      const page = await get(path)
      expect(page.status).toBe(200)
      expect(page.html).toContain(originalTitle)
      expect(page.html).not.toContain(changed)
    }
    await pause(300)
  }
  const log = output.since(mark)
  expect(log, 'no revalidation happened').not.toMatch(/\[revalidate\] compactComponent /)
  expect(log).not.toContain(FAKE.SANITY_REVALIDATE_SECRET)
  console.log(`flood: ${FLOOD} badly signed webhooks in ${seconds.toFixed(1)} s, all 401; the page kept its content`)
  lake.putDocument(original as never)
})

test('with the Content Lake down during a revalidation, pages keep their last good version with 200', async () => {
  gate.open = false
  try {
    const mark = output.mark()
    const response = await sendWebhook(site.url, webhookBody, FAKE.SANITY_REVALIDATE_SECRET)
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ revalidated: true })

    const deadline = Date.now() + 30_000
    let requests = 0
    let logged = false
    while (Date.now() < deadline && !(logged && requests >= 6)) {
      for (const path of PAGES) {
        const page = await get(path)
        requests++
        expect(page.status, path).toBe(200)
        expect(page.html, path).toContain(originalTitle)
        expect(page.html).not.toMatch(/ECONNREFUSED|socket hang up|Content query|Application error/)
      }
      logged = /\[content\] query "[^"]+" failed/.test(output.since(mark))
      await pause(400)
    }
    expect(logged, `the failure is in the server's log:\n${output.since(mark).slice(-2000)}`).toBe(true)
    console.log(`lake down: ${requests} requests during the outage, all 200 with the last good page`)
  } finally {
    gate.open = true
  }
})

test('a malformed document published and revalidated: the page keeps its last good version, the log names the _id and field', async () => {
  // Let the retries after the outage settle on the good document first.
  await pause(1500)
  const withoutTitle = structuredClone(original)
  delete withoutTitle.title
  lake.putDocument(withoutTitle as never)
  const mark = output.mark()
  const response = await sendWebhook(site.url, webhookBody, FAKE.SANITY_REVALIDATE_SECRET)
  expect(response.status).toBe(200)

  const deadline = Date.now() + 30_000
  let named = false
  let requests = 0
  while (Date.now() < deadline && !(named && requests >= 6)) {
    for (const path of PAGES) {
      const page = await get(path)
      requests++
      expect(page.status, path).toBe(200)
      expect(page.html, path).toContain(originalTitle)
    }
    const log = output.since(mark)
    named = log.includes(`"${COMPONENT_ID}"`) && /field "title"/.test(log)
    await pause(400)
  }
  const log = output.since(mark)
  expect(named, `the log names the document and the field:\n${log.slice(-2500)}`).toBe(true)
  const line = log.split('\n').find((l) => l.includes(COMPONENT_ID) && l.includes('title'))
  console.log(`malformed document: the page kept its last good version; the log says: ${line?.trim().slice(0, 200)}`)
  lake.putDocument(original as never)
})
