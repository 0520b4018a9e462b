/**
 * The Studio's code stays out of the public pages: every script a public page loads (in the HTML
 * and after hydration) is free of strings that only the `sanity` package carries, while /studio's
 * scripts contain them (which proves the markers find Studio code when it is there).
 */
import { expect, test, type Page } from '@playwright/test'
import { startNextServer, type NextServer } from './support/next-server'
import { stubSanityApi } from './support/sanity-stub'

test.describe.configure({ mode: 'serial', timeout: 90_000 })

/** Literal strings of the Studio (the login screen, the structure builder's errors, its module name). */
const STUDIO_MARKERS = ['Choose login provider', 'structure-node-id-required', 'sanity/structure']
const PUBLIC_PAGES = ['/', '/about', '/best-practices', '/compact/1', '/cities', '/resources']

/** The same build twice: on the embedded dataset for the public pages, with a project for /studio. */
let site: NextServer
let studio: NextServer

test.beforeAll(async () => {
  test.setTimeout(120_000)
  ;[site, studio] = await Promise.all([
    startNextServer({}),
    // A project id, so that /studio loads the Studio (no network: its API is stubbed in the browser).
    startNextServer({ SANITY_PROJECT_ID: 'test1234', SANITY_DATASET: 'production' }),
  ])
})

test.afterAll(async () => {
  await Promise.all([site?.stop(), studio?.stop()])
})

/** Every JavaScript file the page loads, with its text. */
async function scriptsOf(page: Page, server: NextServer, path: string, ready: (page: Page) => Promise<void>): Promise<Map<string, string>> {
  const scripts = new Map<string, string>()
  const pending: Promise<void>[] = []
  page.on('response', (response) => {
    const url = response.url()
    if (!url.startsWith(server.url) || !/\.js(\?|$)/.test(url)) return
    pending.push(response.text().then((text) => void scripts.set(url, text)))
  })
  const response = await page.goto(`${server.url}${path}`)
  expect(response?.status(), path).toBe(200)
  await ready(page)
  await page.waitForLoadState('networkidle')
  await Promise.all(pending)
  // And every <script src> in the HTML, whether or not the browser fetched it yet.
  for (const src of await page.locator('script[src]').evaluateAll((els) => els.map((el) => (el as HTMLScriptElement).src))) {
    if (src.startsWith(server.url) && !scripts.has(src)) scripts.set(src, await (await fetch(src)).text())
  }
  return scripts
}

function markersIn(scripts: Map<string, string>): string[] {
  const found: string[] = []
  for (const [url, text] of scripts) {
    for (const marker of STUDIO_MARKERS) if (text.includes(marker)) found.push(`${marker} in ${new URL(url).pathname}`)
  }
  return found
}

test('no public page loads Studio code', async ({ page }) => {
  for (const path of PUBLIC_PAGES) {
    const scripts = await scriptsOf(page, site, path, async (p) => {
      await expect(p.getByRole('heading', { level: 1 })).toBeVisible()
    })
    expect(scripts.size, path).toBeGreaterThan(0)
    expect(markersIn(scripts), path).toEqual([])
  }
})

test('/studio loads the Studio code', async ({ page }) => {
  await stubSanityApi(page, studio.url)
  const scripts = await scriptsOf(page, studio, '/studio', async (p) => {
    await expect(p.getByText('Choose login provider')).toBeVisible({ timeout: 45_000 })
  })
  const found = markersIn(scripts)
  for (const marker of STUDIO_MARKERS)
    expect(
      found.some((f) => f.startsWith(marker)),
      marker,
    ).toBe(true)
})

test('the stylesheet is sent once, as a cached file, not again inside each page', async () => {
  for (const path of [...PUBLIC_PAGES, '/es']) {
    const html = await (await fetch(`${site.url}${path}`)).text()
    const sheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+\.css)"/g)].map((m) => m[1]!)
    expect(sheets.length, path).toBeGreaterThan(0)
    // Tailwind's output opens with its cascade layers: neither a <style> nor the RSC payload repeats it.
    expect(html.includes('@layer'), `${path} carries the stylesheet inline`).toBe(false)
    const css = await fetch(`${site.url}${sheets[0]}`)
    expect(css.headers.get('content-type'), path).toContain('text/css')
    expect(await css.text(), path).toContain('@layer')
  }
})
