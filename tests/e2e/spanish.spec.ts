/**
 * The Center in Spanish (/es/…): every Spanish page declares its language, passes axe and fits a
 * phone; each names its English page and is named by it (hreflang, both ways) and the sitemap lists
 * both; each shows the same figures as its English page, computed here from both pages.
 */
import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './support/axe'
import { sitemapLocations } from './support/site-crawl'

/** English path → its Spanish version. */
const PAIRS: [en: string, es: string][] = [
  ['/', '/es'],
  ['/about', '/es/about'],
  ['/initiatives/support-for-immigrants-and-minorities', '/es/initiatives/support-for-immigrants-and-minorities'],
  ['/compact', '/es/compact'],
  ...Array.from({ length: 10 }, (_, i): [string, string] => [`/compact/${i + 1}`, `/es/compact/${i + 1}`]),
  ['/coalition', '/es/coalition'],
]

const SPANISH = PAIRS.map(([, es]) => es)

test.describe('every Spanish page', () => {
  for (const path of SPANISH) {
    test(`${path} answers 200 in Spanish, with the language switch to its English page`, async ({ page }) => {
      const response = await page.goto(path)
      expect(response?.status()).toBe(200)
      await expect(page.locator('html')).toHaveAttribute('lang', 'es')
      await expect(page.getByRole('link', { name: 'Saltar al contenido principal' })).toHaveAttribute('href', '#main')
      const english = PAIRS.find(([, es]) => es === path)![0]
      const toggle = page.getByRole('link', { name: 'This page in English' })
      await expect(toggle).toHaveAttribute('href', english)
      await expect(toggle).toHaveAttribute('lang', 'en')
      await expect(page.getByRole('navigation', { name: 'Secciones del Centro' })).toHaveCount(1)
    })
  }

  for (const path of ['/es', '/es/about', '/es/initiatives/support-for-immigrants-and-minorities', '/es/compact', '/es/compact/6', '/es/coalition', '/es/no-existe']) {
    test(`${path}: axe finds no WCAG 2.2 AA violation at 1280 px, and nothing scrolls sideways at 320 px`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 })
      await page.goto(path)
      await expectNoAxeViolations(page)
      await page.setViewportSize({ width: 320, height: 640 })
      await page.goto(path)
      const width = await page.evaluate(() => document.documentElement.scrollWidth)
      expect(width).toBeLessThanOrEqual(320)
    })
  }
})

test('an English page links to its Spanish version with a switch that says where it goes', async ({ page }) => {
  await page.goto('/compact/3')
  const toggle = page.getByRole('link', { name: 'Esta página en español' })
  await expect(toggle).toHaveAttribute('href', '/es/compact/3')
  await expect(toggle).toHaveAttribute('hreflang', 'es')
  await expect(toggle).toHaveAttribute('lang', 'es')
})

test('an address no Spanish page has: the 404 page in Spanish', async ({ page }) => {
  const response = await page.goto('/es/no-existe')
  expect(response?.status()).toBe(404)
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Esta página no está aquí')
})

/** The hreflang alternates a page names, as paths. */
async function alternates(page: Page): Promise<Record<string, string>> {
  const links = await page.locator('head link[rel="alternate"][hreflang]').evaluateAll((els) =>
    els.map((el) => [el.getAttribute('hreflang') ?? '', new URL(el.getAttribute('href') ?? '', location.href).pathname]),
  )
  return Object.fromEntries(links)
}

