import type { MetadataRoute } from 'next'
import { fetchContent, sitemapQuery, translationsQuery, type SitemapEntry } from '@/lib/content'
import { siteUrl } from '@/lib/env'
import { spanishPaths } from '@/lib/i18n/sitemap'
import { languageAlternates } from '@/lib/i18n/locales'
import { translationMap } from '@/lib/i18n/translate'
import { FIXED_PAGES, pageOf } from '@/lib/pages'
import { hrefFor } from '@/lib/routes'

/** The pages listed as themselves (`sitemap: 'page'` in lib/pages.ts); detail pages are listed per document. */
const SITEMAP_PAGES = FIXED_PAGES.filter((row) => row.sitemap === 'page').map((row) => row.path)

/** The newest of some dates (ISO strings compare in order), or undefined when none is known. */
function newest(dates: (string | null | undefined)[]): string | undefined {
  return dates.filter((d): d is string => Boolean(d)).sort().at(-1)
}

/**
 * /sitemap.xml: the home page, the listings and the submission form, the ten sections, the
 * Compact's components, the published best practices, the organizations and the cities, at absolute
 * addresses, with the date of the last change where the content knows it; each page that has its
 * Spanish version (lib/i18n/sitemap.ts: a translated document, not an English fallback) is listed in
 * both languages, each entry with its hreflang alternates. Regenerated with the
 * content (its fetch carries the tags of the types it reads).
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [entries, translations] = await Promise.all([fetchContent(sitemapQuery), fetchContent(translationsQuery, { language: 'es' })])
  const base = siteUrl()
  const lastModified = new Map<string, string | undefined>()
  const add = (path: string, date?: string | null) => lastModified.set(path, newest([lastModified.get(path), date]))

  const ofType = (type: SitemapEntry['_type']) => entries.filter((e) => e._type === type)
  for (const path of SITEMAP_PAGES) add(path)
  add('/compact', newest(ofType('compactComponent').map((e) => e.lastModified)))
  add('/cities', newest(ofType('city').map((e) => e.lastModified)))
  add('/map', newest(ofType('city').map((e) => e.lastModified)))
  for (const entry of entries) {
    const href = hrefFor(entry)
    // A document with a page of its own (a detail page), or a section (its page's date).
    if (href && !href.includes('#') && pageOf(href)?.sitemap) add(href, entry.lastModified)
  }

  // Pages with their Spanish version: both addresses, each naming both (hreflang) in the sitemap.
  const spanish = spanishPaths(entries, translationMap(translations))
  const absolute = (path: string) => `${base}${path === '/' ? '/' : path}`
  const alternates = (path: string) =>
    spanish.has(path) ? { alternates: { languages: Object.fromEntries(Object.entries(languageAlternates(path)).map(([l, p]) => [l, absolute(p)])) } } : {}
  return [...lastModified].flatMap(([path, date]) => {
    const english = { url: absolute(path), ...(date ? { lastModified: date } : {}), ...alternates(path) }
    if (!spanish.has(path)) return [english]
    return [english, { url: absolute(languageAlternates(path).es), ...(date ? { lastModified: date } : {}), ...alternates(path) }]
  })
}
