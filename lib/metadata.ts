import type { Metadata, Viewport } from 'next'
import { languageAlternates, localePath, OG_LOCALE, type Lang } from './i18n/locales'

/**
 * A page's metadata: its title (the layout adds the site's short name), description, canonical
 * address and OpenGraph card. Every page calls this from `generateMetadata` or `metadata`.
 *
 * `path` is always the English path. A page with a Spanish version (`translated`) names both
 * languages as hreflang alternates, the same on both pages (en, es, x-default → English). A Spanish
 * address whose content is not translated yet shows the English content: its canonical is the
 * English page and it names no alternates, so search engines keep to the English one.
 */
export function pageMetadata({
  title,
  description,
  path,
  type = 'website',
  lang,
  translated = false,
}: {
  title: string
  description: string
  path: string
  type?: 'website' | 'article'
  lang: Lang
  translated?: boolean
}): Metadata {
  const own = lang === 'en' || translated ? localePath(lang, path) : path
  return {
    title,
    description,
    alternates: translated ? { canonical: own, languages: languageAlternates(path) } : { canonical: own },
    openGraph: { title, description, url: own, type, locale: OG_LOCALE[lang] },
    twitter: { card: 'summary', title, description },
  }
}

/** The viewport of every public page (the root layout and the whole-document 404), written once. */
export const SITE_VIEWPORT = {
  themeColor: '#15325c',
  width: 'device-width',
  initialScale: 1,
} as const satisfies Viewport