test.describe('hreflang', () => {
  for (const [en, es] of PAIRS) {
    test(`${en} and ${es} name each other (en, es, x-default)`, async ({ page }) => {
      const expected = { en, es, 'x-default': en }
      await page.goto(en)
      expect(await alternates(page)).toEqual(expected)
      await page.goto(es)
      expect(await alternates(page)).toEqual(expected)
    })
  }

  test('the sitemap lists both languages of each translated page, each with its alternates', async ({ request }) => {
    const response = await request.get('/sitemap.xml')
    expect(response.status()).toBe(200)
    const xml = await response.text()
    const locations = sitemapLocations(xml).map((loc) => new URL(loc).pathname)
    for (const [en, es] of PAIRS) {
      expect(locations, en).toContain(en)
      expect(locations, es).toContain(es)
      const entry = xml.split('<url>').find((u) => new RegExp(`<loc>[^<]*${es.replace(/\//g, '\\/')}</loc>`).test(u))
      expect(entry, es).toMatch(/hreflang="en"/)
      expect(entry, es).toMatch(/hreflang="x-default"/)
    }
    // The RSS feed stays English and is not a page of either language.
    expect(locations.some((path) => path.startsWith('/es/feed'))).toBe(false)
  })
})

/**
 * The figures a page states: every number of three digits or more (years, populations, "325"),
 * grouped or not, and every number in its headings; and how many list items its main content has.
 */
async function figures(page: Page): Promise<{ numbers: string[]; headings: string[]; items: number }> {
  return page.evaluate(() => {
    const main = document.querySelector('main')!
    const all = (text: string, pattern: RegExp) => [...new Set(text.match(pattern) ?? [])].sort()
    // Text node by text node, so that numbers in neighbouring elements never run together.
    const texts: string[] = []
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT)
    while (walker.nextNode()) texts.push(walker.currentNode.textContent ?? '')
    const headings = [...main.querySelectorAll('h1, h2, h3')].map((h) => h.textContent ?? '').join(' ')
    return {
      numbers: all(texts.join(' '), /\d{1,3}(?:,\d{3})+|\d{3,}/g),
      headings: all(headings, /\d+(?:,\d{3})*/g),
      items: main.querySelectorAll('li').length,
    }
  })
}

test.describe('the same figures in both languages', () => {
  for (const [en, es] of PAIRS) {
    test(`${es} states the figures of ${en}`, async ({ page }) => {
      await page.goto(en)
      const english = await figures(page)
      await page.goto(es)
      const spanish = await figures(page)
      expect(english.numbers.length + english.items).toBeGreaterThan(0)
      expect(spanish).toEqual(english)
    })
  }
})

test.describe('the six cities’ statements', () => {
  test('keep the mayors’ words verbatim in English, each with its Spanish translation marked as one', async ({ page }) => {
    await page.goto('/initiatives/support-for-immigrants-and-minorities')
    const originals = await page.locator('main article blockquote').allTextContents()
    expect(originals.length).toBeGreaterThanOrEqual(3)
    await page.goto('/es/initiatives/support-for-immigrants-and-minorities')
    const quotes = page.locator('main article blockquote[lang="en"]')
    expect(await quotes.allTextContents()).toEqual(originals)
    const translations = page.locator('main article figure.quote-translation[lang="es"]')
    await expect(translations).toHaveCount(originals.length)
    for (const figure of await translations.all()) await expect(figure.locator('figcaption')).toHaveText('Traducción al español')
    await expect(page.locator('main li > article')).toHaveCount(6)
  })

  test('say their dates in Spanish', async ({ page }) => {
    await page.goto('/es/initiatives/support-for-immigrants-and-minorities')
    await expect(page.locator('main article time').first()).toHaveText(/^\d{1,2} de [a-z]+ de \d{4}$|^[a-z]+ de \d{4}$/)
  })
})

test('a practice shows in Spanish from its translation, its link to its English-only page marked hreflang="en"', async ({ page }) => {
  // (A card whose document has no translation, in English marked lang="en": tests/unit/i18n.test.ts.)
  await page.goto('/es/compact/6')
  const card = page.locator('main #practices-heading ~ div article').first()
  await expect(card.locator('h3')).not.toHaveAttribute('lang', /.+/)
  await expect(card.locator('h3 a')).toHaveAttribute('hreflang', 'en')
})
