/**
 * Revalidation end to end, on a production build reading from a stand-in Content Lake: the loopback
 * query server (tests/support/query-server.ts) serves the dataset on the port the build shared with
 * the other Content Lake specs points at (tests/e2e/support/lake-build.ts); the site is started from
 * its own copy of that build with SANITY_PROJECT_ID/SANITY_DATASET/SANITY_API_HOST pointing at it. Then: a document changes and the signed webhook refreshes the page within a few requests;
 * a wrongly signed webhook changes nothing; with the Content Lake down, pages keep the last good
 * content and the failure shows in the server's log, never to visitors.
 */
import { randomBytes } from 'node:crypto'
import { expect, test } from '@playwright/test'
import { DATASET_FILE } from '../support/dataset'
import { startQueryServer, type QueryServer } from '../support/query-server'
import { BUILD_TIMEOUT_MS, LAKE_DATASET, LAKE_PORT, LAKE_SITE_PORT, lakeBuild, lakeBuildEnv, siteDistDir, tearDownLakeSpec } from './support/lake-build'
import { Output, sendWebhook, startSite, type RunningSite } from './support/revalidation-server'
import { decodeHtml } from './support/site-crawl'

const SECRET = randomBytes(24).toString('hex')
/**
 * Requests, 300 ms apart, before the change shows: the first ones may still get the old page while
 * it is regenerated in the background, which takes seconds on a busy 2-core machine (about 9 s here).
 */
const MAX_REQUESTS = 30

test.describe.configure({ mode: 'serial', timeout: 60_000 })

let lake: QueryServer
let lakeUp = false
let site: RunningSite
const output = new Output()

const component = () => lake.documents().find((d) => d._id === 'compactComponent-1')!
const webhookBody = { _id: 'compactComponent-1', _type: 'compactComponent', slug: null }

