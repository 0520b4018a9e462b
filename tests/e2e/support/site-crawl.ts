/**
 * A bounded breadth-first crawl of the site through Playwright's `request` fixture (no browser, no
 * external requests): every `href` of every HTML page is collected; internal ones are requested
 * (pages are crawled further, other resources only checked), `#id` targets are checked against the
 * ids of the page they point into. Also reads the sitemap and the routes the dataset implies.
 */
import type { APIRequestContext } from '@playwright/test'
import { hasSpanishVersion } from '@/lib/i18n/locales'
import { SECTION_PATHS } from '@/lib/routes'
import { SUBMIT_PATH } from '@/lib/submissions/paths'
import { loadDatasetFile } from '../../support/dataset'

/** The origin the production build writes into absolute URLs (metadata, sitemap, feed). */
export const SITE_ORIGIN = new URL(process.env.SITE_URL?.trim() || 'http://localhost:3000').origin

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

export function decodeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)))
    return ENTITIES[ref.toLowerCase()] ?? whole
  })
}

/** The document's `<title>`, decoded and trimmed; null when it has none. */
export function titleOf(html: string): string | null {
  const match = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)
  return match ? decodeHtml(match[1] ?? '').trim() : null
}

/** Every `href` attribute in the document, decoded, in order. */
export function hrefsIn(html: string): string[] {
  return [...html.matchAll(/<[a-z][\w-]*\b[^>]*?\shref\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)].map((m) => decodeHtml(m[1] ?? m[2] ?? ''))
}

/** Every element id in the document. */
export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/<[a-z][\w-]*\b[^>]*?\sid\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)].map((m) => decodeHtml(m[1] ?? m[2] ?? '')))
}

export interface Page {
  status: number
  html: boolean
  noindex: boolean
  ids: Set<string>
  /** Internal links found on the page: where they point (path + search) and the fragment, if any. */
  links: { href: string; target: string; hash: string }[]
}

export interface Broken {
  from: string
  href: string
  problem: string
}

export interface Crawl {
  pages: Map<string, Page>
  broken: Broken[]
  /** External addresses seen (never requested). */
  external: Set<string>
  /** HTML pages answered 200, by path (no search). */
  htmlPaths: Set<string>
  /** Of those, the ones that do not ask search engines to stay away (`<meta name="robots" content="noindex">`). */
  indexablePaths: Set<string>
}

const SKIPPED_SCHEMES = /^(mailto|tel|sms|javascript|data|blob):/i

/**
 * Where an href points, if it is internal: its path + search (the key of the page) and its fragment.
 * Absolute URLs count as internal on the test server's origin and on the site's public origin.
 */
export function resolveInternal(href: string, from: string, baseURL: string): { target: string; hash: string } | 'external' | 'skip' {
  const trimmed = href.trim()
  if (!trimmed || SKIPPED_SCHEMES.test(trimmed)) return 'skip'
  const url = new URL(trimmed, new URL(from, baseURL))
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'skip'
  if (url.origin !== new URL(baseURL).origin && url.origin !== SITE_ORIGIN) return 'external'
  // The image optimizer would fetch the original from the image CDN: never from a test.
  if (url.pathname.startsWith('/_next/image')) return 'skip'
  return { target: `${url.pathname}${url.search}`, hash: url.hash.slice(1) }
}

