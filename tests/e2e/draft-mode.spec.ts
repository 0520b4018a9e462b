/**
 * Draft mode (staff preview) end to end. The production build is started a second time, reading
 * from a stand-in Content Lake (the loopback query server) with a read token. The lake holds the
 * Center's dataset plus drafts (`drafts.<id>`, visible only with the token and the drafts
 * perspective) and the secret the Presentation tool would have stored (a
 * `sanity.previewUrlSecret` document), which /api/draft-mode/enable checks.
 *
 * Pages are either prerendered (the home page) or rendered on demand from the lake (a practice the
 * build did not know). Drafts must never reach either for the public, before or after someone
 * previews; in draft mode, and only there, they show.
 */
import { randomUUID } from 'node:crypto'
import { expect, test, type Browser, type Page } from '@playwright/test'
import { loadDatasetFile, type Doc } from '../support/dataset'
import { startQueryServer, type QueryServer } from '../support/query-server'
import { startNextServer, type NextServer } from './support/next-server'

test.describe.configure({ mode: 'serial', timeout: 60_000 })

const SECRET = `preview-${randomUUID()}`
const docs = loadDatasetFile()
const byId = (id: string) => {
  const doc = docs.find((d) => d._id === id)
  if (!doc) throw new Error(`No ${id} in the dataset`)
  return doc
}
const settings = byId('siteSettings')
const component = byId('compactComponent-1')
const practice = docs.find((d) => d._type === 'bestPractice' && d.status === 'published')!

const DRAFT_NAME = 'DRAFT name of the Center, not published'
const DRAFT_COMPONENT = 'DRAFT title of component 1, not published'
/** A practice published in the lake after the build (so its page renders on demand), and its draft. */
const LATE: Doc = {
  ...practice,
  _id: 'bestPractice-e2e-published-late',
  title: 'Practice published after the build',
  slug: { _type: 'slug', current: 'e2e-published-late' },
}
const LATE_DRAFT_TITLE = 'DRAFT rewrite of the late practice, not published'
/** A practice that exists only as a draft. */
const DRAFT_ONLY: Doc = {
  ...practice,
  _id: 'drafts.bestPractice-e2e-draft-only',
  title: 'DRAFT-only practice, never published',
  slug: { _type: 'slug', current: 'e2e-draft-only' },
}
const DRAFT_MARKER = /DRAFT/

let lake: QueryServer
let site: NextServer

test.beforeAll(async () => {
  test.setTimeout(90_000)
  lake = await startQueryServer({
    documents: [
      ...docs,
      { ...settings, _id: 'drafts.siteSettings', name: DRAFT_NAME },
      { ...component, _id: 'drafts.compactComponent-1', title: DRAFT_COMPONENT },
      LATE,
      { ...LATE, _id: `drafts.${LATE._id}`, title: LATE_DRAFT_TITLE },
      DRAFT_ONLY,
      {
        // What the Presentation tool stores before it opens the preview (it expires after an hour).
        _id: `sanity-preview-url-secret.${randomUUID()}`,
        _type: 'sanity.previewUrlSecret',
        _updatedAt: new Date().toISOString(),
        secret: SECRET,
        studioUrl: 'http://127.0.0.1/studio',
      },
    ],
  })
  site = await startNextServer({
    SANITY_PROJECT_ID: 'test1234',
    SANITY_DATASET: lake.dataset,
    SANITY_API_HOST: lake.url,
    SANITY_API_READ_TOKEN: lake.token,
  })
})

test.afterAll(async ({}, testInfo) => {
  await site?.stop()
  await lake?.stop()
  if (site) testInfo.attach('next-server.log', { body: site.output(), contentType: 'text/plain' })
})

const enableUrl = (secret: string | null, pathname = '/') =>
  `${site.url}/api/draft-mode/enable?${new URLSearchParams({
    ...(secret === null ? {} : { 'sanity-preview-secret': secret }),
    'sanity-preview-pathname': pathname,
  })}`

/** What a visitor without cookies sees, in a fresh browser context. */
async function asVisitor<T>(browser: Browser, fn: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext()
  try {
    return await fn(await context.newPage())
  } finally {
    await context.close()
  }
}

