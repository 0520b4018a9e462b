import { expect, test } from '@playwright/test'
import { loadDatasetFile } from '../support/dataset'
import { byRole, expectContainsText, fetchHtml, one } from './support/html'

const docs = loadDatasetFile()
const settings = docs.find((d) => d._type === 'siteSettings') as { name: string } | undefined
const components = docs
  .filter((d) => d._type === 'compactComponent')
  .map((d) => d as unknown as { number: number; title: string })
  .sort((a, b) => a.number - b.number)

// What the server sends, over HTTP (tests/e2e/support/html.ts). The home page's axe check is
// navigation.spec.ts's “/ at 1280 px, the sections open” (the whole page, its disclosure open too);
// the dataset's 10 components and 3 supporters are checked in tests/schema/dataset.test.ts.
test.describe('home page', () => {
  test('shows the Center\u2019s name and the Compact\u2019s 10 components in order', async ({ request }) => {
    const page = await fetchHtml(request, '/')
    expectContainsText(one(byRole(page.body, 'heading', { level: 1 }), 'h1'), settings!.name, 'h1')
    const items = byRole(one(byRole(page.body, 'list', { name: /Compact/ }), 'the Compact’s list'), 'listitem')
    expect(items).toHaveLength(components.length)
    for (const [index, component] of components.entries()) expectContainsText(items[index]!, component.title, `item ${index}`)
  })

  test('names the business supporters', async ({ request }) => {
    const page = await fetchHtml(request, '/')
    const supporters = docs.filter(
      (d) => d._type === 'organization' && ((d.roles as string[] | undefined) ?? []).includes('business-supporter'),
    )
    expect(supporters.length).toBeGreaterThan(0)
    const region = one(byRole(page.body, 'region', { name: 'Business supporters' }), 'Business supporters')
    for (const org of supporters) expectContainsText(region, String(org.name), 'Business supporters')
  })
})

test.describe('fetching ahead', () => {
  test('a page fetches no other page for links that merely scroll into view, only for the one the reader points at', async ({ page }) => {
    const ahead: string[] = []
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (url.searchParams.has('_rsc') || request.headers()['rsc'] === '1') ahead.push(`${url.pathname}${url.search}`)
    })
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto('/', { waitUntil: 'networkidle' })
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
    await page.waitForTimeout(1500)
    expect(ahead, 'pages fetched ahead on sight').toEqual([])

    // Pointing at a link fetches its page ahead (so the check above can see such a fetch).
    const link = page.getByRole('main').locator('a[href="/compact"]').first()
    await link.hover()
    await expect.poll(() => ahead.some((path) => path.startsWith('/compact?')), { timeout: 5000 }).toBe(true)
  })
})
