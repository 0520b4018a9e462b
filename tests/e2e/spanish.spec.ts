/**
 * The Center in Spanish (/es/…): every Spanish page declares its language, passes axe and fits a
 * phone; each names its English page and is named by it (hreflang, both ways) and the sitemap lists
 * both; each shows the same figures as its English page, computed here from both pages.
 */
import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './support/axe'
import { $$, byRole, expectText, fetchHtml, one, textOf, type HtmlPage } from './support/html'
import { sitemapLocations } from './support/site-crawl'
import { localePath } from '@/lib/i18n/locales'
import { PAGES } from '@/lib/pages'

/**
 * English path → its Spanish version: every page with a Spanish version in the sitemap (the table of
 * pages, lib/pages.ts), the Compact's ten components each.
 */
const PAIRS: [en: string, es: string][] = PAGES.filter((row) => row.spanish && row.sitemap)
  .flatMap((row) => (row.path === '/compact/:number' ? Array.from({ length: 10 }, (_, i) => `/compact/${i + 1}`) : [row.path]))
  .map((path): [string, string] => [path, localePath('es', path)])

const SPANISH = PAIRS.map(([, es]) => es)

/** The finder and the submission form (with their confirmation), in Spanish → their English page (spanish-forms.spec.ts tests what they do). */
const FORM_PAGES: [es: string, en: string][] = [
  ['/es/best-practices', '/best-practices'],
  ['/es/best-practices?q=police&topic=training', '/best-practices?q=police&topic=training'],
  ['/es/submit', '/submit'],
  ['/es/submit/received?ref=CICC-2026-7KQ2MX', '/submit/received?ref=CICC-2026-7KQ2MX'],
]
/** The finder and the form are among the pairs the sitemap lists (the table says so: lib/page-table.json). */
for (const path of ['/best-practices', '/submit']) {
  if (!PAIRS.some(([en]) => en === path)) throw new Error(`spanish.spec: ${path} is no longer a Spanish page of the table`)
}

