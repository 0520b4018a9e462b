/**
 * The main navigation (components/SiteHeader.tsx): what visitors come for first, in view without
 * opening anything (the finder, the Mayors' Compact, the cities and their map, the submission form),
 * and the Center's sections folded under "About the Center", a native <details> that needs no
 * JavaScript. Every page of the sitemap in both languages, and both 404 pages, over HTTP (the
 * server's HTML, tests/e2e/support/html.ts); a few templates in Chromium at 320 px, with and without
 * JavaScript (no sideways scroll, every link reached with the keyboard), the desktop row, and axe
 * with the disclosure open.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { en } from '../../lib/i18n/en'
import { es } from '../../lib/i18n/es'
import { SECTION_PATHS } from '../../lib/routes'
import { expectNoAxeViolations } from './support/axe'
import { $$, byRole, fetchHtml, isHidden, textOf } from './support/html'
import { sitemapLocations } from './support/site-crawl'

type Lang = 'en' | 'es'
const DICT = { en, es }
const langOf = (path: string): Lang => (path === '/es' || path.startsWith('/es/') ? 'es' : 'en')

/**
 * What each language's navigation must offer, written out here rather than computed as the header
 * computes it: the Spanish finder, Compact and form, and the English cities and map (no Spanish version).
 */
const MUST: Record<Lang, Record<string, readonly string[]>> = {
  en: { finder: ['/best-practices'], compact: ['/compact'], 'cities or map': ['/cities', '/map'], form: ['/submit'] },
  es: { finder: ['/es/best-practices'], compact: ['/es/compact'], 'cities or map': ['/cities', '/map'], form: ['/es/submit'] },
}

async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const response = await request.get('/sitemap.xml')
  expect(response.status()).toBe(200)
  return sitemapLocations(await response.text()).map((loc) => new URL(loc).pathname)
}

test.describe('on every page, over HTTP', () => {
  test('the main navigation links to the finder, the Compact, the cities or the map, and the form, in view; the sections fold under “About the Center”', async ({
    request,
  }) => {
    test.setTimeout(180_000)
    const pages = (await sitemapPaths(request)).map((path) => ({ path, status: 200 }))
    expect(pages.filter((p) => langOf(p.path) === 'es').length, 'the sitemap lists Spanish pages').toBeGreaterThan(3)
    pages.push({ path: '/no-such-page', status: 404 }, { path: '/es/no-existe', status: 404 })

    const problems: string[] = []
    for (const { path, status } of pages) {
      const lang = langOf(path)
      const t = DICT[lang].chrome
      const { body } = await fetchHtml(request, path, status)
      const navs = byRole(body, 'navigation', { name: t.navLabel, exact: true })
      if (navs.length !== 1) {
        problems.push(`${path}: ${navs.length} navigations named "${t.navLabel}"`)
        continue
      }
      const nav = navs[0]!
      // In view: links not hidden by the markup (a closed <details> hides all but its summary).
      const shown = byRole(nav, 'link').map((a) => a.getAttribute('href'))
      for (const [what, hrefs] of Object.entries(MUST[lang])) {
        if (!hrefs.some((href) => shown.includes(href))) problems.push(`${path}: no link in view to the ${what} (${hrefs.join(' or ')})`)
      }
      // The sections: behind the disclosure, every one the site has a page for (the finder's is above).
      const details = $$(nav, 'details')
      const summary = details.length === 1 ? details[0]!.querySelector(':scope > summary') : null
      if (!summary || textOf(summary) !== t.aboutCenter) {
        problems.push(`${path}: no “${t.aboutCenter}” disclosure`)
        continue
      }
      if (details[0]!.hasAttribute('open')) problems.push(`${path}: the disclosure starts open`)
      const folded = $$(details[0]!, 'a[href]').map((a) => (a.getAttribute('href') ?? '').replace(/^\/es(?=\/)/, ''))
      const sections = Object.values(SECTION_PATHS).filter((p) => p !== SECTION_PATHS['best-practices'])
      const missing = sections.filter((p) => !folded.includes(p))
      if (missing.length) problems.push(`${path}: sections missing under “${t.aboutCenter}”: ${missing.join(', ')}`)
      // Spanish pages link to the Spanish page where there is one, and mark the English ones.
      if (lang === 'es') {
        for (const a of $$(nav, 'a[href]')) {
          const href = a.getAttribute('href') ?? ''
          if (!href.startsWith('/es') && a.getAttribute('hreflang') !== 'en') problems.push(`${path}: ${href} is English without hreflang="en"`)
        }
        for (const p of ['/about', '/initiatives/support-for-immigrants-and-minorities', '/coalition']) {
          if (!$$(details[0]!, 'a[href]').some((a) => a.getAttribute('href') === `/es${p}`)) problems.push(`${path}: no link to /es${p}`)
        }
      }
      // Nothing in the task row is hidden (a class or attribute), and no link appears twice.
      const all = $$(nav, 'a[href]')
      if (all.filter((a) => !a.closest('details')).some((a) => isHidden(a))) problems.push(`${path}: a task link is hidden`)
      const hrefs = all.map((a) => a.getAttribute('href'))
      if (new Set(hrefs).size !== hrefs.length) problems.push(`${path}: a link twice in the navigation`)
    }
    expect(problems, problems.join('\n')).toEqual([])
  })
})

