/**
 * Which pages the sitemap lists in Spanish: those whose Spanish version is a translation, not an
 * English fallback. Pages of the interface (home, the Compact's overview, the submission form) are
 * written in the dictionary and always translated; a section or a Compact component only when its
 * document has a Spanish translation with the words its page leads with.
 */
import type { SitemapEntry } from '../content/models'
import { FIXED_PAGES } from '../pages'
import { hrefFor } from '../routes'
import { hasSpanishVersion } from './locales'
import type { TranslationMap } from './translate'

/** Translated by the dictionary (`spanish: 'dictionary'` in lib/pages.ts) and in the sitemap: no document stands behind their words. */
const INTERFACE_PAGES = FIXED_PAGES.filter((row) => row.spanish === 'dictionary' && row.sitemap === 'page').map((row) => row.path)

const LEAD_FIELDS = { compactComponent: ['title', 'explanation'], centerSection: ['title', 'summary'] } as const

export function spanishPaths(entries: readonly SitemapEntry[], translations: TranslationMap): Set<string> {
  const paths = new Set<string>(INTERFACE_PAGES)
  for (const entry of entries) {
    const href = hrefFor(entry)
    if (!href || href.includes('#') || !hasSpanishVersion(href)) continue
    const fields = entry._type === 'compactComponent' || entry._type === 'centerSection' ? LEAD_FIELDS[entry._type] : null
    const t = translations.get(entry._id)
    if (fields && t && fields.every((f) => typeof t[f] === 'string' && t[f].trim() !== '')) paths.add(href)
  }
  return paths
}
