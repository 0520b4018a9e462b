import { expect, test, type Page } from '@playwright/test'

/**
 * The site's links (components/Link.tsx) are server-rendered <a> elements; one listener
 * (components/LinkIntent.tsx) fetches a page ahead on the reader's intent and navigates client-side.
 */

/** Requests for a page's RSC payload (a fetch ahead or a client-side navigation), as path and query. */
function rscRequests(page: Page): string[] {
  const seen: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.searchParams.has('_rsc') || request.headers()['rsc'] === '1') seen.push(`${url.pathname}${url.search}`)
  })
  return seen
}

test.describe('links without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('are ordinary links: a click loads the page', async ({ page }) => {
    await page.goto('/')
    const link = page.getByRole('main').locator('a[href="/compact"]').first()
    await expect(link).toHaveAttribute('data-link', '')
    await link.click()
    await expect(page).toHaveURL(/\/compact$/)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  })
})

test.describe('links with JavaScript', () => {
  test('fetch nothing ahead for links scrolled into view, and fetch the page of a link pointed at or focused', async ({ page }) => {
    const ahead = rscRequests(page)
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto('/', { waitUntil: 'networkidle' })
    for (let y = 0; y <= 6; y++) {
      await page.mouse.wheel(0, 600)
      await page.waitForTimeout(200)
    }
    await page.waitForTimeout(1000)
    expect(ahead, 'pages fetched ahead on sight').toEqual([])

    await page.getByRole('main').locator('a[href="/compact"]').first().hover()
    await expect.poll(() => ahead.some((path) => path.startsWith('/compact?')), { timeout: 5000 }).toBe(true)
    await page.getByRole('contentinfo').locator('a[href="/best-practices"]').focus()
    await expect.poll(() => ahead.some((path) => path.startsWith('/best-practices?')), { timeout: 5000 }).toBe(true)
  })

  test('navigate client-side on a plain click: the document stays, the page changes', async ({ page }) => {
    const documents: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'document') documents.push(new URL(request.url()).pathname)
    })
    await page.goto('/', { waitUntil: 'networkidle' })
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true))
    await page.getByRole('main').locator('a[href="/compact"]').first().click()
    await expect(page).toHaveURL(/\/compact$/)
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Compact')
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true)
    expect(documents).toEqual(['/'])
    // Back works as with any link.
    await page.goBack()
    await expect(page).toHaveURL(/\/$/)
  })
})