async function expectPublicPages(browser: Browser) {
  await asVisitor(browser, async (page) => {
    const home = await page.goto(`${site.url}/`)
    expect(home?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toContainText(String(settings.name))
    expect(await page.content()).not.toMatch(DRAFT_MARKER)

    const late = await page.goto(`${site.url}/best-practices/e2e-published-late`)
    expect(late?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toContainText(String(LATE.title))
    expect(await page.content()).not.toMatch(DRAFT_MARKER)

    const draftOnly = await page.goto(`${site.url}/best-practices/e2e-draft-only`)
    expect(draftOnly?.status()).toBe(404)
    expect(await page.content()).not.toMatch(DRAFT_MARKER)

    // A page rendered for each request (the practices finder) reads published content only.
    const list = await page.goto(`${site.url}/best-practices`)
    expect(list?.status()).toBe(200)
    expect(await page.content()).not.toMatch(DRAFT_MARKER)
  })
}

test('enabling draft mode without a valid secret is refused', async ({ request, baseURL }) => {
  for (const secret of [null, '', 'not-the-secret', `${SECRET}x`]) {
    const response = await request.get(enableUrl(secret), { maxRedirects: 0 })
    expect(response.status(), `secret ${JSON.stringify(secret)}`).toBe(401)
    const cookies = response.headersArray().filter((h) => h.name.toLowerCase() === 'set-cookie')
    expect(cookies.map((c) => c.value).join('\n')).not.toContain('__prerender_bypass')
  }
  // Without a Sanity project (the embedded dataset) there are no drafts to show at all.
  const unconfigured = await request.get(`${baseURL}/api/draft-mode/enable?sanity-preview-secret=${SECRET}`, { maxRedirects: 0 })
  expect(unconfigured.status()).toBe(404)
})

test('the public never sees drafts', async ({ browser }) => {
  await expectPublicPages(browser)
  // The lake was asked for published content only, and drafts were never asked for.
  expect(lake.requests.length).toBeGreaterThan(0)
  expect(lake.requests.filter((r) => r.perspective !== 'published' && !r.tag?.endsWith('sanity.preview-url-secret'))).toEqual([])
})

test('draft mode, enabled with the preview secret, shows drafts to the previewer only', async ({ browser }) => {
  const context = await browser.newContext()
  const page = await context.newPage()

  // As the Presentation tool does: the secret and the page to preview.
  const response = await page.goto(enableUrl(SECRET, '/best-practices/e2e-published-late'))
  expect(response?.status()).toBe(200)
  expect(new URL(page.url()).pathname).toBe('/best-practices/e2e-published-late')
  await expect(page.getByRole('heading', { level: 1 })).toContainText(LATE_DRAFT_TITLE)
  expect(response?.headers()['cache-control']).toMatch(/no-store/)
  await expect(page.getByRole('region', { name: 'Draft preview' })).toBeVisible()

  await page.goto(`${site.url}/`)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(DRAFT_NAME)
  await expect(page.getByText(DRAFT_COMPONENT).first()).toBeVisible()

  const draftOnly = await page.goto(`${site.url}/best-practices/e2e-draft-only`)
  expect(draftOnly?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(String(DRAFT_ONLY.title))

  // Drafts were read with the token, through the drafts perspective.
  const draftReads = lake.requests.filter((r) => r.perspective === 'drafts')
  expect(draftReads.length).toBeGreaterThan(0)
  expect(draftReads.every((r) => r.authorized)).toBe(true)

  // Meanwhile, and afterwards, visitors still get the published pages: nothing the preview
  // rendered was cached for them.
  await expectPublicPages(browser)

  // Leaving preview returns to the published page.
  await page.goto(`${site.url}/api/draft-mode/disable?redirect=/`)
  expect(new URL(page.url()).pathname).toBe('/')
  await expect(page.getByRole('heading', { level: 1 })).toContainText(String(settings.name))
  expect(await page.content()).not.toMatch(DRAFT_MARKER)
  await context.close()
})
