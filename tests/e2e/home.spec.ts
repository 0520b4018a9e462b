import { expect, test } from '@playwright/test'
import { loadDatasetFile } from '../support/dataset'
import { expectNoAxeViolations } from './support/axe'

const docs = loadDatasetFile()
const settings = docs.find((d) => d._type === 'siteSettings') as { name: string } | undefined
const components = docs
  .filter((d) => d._type === 'compactComponent')
  .map((d) => d as unknown as { number: number; title: string })
  .sort((a, b) => a.number - b.number)

test.describe('home page', () => {
  test('shows the Center\u2019s name and the Compact\u2019s 10 components in order', async ({ page }) => {
    const response = await page.goto('/')
    expect(response?.status()).toBe(200)
    expect(settings?.name).toBeTruthy()
    await expect(page.getByRole('heading', { level: 1 })).toContainText(settings!.name)

    expect(components).toHaveLength(10)
    const list = page.getByRole('list', { name: /Compact/ })
    const items = list.getByRole('listitem')
    await expect(items).toHaveCount(10)
    for (const [index, component] of components.entries()) {
      await expect(items.nth(index)).toContainText(component.title)
    }
  })

  test('names the business supporters', async ({ page }) => {
    await page.goto('/')
    const supporters = docs.filter(
      (d) => d._type === 'organization' && ((d.roles as string[] | undefined) ?? []).includes('business-supporter'),
    )
    expect(supporters.length).toBeGreaterThanOrEqual(3)
    const region = page.getByRole('region', { name: 'Business supporters' })
    for (const org of supporters) await expect(region).toContainText(String(org.name))
  })

  test('has no WCAG 2.2 AA violations that axe can find', async ({ page }) => {
    await page.goto('/')
    await expectNoAxeViolations(page)
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
