/**
 * What a visitor reads, held to what the sources allow (issues #27 and #29), on the production build:
 * every page of the sitemap, English and Spanish, fetched once over HTTP and read as rendered HTML
 * (tests/e2e/support/html.ts: jsdom, no script runs, which is what a visitor without JavaScript
 * gets and what the browser starts from).
 *
 * - No research notes: no public page names how it was researched ("Wikipedia copy", "excerpt
 *   seen", …) or a mirror's host.
 * - A person's work line only with that person: wherever a telephone number of a person in the
 *   dataset is shown (the footer, practice and city contact cards, any page), the same block names them.
 * - No mayor presented as current: a city page names no mayor in its header, and each mayor it lists
 *   carries the date, period or role its source gives.
 * - No empty promises in layout: no heading followed by nothing, no gallery without images, no count of zero.
 */
import { expect, test, type APIRequestContext } from '@playwright/test'
import { NON_CANONICAL_HOSTS } from '@/lib/domain/sources'
import { loadDatasetFile } from '../support/dataset'
import { $$, fetchHtml, isHidden, textOf, type HtmlPage } from './support/html'
import { sitemapLocations } from './support/site-crawl'

const docs = loadDatasetFile()

/** Each sitemap page, fetched and parsed once for the whole file. */
const pages = new Map<string, HtmlPage>()
let sitemapPaths: string[] = []

async function allPages(request: APIRequestContext): Promise<HtmlPage[]> {
  if (sitemapPaths.length === 0) {
    const sitemap = await request.get('/sitemap.xml')
    expect(sitemap.status()).toBe(200)
    sitemapPaths = [...new Set(sitemapLocations(await sitemap.text()).map((loc) => new URL(loc).pathname))]
  }
  const missing = sitemapPaths.filter((p) => !pages.has(p))
  for (let i = 0; i < missing.length; i += 6) {
    const batch = missing.slice(i, i + 6)
    for (const page of await Promise.all(batch.map((path) => fetchHtml(request, path)))) pages.set(page.path, page)
  }
  return sitemapPaths.map((p) => pages.get(p)!)
}

/** Words that describe how a page was researched, never what it is about (English and Spanish). */
const RESEARCH_VOCABULARY = [
  'Wikipedia copy',
  'excerpt seen',
  'excerpts seen',
  'in the sources seen',
  'could not be read',
  'Not captured',
  'partly captured',
  'snippet',
  'figure seen',
  'extracto consultado',
  'no se pudo leer',
  'no pudieron leerse',
]

test.describe('public pages (the whole sitemap, English and Spanish)', () => {
  test.setTimeout(300_000)

  test('show no research notes and no mirror host, in their text or their links', async ({ request }) => {
    const all = await allPages(request)
    expect(all.length).toBeGreaterThan(100)
    expect(all.some((p) => p.path.startsWith('/es'))).toBe(true)
    const found: string[] = []
    for (const page of all) {
      const text = textOf(page.body)
      const hrefs = $$(page.document, '[href]').map((el) => el.getAttribute('href') ?? '')
      for (const words of RESEARCH_VOCABULARY) {
        if (text.toLowerCase().includes(words.toLowerCase())) found.push(`${page.path}: “${words}”`)
      }
      for (const { host } of NON_CANONICAL_HOSTS) {
        if (text.includes(host)) found.push(`${page.path}: mentions ${host}`)
        if (hrefs.some((h) => h.includes(`//${host}`) || h.includes(`.${host}`))) found.push(`${page.path}: links to ${host}`)
      }
    }
    expect(found).toEqual([])
  })

  test('show a person’s telephone number only in the same block as their name (never under the Conference’s name alone)', async ({ request }) => {
    const digits = (phone: string) => phone.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '')
    const people = docs
      .filter((d) => d._type === 'person' && typeof d.phone === 'string')
      .map((d) => ({ name: String(d.name), phone: digits(String(d.phone)) }))
    expect(people.length).toBeGreaterThan(0)
    const all = await allPages(request)
    const wrong: string[] = []
    let shown = 0
    for (const page of all) {
      const text = textOf(page.body)
      for (const person of people) {
        // Written out in the text ("(202) 861-6754") or as a tel: link.
        const written = [...text.matchAll(/\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}/g)].filter((m) => digits(m[0]) === person.phone)
        const links = $$(page.body, 'a[href^="tel:"]').filter((a) => digits(a.getAttribute('href') ?? '') === person.phone)
        if (written.length === 0 && links.length === 0) continue
        shown++
        for (const link of links) {
          const block = link.closest('p, address, li, dd, td, div')
          if (!block || !textOf(block).includes(person.name)) {
            wrong.push(`${page.path}: ${person.name}’s line without her or his name: “${textOf(block ?? link).slice(0, 160)}”`)
          }
        }
        // Written out without a link (rich text): the paragraph must name the person.
        for (const p of $$(page.body, 'p, address, li, dd')) {
          const own = textOf(p)
          if ([...own.matchAll(/\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}/g)].some((m) => digits(m[0]) === person.phone) && !own.includes(person.name)) {
            if (!$$(p, 'p, address, li, dd').length) wrong.push(`${page.path}: ${person.name}’s line in “${own.slice(0, 160)}”`)
          }
        }
      }
      const footer = page.document.querySelector('footer')
      if (footer && /Conference of Mayors/.test(textOf(footer))) {
        for (const person of people) {
          if (digits(textOf(footer)).includes(person.phone) && !textOf(footer).includes(person.name)) {
            wrong.push(`${page.path}: the footer gives ${person.name}’s line with the Conference’s name`)
          }
        }
      }
    }
    // Laura DeKoven Waxman's line is still shown where she is the contact (the Coalition page).
    expect(shown).toBeGreaterThan(0)
    expect(wrong).toEqual([])
  })

  test('follow every heading with something: no empty section, no gallery without images, no count of zero', async ({ request }) => {
    const all = await allPages(request)
    const empty: string[] = []
    for (const page of all) {
      for (const heading of $$(page.body, 'h2, h3, h4')) {
        if (isHidden(heading)) continue
        if (!hasContentAfter(heading)) empty.push(`${page.path}: “${textOf(heading)}” is followed by nothing`)
        if (/^(Photographs|Fotografías)$/.test(textOf(heading)) && !heading.parentElement?.querySelector('img')) {
          empty.push(`${page.path}: “${textOf(heading)}” without an image`)
        }
      }
      const text = textOf(page.main)
      for (const zero of text.matchAll(/(?<!\d)0 (best practices?|mayors?’s? statements?|grant awards?|buenas prácticas|declaraciones)/g)) {
        empty.push(`${page.path}: “${zero[0]}”`)
      }
      if (/No city examples on this site yet|Aún no hay ejemplos de ciudades/.test(text)) empty.push(`${page.path}: a component with nothing but “no examples”`)
    }
    expect(empty).toEqual([])
  })
})