async function home(): Promise<{ status: number; html: string }> {
  const response = await fetch(`${site.url}/`, { signal: AbortSignal.timeout(15_000) })
  return { status: response.status, html: decodeHtml(await response.text()) }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let servedFrom: string

test.beforeAll(async () => {
  test.setTimeout(BUILD_TIMEOUT_MS + 60_000)
  await lakeBuild()
  lake = await startQueryServer({ file: DATASET_FILE, dataset: LAKE_DATASET, port: LAKE_PORT })
  lakeUp = true
  servedFrom = siteDistDir('revalidation')
  const env = lakeBuildEnv(servedFrom, {
    SANITY_REVALIDATE_SECRET: SECRET,
    // The wait for Content Lake consistency (3 s by default) is exercised, shortened.
    SANITY_REVALIDATE_DELAY_MS: '300',
  })
  site = await startSite(LAKE_SITE_PORT, env, output, 30_000)
})

test.afterAll(async ({}, testInfo) => {
  await tearDownLakeSpec([site, lakeUp ? lake : null], servedFrom, output, testInfo.outputPath('next-server.log'))
})

test('a signed webhook shows a changed document within a few requests', async () => {
  const before = await home()
  expect(before.status).toBe(200)
  expect(before.html).toContain(String(component().title))

  const title = `Revised component one ${Date.now()}`
  lake.putDocument({ ...component(), title })
  // Pages are cached: without the webhook, nothing changes.
  for (let i = 0; i < 2; i++) expect((await home()).html).not.toContain(title)

  const response = await sendWebhook(site.url, webhookBody, SECRET)
  expect(response.status).toBe(200)
  expect(await response.json()).toEqual({ revalidated: true, tags: ['type:compactComponent'], _id: 'compactComponent-1', _type: 'compactComponent' })

  let requests = 0
  let shown = false
  while (!shown && requests < MAX_REQUESTS) {
    const page = await home()
    requests++
    expect(page.status).toBe(200)
    shown = page.html.includes(title)
    if (!shown) await pause(300)
  }
  expect(shown, `the new title showed within ${MAX_REQUESTS} requests`).toBe(true)
  test.info().annotations.push({ type: 'requests until the change showed', description: String(requests) })
  console.log(`revalidation: the change showed on request ${requests} after the webhook`)
})

/** A page of the site, its status and decoded HTML. */
async function get(path: string): Promise<{ status: number; html: string }> {
  const response = await fetch(`${site.url}${path}`, { signal: AbortSignal.timeout(15_000) })
  return { status: response.status, html: decodeHtml(await response.text()) }
}

// (That such a page leaves the Spanish sitemap is tested on lib/i18n/sitemap.ts in tests/unit/i18n.test.ts:
// Next builds no metadata route in a partial build.)
test('a Spanish page whose translation is withdrawn falls back to the English with a note, never broken', async () => {
  const translationId = 'translation-es-compactComponent-3'
  const translation = lake.documents().find((d) => d._id === translationId)!
  const english = lake.documents().find((d) => d._id === 'compactComponent-3')!
  const spanishTitle = String((translation as Record<string, unknown>).title)

  const before = await get('/es/compact/3')
  expect(before.status).toBe(200)
  expect(before.html).toContain(spanishTitle)
  expect(before.html).not.toContain('data-untranslated')

  lake.deleteDocument(translationId)
  const response = await sendWebhook(site.url, { _id: translationId, _type: 'translation', slug: null }, SECRET)
  expect(response.status).toBe(200)
  try {
    let page = await get('/es/compact/3')
    for (let requests = 1; requests < MAX_REQUESTS && !page.html.includes('data-untranslated'); requests++) {
      await pause(300)
      page = await get('/es/compact/3')
    }
    // Still the Spanish page (its frame in Spanish), never broken: the note in Spanish, then the English, marked as English.
    expect(page.status).toBe(200)
    expect(page.html).toMatch(/<html[^>]*\blang="es"/)
    expect(page.html).toContain('Esta página aún no está disponible en español; se muestra en inglés.')
    expect(page.html).not.toContain(spanishTitle)
    expect(page.html).toMatch(new RegExp(`<h1[^>]*\\blang="en"[^>]*>${escapeRegExp(String(english.title))}<`))
  } finally {
    lake.putDocument(translation)
    await sendWebhook(site.url, { _id: translationId, _type: 'translation', slug: null }, SECRET)
  }
})

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

test('a webhook with a wrong or missing signature gets 401 and the page stays as it was', async () => {
  const shown = String(component().title)
  const title = `Unauthorized change ${Date.now()}`
  lake.putDocument({ ...component(), title })

  for (const secret of ['not-the-secret', null]) {
    const response = await sendWebhook(site.url, webhookBody, secret)
    expect(response.status).toBe(401)
    expect(await response.json()).toMatchObject({ revalidated: false })
  }
  for (let i = 0; i < 4; i++) {
    const page = await home()
    expect(page.status).toBe(200)
    expect(page.html).toContain(shown)
    expect(page.html).not.toContain(title)
    await pause(250)
  }
})

test('with the Content Lake down, pages keep the last good content and the failure is logged, not shown', async () => {
  const shown = (await home()).html.match(/Revised component one \d+/)?.[0]
  expect(shown, 'the title from the first test is on the page').toBeTruthy()
  await lake.stop()
  lakeUp = false
  const mark = output.mark()

  const response = await sendWebhook(site.url, webhookBody, SECRET)
  expect(response.status).toBe(200)

  // Visitors keep getting the last good page while the refresh fails in the background.
  const deadline = Date.now() + 30_000
  let logged = false
  let requests = 0
  while (Date.now() < deadline && !(logged && requests >= 5)) {
    const page = await home()
    requests++
    expect(page.status).toBe(200)
    expect(page.html).toContain(shown!)
    expect(page.html).not.toMatch(/ECONNREFUSED|Content query|Application error/)
    logged = /\[content\] query "[^"]+" failed/.test(output.since(mark))
    await pause(500)
  }
  expect(logged, `the failure is in the server's log:\n${output.since(mark).slice(-2000)}`).toBe(true)
  expect(output.text()).not.toContain(SECRET)
})
