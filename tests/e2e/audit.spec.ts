/**
 * What a second accessibility engine (HTML_CodeSniffer) and a keyboard walk without JavaScript
 * found, checked where axe does not look: the current page of the results' pagination has readable
 * text; the 404 page is the designed page without JavaScript too; the small links on result cards
 * are targets WCAG 2.2's 2.5.8 allows; no two landmarks of one kind share a name; no two pages share
 * a title.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { en } from '@/lib/i18n/en'
import { es } from '@/lib/i18n/es'
import { textContrast } from './support/contrast'
import { $$, byRole, expectShown, expectText, fetchHtml, one } from './support/html'
import { decodeHtml, sitemapLocations } from './support/site-crawl'

/** Every page the sitemap lists, as paths. */
async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const response = await request.get('/sitemap.xml')
  expect(response.status()).toBe(200)
  return sitemapLocations(await response.text()).map((loc) => new URL(loc).pathname)
}

test.describe('the current page of the results’ pagination', () => {
  test('its number is text with a contrast of at least 4.5:1 against what is behind it', async ({ page }) => {
    await page.goto('/best-practices?page=2')
    const current = page.getByRole('navigation', { name: 'Pages of results' }).locator('[aria-current="page"]')
    await expect(current).toHaveCount(1)
    await expect(current).toContainText('2')
    const measured = await textContrast(current)
    if (!('ratio' in measured)) throw new Error(`the current page's number cannot be measured: ${JSON.stringify(measured)}`)
    expect(measured.ratio, `${measured.color} on ${measured.background}`).toBeGreaterThanOrEqual(4.5)
  })
})

test.describe('the 404 page without JavaScript', () => {

  /** What the designed 404 page says in each language, and pages its ways in must reach. */
  const DESIGNED = {
    en: { heading: 'This page isn’t here', title: /^Page not found/, ways: ['/', '/best-practices', '/compact', '/cities'] },
    es: { heading: 'Esta página no está aquí', title: /^Página no encontrada/, ways: ['/es', '/es/compact', '/cities'] },
  } as const

  // What a browser without JavaScript shows is the server's HTML: read over HTTP
  // (tests/e2e/support/html.ts), as Playwright's locators would read it.
  async function expectDesignedPage(request: APIRequestContext, path: string, lang: 'en' | 'es' = 'en') {
    const designed = DESIGNED[lang]
    const page = await fetchHtml(request, path, 404)
    const { document, body } = page
    expect(document.documentElement.getAttribute('lang')).toBe(lang)
    expect($$(document, 'h1')).toHaveLength(1)
    expectText(one(byRole(body, 'heading', { level: 1 }), 'h1'), designed.heading, 'h1')
    expectShown(one(byRole(body, 'main'), 'main'), 'main')
    // The banner and the content information: the page's own <header> and <footer>, not inside a section of it.
    const landmark = (tag: string) => one($$(body, tag).filter((e) => !e.parentElement?.closest('article, aside, main, nav, section')), tag)
    expectShown(landmark('header'), 'banner')
    expectShown(landmark('footer'), 'contentinfo')
    for (const href of designed.ways) expect($$(page.main, `a[href="${href}"]`), href).toHaveLength(1)
    expect(document.title).toMatch(designed.title)
    expect(one($$(document, 'meta[name="robots"]'), 'robots').getAttribute('content')).toMatch(/noindex/)
    // The same in the HTML itself, as a crawler or a text browser reads it.
    const html = await (await request.get(path)).text()
    expect(html).toMatch(new RegExp(`<html[^>]*\\blang="${lang}"`))
    expect(html).not.toContain('id="__next_error__"')
    expect(html.match(/<h1\b/g)?.length).toBe(1)
  }

  for (const path of ['/no-such-page', '/no/such/page/at/all', '/compact/1/more']) {
    test(`${path} (no route matches) is the designed page: lang, one h1, main, the ways in`, async ({ request }) => {
      await expectDesignedPage(request, path)
    })
  }

  // A page's notFound() is rendered by Next 16.4 as an empty document whose content only JavaScript
  // draws (vercel/next.js#62228); proxy.ts sends these addresses to the not-found page before that
  // (lib/content/known-routes.ts).
  for (const path of ['/cities/no-such-city', '/compact/99', '/best-practices/no-such-practice', '/organizations/no-such-organization']) {
    test(`${path} (a page calls notFound) is the designed page: lang, one h1, main, the ways in`, async ({ request }) => {
      await expectDesignedPage(request, path)
    })
  }

  // In Spanish: an address no Spanish page has, an English-only page's address under /es, and a
  // Compact component that does not exist (a Spanish page's notFound()).
  for (const path of ['/es/no-existe', '/es/best-practices/no-such-practice', '/es/compact/99']) {
    test(`${path} is the designed page in Spanish: lang="es", one h1, main, the ways in`, async ({ request }) => {
      await expectDesignedPage(request, path, 'es')
    })
  }

  test('a client cannot choose the 404 page’s language by sending the proxy’s header', async ({ request }) => {
    const html = await (await request.get('/no-such-page', { headers: { 'x-center-lang': 'es' } })).text()
    expect(html).toMatch(/<html[^>]*\blang="en"/)
  })
})