const LEVEL = (el: Element) => Number(el.tagName.slice(1))
const MEDIA = 'img, svg, table, form, input, select, iframe, video'

/** Whether anything visible follows a heading before the next heading of its level or higher. */
function hasContentAfter(heading: Element): boolean {
  const level = LEVEL(heading)
  let node: Element | null = heading
  while (node && node.tagName !== 'MAIN' && node.tagName !== 'BODY') {
    for (let sibling = node.nextElementSibling; sibling; sibling = sibling.nextElementSibling) {
      if (isHidden(sibling)) continue
      if (/^H[1-6]$/.test(sibling.tagName) && LEVEL(sibling) <= level) return false
      const nested = sibling.querySelector('h1, h2, h3, h4, h5, h6')
      if (nested && LEVEL(nested) <= level) {
        // Only what stands before that heading counts.
        return Boolean(textBefore(sibling, nested).trim())
      }
      if (textOf(sibling) || sibling.matches(MEDIA) || sibling.querySelector(MEDIA)) return true
    }
    node = node.parentElement
  }
  return false
}

/** The visible text of `root` that comes before `stop` in document order. */
function textBefore(root: Element, stop: Element): string {
  let text = ''
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */)
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (stop.compareDocumentPosition(n) & 4 /* Node.DOCUMENT_POSITION_FOLLOWING */ || stop.contains(n)) break
    if (n.parentElement && !isHidden(n.parentElement)) text += n.textContent ?? ''
  }
  return text
}

test.describe('city pages', () => {
  const cities = docs.filter((d) => d._type === 'city')
  const personName = new Map(docs.filter((d) => d._type === 'person').map((d) => [d._id, String(d.name)]))
  /** A date, a period or a role as the sources give them. */
  const DATED = /(?<!\d)(19|20)\d{2}(?!\d)|\bsince\b|President|Chair|co-chair/i

  test('name no mayor without the date, period or role from its source, and none in the header as if current', async ({ request }) => {
    test.setTimeout(180_000)
    const problems: string[] = []
    let mayorsSeen = 0
    for (const city of cities) {
      const slug = (city.slug as { current: string }).current
      const page = await fetchHtml(request, `/cities/${slug}`)
      const header = page.main.querySelector('header') ?? page.main.querySelector('h1')!.parentElement!
      const description = page.document.querySelector('meta[name="description"]')?.getAttribute('content') ?? ''
      const names = ((city.mayors ?? []) as { person: { _ref: string } }[]).map((m) => personName.get(m.person._ref)!)
      for (const name of names) {
        if (textOf(header).includes(name)) problems.push(`${slug}: the header names Mayor ${name}`)
        if (description.includes(name)) problems.push(`${slug}: the description names Mayor ${name}`)
      }
      const list = page.main.querySelector('[aria-labelledby="mayors-heading"]')
      for (const item of list ? $$(list, 'li') : []) {
        mayorsSeen++
        if (!DATED.test(textOf(item))) problems.push(`${slug}: “${textOf(item)}” gives no date or role`)
      }
      if (names.length > 0 && !list) problems.push(`${slug}: no list of mayors`)
    }
    expect(mayorsSeen).toBeGreaterThan(30)
    expect(problems).toEqual([])
  })
})