/** Tabs from the top of the page and returns, in order, what got focus inside the main navigation. */
async function tabThroughNavigation(page: Page, navName: string, steps = 40) {
  const reached: { tag: string; href: string | null; text: string; indicator: boolean; inView: boolean }[] = []
  for (let i = 0; i < steps; i++) {
    await page.keyboard.press('Tab')
    const focused = await page.evaluate((name) => {
      const el = document.activeElement as HTMLElement | null
      if (!el || !el.closest(`nav[aria-label="${name}"]`)) return null
      const style = getComputedStyle(el)
      const rect = el.getBoundingClientRect()
      return {
        tag: el.tagName.toLowerCase(),
        href: el.getAttribute('href'),
        text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
        indicator: (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') || style.boxShadow !== 'none',
        inView: rect.width > 0 && rect.height > 0 && rect.left >= 0 && rect.right <= window.innerWidth,
      }
    }, navName)
    if (focused) reached.push(focused)
    else if (reached.length) break
  }
  return reached
}

const TEMPLATES = ['/', '/best-practices', '/compact/3', '/cities', '/map', '/es', '/es/submit', '/no-such-page']

for (const javaScriptEnabled of [true, false]) {
  test.describe(`at 320 px, ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
    test.use({ javaScriptEnabled, viewport: { width: 320, height: 640 } })

    for (const path of TEMPLATES) {
      test(`${path}: the tasks in view, the sections one keypress away, every link reached with Tab, nothing scrolls sideways`, async ({ page }) => {
        const lang = langOf(path)
        const t = DICT[lang].chrome
        await page.goto(path)
        const nav = page.getByRole('navigation', { name: t.navLabel, exact: true })
        for (const task of t.tasks) await expect(nav.getByRole('link', { name: task.title, exact: true })).toBeVisible()
        const summary = nav.locator('summary')
        await expect(summary).toHaveText(t.aboutCenter)
        expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scroll').toBeLessThanOrEqual(320)

        // The keyboard: the tasks, then the disclosure; Enter opens it, and Tab goes on into the sections.
        const first = await tabThroughNavigation(page, t.navLabel)
        expect(first.map((f) => f.text)).toEqual([...t.tasks.map((task) => task.title), t.aboutCenter])
        expect(first.every((f) => f.indicator && f.inView), JSON.stringify(first)).toBe(true)
        await summary.focus()
        await page.keyboard.press('Enter')
        await expect(nav.locator('details')).toHaveAttribute('open', '')
        const sections = nav.locator('details a')
        const count = await sections.count()
        expect(count).toBeGreaterThanOrEqual(8)
        for (let i = 0; i < count; i++) await expect(sections.nth(i)).toBeVisible()
        const reached: string[] = []
        for (let i = 0; i < count; i++) {
          await page.keyboard.press('Tab')
          const focused = await page.evaluate(() => {
            const el = document.activeElement as HTMLElement | null
            const rect = el?.getBoundingClientRect()
            return el && rect ? { href: el.getAttribute('href') ?? '', inView: rect.left >= 0 && rect.right <= window.innerWidth } : null
          })
          if (focused?.inView) reached.push(focused.href)
        }
        expect(reached).toEqual(await sections.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '')))
        expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scroll with the sections open').toBeLessThanOrEqual(320)

        // A click closes it again (the native disclosure, with or without JavaScript).
        await summary.click()
        await expect(sections.first()).toBeHidden()
      })
    }
  })
}

test.describe('on a desktop', () => {
  test('the tasks and “About the Center” share one row, and the open sections push the page down instead of covering it', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 })
    for (const path of ['/', '/es']) {
      const t = DICT[langOf(path)].chrome
      await page.goto(path)
      const nav = page.getByRole('navigation', { name: t.navLabel, exact: true })
      const links = nav.getByRole('link')
      const row = await Promise.all(t.tasks.map((task) => nav.getByRole('link', { name: task.title, exact: true }).boundingBox()))
      const summary = (await nav.locator('summary').boundingBox())!
      const tops = [...row.map((box) => box!.y), summary.y]
      expect(Math.max(...tops) - Math.min(...tops), `${path}: one row`).toBeLessThan(8)
      const lastTask = row.at(-1)!
      expect(lastTask.x + lastTask.width, `${path}: the summary stands clear of the tasks`).toBeLessThan(summary.x)
      expect(await links.count()).toBe(t.tasks.length)

      const mainTop = async () => (await page.locator('main').boundingBox())!.y
      const before = await mainTop()
      await nav.locator('summary').click()
      const panel = (await nav.locator('details ul').boundingBox())!
      expect(panel.height).toBeGreaterThan(40)
      expect(await mainTop(), `${path}: the page moved down below the open sections`).toBeGreaterThanOrEqual(before + panel.height - 1)
      expect(await links.count()).toBeGreaterThanOrEqual(t.tasks.length + 8)
    }
  })
})

test.describe('accessibility', () => {
  for (const path of ['/', '/es', '/cities']) {
    for (const width of [320, 1280]) {
      test(`${path} at ${width} px, the sections open: axe finds no WCAG 2.2 AA violation`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 })
        await page.goto(path)
        await page.locator('header nav summary').click()
        await expect(page.locator('header nav details')).toHaveAttribute('open', '')
        await expectNoAxeViolations(page)
      })
    }
  }
})