test.describe('every Spanish page', () => {
  for (const path of SPANISH) {
    // What the server sends, checked over HTTP (tests/e2e/support/html.ts); the browser tests are the axe ones below.
    test(`${path} answers 200 in Spanish, with the language switch to its English page`, async ({ request }) => {
      const page = await fetchHtml(request, path)
      expect(page.document.documentElement.getAttribute('lang')).toBe('es')
      expect(one(byRole(page.body, 'link', { name: 'Saltar al contenido principal' }), 'skip link').getAttribute('href')).toBe('#main')
      const english = PAIRS.find(([, es]) => es === path)![0]
      const toggle = one(byRole(page.body, 'link', { name: 'This page in English' }), 'language switch')
      expect(toggle.getAttribute('href')).toBe(english)
      expect(toggle.getAttribute('lang')).toBe('en')
      expect(byRole(page.body, 'navigation', { name: 'Principal', exact: true })).toHaveLength(1)
    })
  }

  for (const [path, english] of FORM_PAGES) {
    test(`${path} answers 200 in Spanish, with the language switch to its English page and the same query`, async ({ request }) => {
      const page = await fetchHtml(request, path)
      expect(page.document.documentElement.getAttribute('lang')).toBe('es')
      expect(one(byRole(page.body, 'link', { name: 'This page in English' }), 'language switch').getAttribute('href')).toBe(english)
    })
  }

  // One page of each Spanish template (the finder with its results, the form, its confirmation too).
  for (const path of [
    '/es',
    '/es/about',
    '/es/initiatives/support-for-immigrants-and-minorities',
    '/es/compact',
    '/es/compact/6',
    '/es/coalition',
    '/es/no-existe',
    '/es/best-practices',
    '/es/submit',
    '/es/submit/received?ref=CICC-2026-7KQ2MX',
  ]) {
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

test('an English page links to its Spanish version with a switch that says where it goes', async ({ request }) => {
  const page = await fetchHtml(request, '/compact/3')
  const toggle = one(byRole(page.body, 'link', { name: 'Esta página en español' }), 'language switch')
  expect(toggle.getAttribute('href')).toBe('/es/compact/3')
  expect(toggle.getAttribute('hreflang')).toBe('es')
  expect(toggle.getAttribute('lang')).toBe('es')
})

test('an address no Spanish page has: the 404 page in Spanish', async ({ request }) => {
  const page = await fetchHtml(request, '/es/no-existe', 404)
  expect(page.document.documentElement.getAttribute('lang')).toBe('es')
  expectText(one(byRole(page.body, 'heading', { level: 1 }), 'h1'), 'Esta página no está aquí', 'h1')
})

/** The hreflang alternates a page names, as paths. */
function alternates(page: HtmlPage, baseURL: string): Record<string, string> {
  const base = new URL(page.path, baseURL)
  return Object.fromEntries(
    $$(page.document.head, 'link[rel="alternate"][hreflang]').map((el) => [el.getAttribute('hreflang') ?? '', new URL(el.getAttribute('href') ?? '', base).pathname]),
  )
}

test.describe('hreflang', () => {
  for (const [en, es] of PAIRS) {
    test(`${en} and ${es} name each other (en, es, x-default)`, async ({ request, baseURL }) => {
      const expected = { en, es, 'x-default': en }
      expect(alternates(await fetchHtml(request, en), baseURL!)).toEqual(expected)
      expect(alternates(await fetchHtml(request, es), baseURL!)).toEqual(expected)
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
    // The form's confirmation is not a page to find, in either language.
    expect(sitemapLocations(xml).some((loc) => loc.includes('/submit/received'))).toBe(false)
  })
})

/**
 * The figures a page states: every number of three digits or more (years, populations, "325"),
 * grouped or not, and every number in its headings; and how many list items its main content has.
 */
function figures({ document, main }: HtmlPage): { numbers: string[]; headings: string[]; items: number } {
  const all = (text: string, pattern: RegExp) => [...new Set(text.match(pattern) ?? [])].sort()
  // Text node by text node, so that numbers in neighbouring elements never run together.
  const texts: string[] = []
  const walker = document.createTreeWalker(main, 4 /* NodeFilter.SHOW_TEXT */)
  while (walker.nextNode()) texts.push(walker.currentNode.textContent ?? '')
  const headings = [...main.querySelectorAll('h1, h2, h3')].map((h) => h.textContent ?? '').join(' ')
  return {
    numbers: all(texts.join(' '), /\d{1,3}(?:,\d{3})+|\d{3,}/g),
    headings: all(headings, /\d+(?:,\d{3})*/g),
    items: main.querySelectorAll('li').length,
  }
}

test.describe('the same figures in both languages', () => {
  for (const [en, es] of PAIRS) {
    test(`${es} states the figures of ${en}`, async ({ request }) => {
      const english = figures(await fetchHtml(request, en))
      const spanish = figures(await fetchHtml(request, es))
      expect(english.numbers.length + english.items).toBeGreaterThan(0)
      expect(spanish).toEqual(english)
    })
  }
})

test.describe('the six cities’ statements', () => {
  test('keep the mayors’ words verbatim in English, each with its Spanish translation marked as one', async ({ request }) => {
    const en = await fetchHtml(request, '/initiatives/support-for-immigrants-and-minorities')
    const originals = $$(en.document, 'main article blockquote').map((q) => q.textContent ?? '')
    expect(originals.length).toBeGreaterThanOrEqual(3)
    const es = await fetchHtml(request, '/es/initiatives/support-for-immigrants-and-minorities')
    const quotes = $$(es.document, 'main article blockquote[lang="en"]')
    expect(quotes.map((q) => q.textContent ?? '')).toEqual(originals)
    const translations = $$(es.document, 'main article figure.quote-translation[lang="es"]')
    expect(translations).toHaveLength(originals.length)
    for (const figure of translations) expectText(one($$(figure, 'figcaption'), 'figcaption'), 'Traducción al español', 'figcaption')
    expect($$(es.document, 'main li > article')).toHaveLength(6)
  })

  test('say their dates in Spanish', async ({ request }) => {
    const page = await fetchHtml(request, '/es/initiatives/support-for-immigrants-and-minorities')
    const time = $$(page.document, 'main article time')[0]
    expect(time, 'a date').toBeTruthy()
    expect(textOf(time!)).toMatch(/^\d{1,2} de [a-z]+ de \d{4}$|^[a-z]+ de \d{4}$/)
  })
})

test('a practice shows in Spanish from its translation, its link to its English-only page marked hreflang="en"', async ({ request }) => {
  // (A card whose document has no translation, in English marked lang="en": tests/unit/i18n.test.ts.)
  const page = await fetchHtml(request, '/es/compact/6')
  const card = $$(page.document, 'main #practices-heading ~ div article')[0]
  expect(card, 'a practice card').toBeTruthy()
  expect(one($$(card!, 'h3'), 'h3').getAttribute('lang') ?? '').not.toMatch(/.+/)
  expect(one($$(card!, 'h3 a'), 'h3 a').getAttribute('hreflang')).toBe('en')
})
