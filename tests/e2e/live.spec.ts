/**
 * Sanity Live end to end, with no webhook configured: the production build shared with the other
 * Content Lake specs (tests/e2e/support/lake-build.ts), served from its own copy, reads the
 * loopback Content Lake (tests/support/query-server.ts, which speaks Live: sync tags, the live
 * events stream) through a gate this test can close (tests/e2e/support/gate.ts). The browser runs
 * the real `<SanityLive />`; the site runs next-sanity's `sanityFetch` in its cached scope.
 *
 * - a change published on the lake shows on the page that shows it within 5 seconds, and a page
 *   that does not show the document is not regenerated (its queries' sync tags are not the change's);
 * - with the lake down, pages keep their last good content with 200 and the failure is logged; with
 *   the lake back, Live reconnects and the next change shows within 5 seconds again.
 */
import { expect, test, type Page } from '@playwright/test'
import { DATASET_FILE } from '../support/dataset'
import { startQueryServer, type QueryServer } from '../support/query-server'
import { startGate, type Gate } from './support/gate'
import { BUILD_TIMEOUT_MS, LAKE_DATASET, LAKE_PORT, LAKE_SITE_PORT, lakeBuild, lakeBuildEnv, siteDistDir, tearDownLakeSpec, type LakeBuild } from './support/lake-build'
import { Output, startSite, type RunningSite } from './support/revalidation-server'
import { decodeHtml } from './support/site-crawl'

const COMPONENT_ID = 'compactComponent-1'
/** The goal: a published change on the page within this long, with no webhook. */
const LIVE_MS = 5_000

test.describe.configure({ mode: 'serial', timeout: 90_000 })

let build: LakeBuild
let lake: QueryServer
let gate: Gate
let site: RunningSite
const output = new Output()

const component = () => lake.documents().find((d) => d._id === COMPONENT_ID)!

async function get(path: string): Promise<{ status: number; html: string; cache: string | null }> {
  const response = await fetch(`${site.url}${path}`, { signal: AbortSignal.timeout(15_000) })
  return { status: response.status, html: decodeHtml(await response.text()), cache: response.headers.get('x-nextjs-cache') }
}

/** Opens the component's page and waits until its <SanityLive /> listens to the lake. */
async function openLivePage(page: Page) {
  const listening = lake.listeners()
  await page.goto(`${site.url}/compact/1`)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(String(component().title))
  await expect.poll(() => lake.listeners(), { message: 'the page’s <SanityLive /> connected to the lake' }).toBeGreaterThan(listening)
}

let servedFrom: string

test.beforeAll(async () => {
  test.setTimeout(BUILD_TIMEOUT_MS + 60_000)
  build = await lakeBuild()
  lake = await startQueryServer({ file: DATASET_FILE, dataset: LAKE_DATASET })
  gate = await startGate(lake.url, { port: LAKE_PORT })
  servedFrom = siteDistDir('live')
  // No SANITY_REVALIDATE_SECRET: nothing but Live tells the site of a change.
  const env = lakeBuildEnv(servedFrom, { SANITY_REVALIDATE_SECRET: '' })
  site = await startSite(LAKE_SITE_PORT, env, output, 30_000)
})

test.afterAll(async ({}, testInfo) => {
  await tearDownLakeSpec([site, gate, lake], servedFrom, output, testInfo.outputPath('next-server.log'))
})

test('a published change shows within 5 s through Live; a page that does not show it is not regenerated', async ({ page }) => {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  await openLivePage(page)
  // /videos shows no Compact component: prerendered, served from the cache.
  expect((await get('/videos')).cache).toBe('HIT')
  const mark = lake.requests.length

  const title = `Component one, revised live ${Date.now()}`
  const started = Date.now()
  lake.putDocument({ ...component(), title })
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title, { timeout: LIVE_MS })
  const elapsed = Date.now() - started
  console.log(`live: the change showed in the browser ${elapsed} ms after it was published`)

  // The change's sync tags are none of those the /videos page's queries were answered with …
  const event = lake.events.at(-1)!
  // (The build read them from the lake it ran with, the same dataset: its queries are in the build's record.)
  const videosQueries = [...build.requests, ...lake.requests.slice(0, mark)].filter((r) => r.tag === 'website.videos')
  expect(videosQueries.length, 'the build read the videos through the lake').toBeGreaterThan(0)
  expect(videosQueries.flatMap((r) => r.syncTags).filter((tag) => event.tags.includes(tag))).toEqual([])
  // … so /videos is still the cached page, and its queries were not asked again.
  for (let i = 0; i < 3; i++) {
    const videos = await get('/videos')
    expect(videos.status).toBe(200)
    expect(videos.cache, '/videos was not regenerated').toBe('HIT')
  }
  expect(lake.requests.slice(mark).map((r) => r.tag)).not.toContain('website.videos')
  // Other visitors get the new title too (the page was regenerated, not only refreshed in that browser).
  await expect.poll(async () => (await get('/compact/1')).html.includes(title), { timeout: LIVE_MS }).toBe(true)
  expect(errors.filter((e) => /Content Security Policy|Refused to connect/i.test(e))).toEqual([])
})

test('with the lake down, pages keep their last good content with 200 and the failure is logged; back up, Live resumes', async ({ page }) => {
  await openLivePage(page)
  const shown = String(component().title)

  // New connections to the lake fail; the open live stream still delivers the change's event, and
  // the refresh it asks for cannot read the lake.
  gate.open = false
  const mark = output.mark()
  const unreachable = `Published while the site cannot read the lake ${Date.now()}`
  lake.putDocument({ ...component(), title: unreachable })
  const deadline = Date.now() + 40_000
  let logged = false
  let requests = 0
  while (Date.now() < deadline && !(logged && requests >= 5)) {
    const response = await get('/compact/1')
    requests++
    expect(response.status).toBe(200)
    expect(response.html).toContain(shown)
    expect(response.html).not.toMatch(/ECONNREFUSED|socket hang up|Content query|Application error/)
    logged = /\[content\] query "[^"]+" failed/.test(output.since(mark))
    await page.waitForTimeout(500)
  }
  expect(logged, `the failure is in the server's log:\n${output.since(mark).slice(-2000)}`).toBe(true)
  expect(output.since(mark), 'Live’s action saw the lake down').toMatch(/\[live\] the Content Lake does not answer/)

  // The lake goes away entirely: the live stream drops too.
  gate.cut()
  await expect.poll(() => lake.listeners(), { message: 'the live stream dropped' }).toBe(0)
  expect((await get('/compact/1')).status).toBe(200)

  // The lake is back: the browser reconnects by itself, and Live works again.
  gate.open = true
  await expect.poll(() => lake.listeners(), { message: 'the page reconnected to the lake', timeout: 30_000 }).toBeGreaterThan(0)
  const after = `Published after the lake came back ${Date.now()}`
  lake.putDocument({ ...component(), title: after })
  await expect(page.getByRole('heading', { level: 1 })).toContainText(after, { timeout: LIVE_MS })
  expect((await get('/compact/1')).status).toBe(200)
})