export async function crawl(request: APIRequestContext, baseURL: string, start: string[], { maxPages = 600, concurrency = 6 } = {}): Promise<Crawl> {
  const pages = new Map<string, Page>()
  const broken: Broken[] = []
  const external = new Set<string>()
  const referrers = new Map<string, { from: string; href: string }>()
  const queue: string[] = []
  const enqueue = (target: string, from: string, href: string) => {
    if (pages.has(target) || referrers.has(target)) return
    referrers.set(target, { from, href })
    queue.push(target)
  }
  for (const path of start) enqueue(path, '(start)', path)

  let requested = 0
  const visit = async (target: string) => {
    requested++
    const response = await request.get(new URL(target, baseURL).toString(), { maxRedirects: 5, failOnStatusCode: false })
    const status = response.status()
    const html = /text\/html/.test(response.headers()['content-type'] ?? '')
    const page: Page = { status, html, noindex: false, ids: new Set(), links: [] }
    pages.set(target, page)
    if (status >= 400) {
      const { from, href } = referrers.get(target)!
      broken.push({ from, href, problem: `answered ${status}` })
      return
    }
    // Pages are crawled further; scripts, styles, images and feeds are only checked.
    if (!html || target.startsWith('/_next/')) return
    const body = await response.text()
    page.ids = idsIn(body)
    page.noindex = /<meta\b[^>]*\bname="robots"[^>]*\bcontent="[^"]*noindex/i.test(body)
    for (const href of hrefsIn(body)) {
      const resolved = resolveInternal(href, target, baseURL)
      if (resolved === 'skip') continue
      if (resolved === 'external') {
        external.add(href)
        continue
      }
      page.links.push({ href, ...resolved })
      enqueue(resolved.target, target, href)
    }
  }

  while (queue.length > 0) {
    if (requested >= maxPages * 4) throw new Error(`The crawl passed ${requested} requests: is a link generating addresses?`)
    const batch = queue.splice(0, concurrency)
    await Promise.all(batch.map(visit))
  }

  // Fragments: `#id` must name an element of the page it points into.
  for (const [from, page] of pages) {
    for (const link of page.links) {
      if (!link.hash) continue
      const target = pages.get(link.target)
      if (!target || target.status >= 400 || !target.html) continue
      let id = link.hash
      try {
        id = decodeURIComponent(link.hash)
      } catch {
        // keep it as written
      }
      if (!target.ids.has(id)) broken.push({ from, href: link.href, problem: `no element with id "${id}" on ${link.target}` })
    }
  }

  const pathsOf = (keep: (page: Page) => boolean) =>
    new Set([...pages].filter(([, p]) => p.html && p.status === 200 && keep(p)).map(([target]) => new URL(target, baseURL).pathname))
  const htmlPaths = pathsOf(() => true)
  const indexablePaths = pathsOf((p) => !p.noindex)
  const htmlPageCount = [...pages.values()].filter((p) => p.html).length
  if (htmlPageCount > maxPages) throw new Error(`The crawl reached ${htmlPageCount} pages, more than the bound of ${maxPages}`)
  return { pages, broken, external, htmlPaths, indexablePaths }
}

/** The `<loc>` addresses of a sitemap document. */
export function sitemapLocations(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => decodeHtml(m[1]!.trim()))
}

type Doc = ReturnType<typeof loadDatasetFile>[number]
const slugOf = (doc: Doc) => (doc.slug as { current?: string } | undefined)?.current

/** Every route the dataset implies: the site's fixed pages (the submission form among them), the sections and one page per document that has one. */
export function expectedRoutes(docs: Doc[] = loadDatasetFile()): Set<string> {
  const published = docs.filter((d) => !d._id.includes('.'))
  const of = (type: string) => published.filter((d) => d._type === type)
  const routes = new Set<string>(['/', '/activities', '/compact', '/cities', '/map', SUBMIT_PATH, ...Object.values(SECTION_PATHS)])
  for (const d of of('compactComponent')) routes.add(`/compact/${d.number as number}`)
  for (const d of of('bestPractice')) if (d.status === 'published' && slugOf(d)) routes.add(`/best-practices/${slugOf(d)}`)
  for (const d of of('organization')) if (slugOf(d)) routes.add(`/organizations/${slugOf(d)}`)
  for (const d of of('city')) if (slugOf(d)) routes.add(`/cities/${slugOf(d)}`)
  // In Spanish: the pages written in the dictionary, and each page with a Spanish version whose
  // document has a Spanish translation of the words it leads with (title, and summary or explanation).
  const spanish = new Map(of('translation').filter((t) => t.language === 'es').map((t) => [(t.document as { _ref: string })._ref, t]))
  const leadsInSpanish = (id: string, fields: string[]) => fields.every((f) => typeof spanish.get(id)?.[f] === 'string' && String(spanish.get(id)?.[f]).trim() !== '')
  routes.add('/es')
  routes.add('/es/compact')
  routes.add('/es/submit')
  for (const d of of('compactComponent')) if (leadsInSpanish(d._id, ['title', 'explanation'])) routes.add(`/es/compact/${d.number as number}`)
  for (const d of of('centerSection')) {
    const path = (SECTION_PATHS as Record<string, string>)[slugOf(d) ?? '']
    if (path && hasSpanishVersion(path) && leadsInSpanish(d._id, ['title', 'summary'])) routes.add(`/es${path}`)
  }
  return routes
}
