/**
 * The site as a whole: no broken internal link or anchor anywhere (a crawl from the home page and
 * from the sitemap), a sitemap listing every route, a well-formed RSS feed, robots.txt, the designed
 * 404 page, and keyboard access to the skip link and the header's navigation.
 */
import { expect, test } from '@playwright/test'
import { loadDatasetFile } from '../support/dataset'
import { expectNoAxeViolations } from './support/axe'
import { crawl, expectedRoutes, idsIn, SITE_ORIGIN, sitemapLocations } from './support/site-crawl'

const docs = loadDatasetFile()
const sorted = (values: Iterable<string>) => [...values].sort()

test.describe('links and the sitemap', () => {
  test('a crawl from / and from the sitemap finds no broken internal link or anchor, and the sitemap lists every route', async ({
    request,
    baseURL,
  }) => {
    test.setTimeout(240_000)
    const sitemap = await request.get('/sitemap.xml')
    expect(sitemap.status()).toBe(200)
    expect(sitemap.headers()['content-type']).toMatch(/xml/)
    const locations = sitemapLocations(await sitemap.text())
    for (const loc of locations) expect(loc, 'sitemap addresses are absolute, on the site').toMatch(new RegExp(`^${SITE_ORIGIN}/`))
    const sitemapPaths = locations.map((loc) => new URL(loc).pathname)
    expect(new Set(sitemapPaths).size, 'no address twice').toBe(sitemapPaths.length)

    const result = await crawl(request, baseURL!, ['/', ...sitemapPaths])
    const report = result.broken.map((b) => `${b.from} → ${b.href}: ${b.problem}`)
    expect(report, `broken internal links:\n${report.join('\n')}`).toEqual([])
    expect(result.htmlPaths.size).toBeGreaterThan(20)
    const links = [...result.pages.values()].reduce((n, p) => n + p.links.length, 0)
    const summary = `${result.htmlPaths.size} pages, ${result.pages.size} addresses requested, ${links} internal links checked, ${result.external.size} external addresses not requested`
    test.info().annotations.push({ type: 'crawl', description: summary })
    console.log(`crawl: ${summary}`)

    // Every indexable page the crawl reached is in the sitemap (the Studio and the API stay out of it).
    const listed = new Set(sitemapPaths)
    const unlisted = sorted(result.indexablePaths).filter((path) => !listed.has(path) && !/^\/(studio|api)(\/|$)/.test(path))
    expect(unlisted, 'pages reached by links but missing from the sitemap').toEqual([])

    // The sitemap is exactly the routes the dataset implies: no unpublished practice, nothing missing.
    expect(sorted(listed)).toEqual(sorted(expectedRoutes(docs)))
  })

  test('robots.txt allows the site, keeps crawlers out of the Studio and the API, and points to the sitemap', async ({ request }) => {
    const response = await request.get('/robots.txt')
    expect(response.status()).toBe(200)
    const text = await response.text()
    expect(text).toMatch(/^User-Agent: \*$/m)
    expect(text).toMatch(/^Allow: \/$/m)
    expect(text).toMatch(/^Disallow: \/studio$/m)
    expect(text).toMatch(/^Disallow: \/api$/m)
    expect(text).toContain(`Sitemap: ${SITE_ORIGIN}/sitemap.xml`)
  })
})