/**
 * The links inside each element `groups` matches that break WCAG 2.2's 2.5.8: a target under 24×24 px
 * whose 24 px circle meets another target, or another undersized target's circle.
 */
async function crowdedTargets(page: Page, groups: string, width: number): Promise<string[]> {
  const groupLinks = await page.locator(groups).evaluateAll((elements) =>
    elements.map((element) =>
      [...element.querySelectorAll('a[href]')].map((a) => ({
        text: (a.textContent ?? '').trim(),
        rects: [...a.getClientRects()].map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height })),
      })),
    ),
  )
  const problems: string[] = []
  for (const links of groupLinks) {
    const targets = links.flatMap((link, id) => link.rects.map((r) => ({ ...r, id, text: link.text, small: r.w < 24 || r.h < 24 })))
    for (const a of targets.filter((t) => t.small)) {
      const cx = a.x + a.w / 2
      const cy = a.y + a.h / 2
      for (const b of targets) {
        if (b.id === a.id) continue
        const toBox = Math.hypot(cx - Math.max(b.x, Math.min(cx, b.x + b.w)), cy - Math.max(b.y, Math.min(cy, b.y + b.h)))
        const toCircle = b.small ? Math.hypot(cx - (b.x + b.w / 2), cy - (b.y + b.h / 2)) - 12 : Infinity
        const gap = Math.min(toBox, toCircle)
        if (gap < 12) problems.push(`${width} px: "${a.text}" (${Math.round(a.w)}×${Math.round(a.h)}) is too close to "${b.text}"`)
      }
    }
  }
  return problems
}

test.describe('target sizes (WCAG 2.5.8)', () => {
  test('every link in a result card is at least 24×24 px or has a 24 px circle of its own', async ({ page }) => {
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 })
      await page.goto('/best-practices')
      expect(await page.locator('#results article').count()).toBeGreaterThan(5)
      const problems = await crowdedTargets(page, '#results article', width)
      expect(problems, problems.join('\n')).toEqual([])
    }
  })

  // A trail wraps on a phone when its words are long (the Spanish confirmation's did at 412 px).
  test('the links of a breadcrumb trail that wraps keep 24 px apart', async ({ page }) => {
    for (const path of ['/es/submit/received', '/submit/received', '/es/compact/10']) {
      for (const width of [320, 412]) {
        await page.setViewportSize({ width, height: 800 })
        await page.goto(path)
        const trail = page.getByRole('navigation', { name: (path.startsWith('/es') ? es : en).chrome.breadcrumb, exact: true })
        if (width === 320 && path === '/es/submit/received') {
          const lines = await trail.locator('a').evaluateAll((links) => new Set(links.map((a) => Math.round(a.getBoundingClientRect().top))).size)
          expect(lines, 'the trail wraps here, or this test proves nothing').toBeGreaterThan(1)
        }
        const problems = await crowdedTargets(page, [en, es].map((d) => `nav[aria-label="${d.chrome.breadcrumb}"] ol`).join(', '), width)
        expect(problems, `${path}\n${problems.join('\n')}`).toEqual([])
      }
    }
  })
})

/** The landmarks of the page as the browser's accessibility tree names them: role and name. */
async function landmarks(page: Page): Promise<{ role: string; name: string }[]> {
  const snapshot = await page.locator('body').ariaSnapshot()
  const found: { role: string; name: string }[] = []
  for (const line of snapshot.split('\n')) {
    const m = /^\s*- (banner|main|contentinfo|navigation|region|complementary|search|form)(?: "((?:[^"\\]|\\.)*)")?/.exec(line)
    if (m) found.push({ role: m[1]!, name: (m[2] ?? '').replace(/\\(.)/g, '$1') })
  }
  return found
}

test.describe('landmarks and titles across the sitemap', () => {
  test('no two landmarks of one kind share a name on any page', async ({ browser, request }) => {
    test.setTimeout(240_000)
    const paths = await sitemapPaths(request)
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    const problems: string[] = []
    for (const path of paths) {
      await page.goto(path)
      const seen = new Map<string, number>()
      for (const { role, name } of await landmarks(page)) seen.set(`${role} "${name}"`, (seen.get(`${role} "${name}"`) ?? 0) + 1)
      for (const [key, count] of seen) if (count > 1) problems.push(`${path}: ${count}× ${key}`)
    }
    await context.close()
    expect(problems, problems.join('\n')).toEqual([])
  })

  test('every page’s title is its own', async ({ request }) => {
    test.setTimeout(120_000)
    const byTitle = new Map<string, string[]>()
    for (const path of await sitemapPaths(request)) {
      const html = await (await request.get(path)).text()
      const title = decodeHtml(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '').trim()
      expect(title, `${path} has a title`).not.toBe('')
      byTitle.set(title, [...(byTitle.get(title) ?? []), path])
    }
    const shared = [...byTitle].filter(([, paths]) => paths.length > 1).map(([title, paths]) => `"${title}": ${paths.join(', ')}`)
    expect(shared, shared.join('\n')).toEqual([])
  })
})
