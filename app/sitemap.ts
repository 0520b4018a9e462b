import type { MetadataRoute } from 'next'
import { fetchContent, sitemapQuery, type SitemapEntry } from '@/lib/content'
import { siteUrl } from '@/lib/env'
import { hrefFor, SECTION_PATHS } from '@/lib/routes'
import { SUBMIT_PATH } from '@/lib/submissions/paths'

/** Pages of their own that no single document stands behind. */
const LISTING_PATHS = ['/', '/activities', '/compact', '/cities', '/map', SUBMIT_PATH] as const

/** The newest of some dates (ISO strings compare in order), or undefined when none is known. */
function newest(dates: (string | null | undefined)[]): string | undefined {
  return dates.filter((d): d is string => Boolean(d)).sort().at(-1)
}

/**
 * /sitemap.xml: the home page, the listings and the submission form, the ten sections, the
 * Compact's components, the published best practices, the organizations and the cities, at absolute
 * addresses, with the date of the last change where the content knows it. Regenerated with the
 * content (its fetch carries the tags of the types it reads).
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const entries = await fetchContent(sitemapQuery)
  const base = siteUrl()
  const lastModified = new Map<string, string | undefined>()
  const add = (path: string, date?: string | null) => lastModified.set(path, newest([lastModified.get(path), date]))

  const ofType = (type: SitemapEntry['_type']) => entries.filter((e) => e._type === type)
  for (const path of LISTING_PATHS) add(path)
  add('/compact', newest(ofType('compactComponent').map((e) => e.lastModified)))
  add('/cities', newest(ofType('city').map((e) => e.lastModified)))
  add('/map', newest(ofType('city').map((e) => e.lastModified)))
  for (const path of Object.values(SECTION_PATHS)) add(path)
  for (const entry of entries) {
    const href = hrefFor(entry)
    if (href && !href.includes('#')) add(href, entry.lastModified)
  }

  return [...lastModified].map(([path, date]) => ({
    url: `${base}${path === '/' ? '/' : path}`,
    ...(date ? { lastModified: date } : {}),
  }))
}