test.describe('the RSS feed', () => {
  test('is well-formed RSS 2.0 with the published practices and dated statements, newest first, linking to pages that exist', async ({
    page,
    request,
    baseURL,
  }) => {
    const response = await request.get('/feed.xml')
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toMatch(/^application\/rss\+xml/)
    const xml = await response.text()

    await page.setContent('<!doctype html><title>feed</title>')
    const feed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml')
      const error = doc.getElementsByTagName('parsererror')[0]?.textContent ?? null
      const text = (parent: Element, name: string) => parent.getElementsByTagName(name)[0]?.textContent ?? null
      const channel = doc.documentElement.getElementsByTagName('channel')[0]
      return {
        error,
        root: doc.documentElement.nodeName,
        version: doc.documentElement.getAttribute('version'),
        title: channel ? text(channel, 'title') : null,
        items: [...doc.getElementsByTagName('item')].map((item) => ({
          title: text(item, 'title'),
          link: text(item, 'link'),
          guid: text(item, 'guid'),
          isPermaLink: item.getElementsByTagName('guid')[0]?.getAttribute('isPermaLink') ?? null,
          pubDate: text(item, 'pubDate'),
        })),
      }
    }, xml)

    expect(feed.error, 'the feed parses as XML').toBeNull()
    expect(feed.root).toBe('rss')
    expect(feed.version).toBe('2.0')
    expect(feed.title).toBeTruthy()

    const published = docs.filter(
      // A statement no source dates has no place in a feed ordered by date.
      (d) => !d._id.includes('.') && ((d._type === 'bestPractice' && d.status === 'published') || (d._type === 'mayoralStatement' && Boolean(d.date))),
    )
    expect(feed.items.length).toBe(Math.min(50, published.length))
    expect(feed.items.length).toBeGreaterThan(0)
    const titles = new Set(published.map((d) => d.title as string))
    const times: number[] = []
    for (const item of feed.items) {
      expect(titles.has(item.title!), `a published title: ${item.title}`).toBe(true)
      expect(item.link).toMatch(new RegExp(`^${SITE_ORIGIN}/`))
      expect(item.guid).toBe(item.link)
      expect(item.isPermaLink).toBe('true')
      expect(item.pubDate).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/)
      times.push(Date.parse(item.pubDate!))
    }
    expect(times).toEqual([...times].sort((a, b) => b - a))

    // Each item's link leads to a page, and to the element its fragment names.
    const pages = new Map<string, Set<string>>()
    for (const item of feed.items) {
      const url = new URL(item.link!)
      let ids = pages.get(url.pathname)
      if (!ids) {
        const target = await request.get(new URL(url.pathname, baseURL).toString())
        expect(target.status(), item.link!).toBe(200)
        ids = idsIn(await target.text())
        pages.set(url.pathname, ids)
      }
      if (url.hash) expect(ids.has(decodeURIComponent(url.hash.slice(1))), `${item.link} has its anchor`).toBe(true)
    }
  })
})

test.describe('the 404 page', () => {
  for (const path of ['/no-such-page', '/no/such/page/at/all']) {
    test(`${path} answers 404 with the designed page inside the site’s frame, and passes axe`, async ({ page }) => {
      const response = await page.goto(path)
      expect(response?.status()).toBe(404)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page isn’t here')
      await expect(page.getByRole('main')).toContainText('There is no page at this address')
      // The site's layout: skip link, banner with the sections, footer.
      await expect(page.getByRole('banner')).toBeVisible()
      await expect(page.getByRole('navigation', { name: 'Main', exact: true })).toBeVisible()
      await expect(page.getByRole('contentinfo')).toBeVisible()
      // Ways in.
      const main = page.getByRole('main')
      for (const href of ['/', '/best-practices', '/compact', '/cities']) await expect(main.locator(`a[href="${href}"]`)).toHaveCount(1)
      expect(await main.locator('a[href]').count()).toBeGreaterThanOrEqual(10)
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
      expect(await page.title()).toMatch(/^Page not found/)
      await expectNoAxeViolations(page)
    })
  }
})

test.describe('keyboard', () => {
  test('the skip link is the first Tab stop and moves focus to the main content', async ({ page }) => {
    await page.goto('/')
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Skip to main content' })
    await expect(skip).toBeFocused()
    await expect(skip).toBeVisible()
    await expect(skip).toHaveAttribute('href', '#main')
    await page.keyboard.press('Enter')
    await expect(page.locator('main#main')).toBeFocused()
  })

  test('every header link is reachable with Tab and shows a visible focus indicator', async ({ page }) => {
    await page.goto('/')
    const banner = page.getByRole('banner')
    // The sections under "About the Center" open (tests/e2e/navigation.spec.ts opens them with the keyboard).
    await banner.locator('nav details').evaluate((details) => ((details as HTMLDetailsElement).open = true))
    const links = banner.getByRole('link')
    const expected = await links.evaluateAll((els) => els.map((el) => el.getAttribute('href')))
    expect(expected.length).toBeGreaterThanOrEqual(15) // the Center's name, the five tasks and nine sections

    const reached = new Map<string, { outline: string; shadow: string }>()
    for (let step = 0; step < 60 && reached.size < expected.length; step++) {
      await page.keyboard.press('Tab')
      const focused = await page.evaluate(() => {
        const el = document.activeElement
        if (!el || !el.closest('header[role="banner"], header') || el.tagName !== 'A') return null
        const style = getComputedStyle(el)
        return {
          href: el.getAttribute('href') ?? '',
          outline: style.outlineStyle === 'none' || style.outlineWidth === '0px' ? 'none' : `${style.outlineStyle} ${style.outlineWidth}`,
          shadow: style.boxShadow,
        }
      })
      if (focused) reached.set(focused.href, { outline: focused.outline, shadow: focused.shadow })
    }
    expect(sorted(reached.keys())).toEqual(sorted(expected.map(String)))
    for (const [href, style] of reached) {
      expect(style.outline !== 'none' || style.shadow !== 'none', `${href} shows where the focus is`).toBe(true)
    }
  })
})
