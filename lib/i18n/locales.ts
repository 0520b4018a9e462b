/**
 * The site's languages and their addresses. English is the site's own language, at the root; Spanish
 * lives under /es, with the same path after the prefix (/compact/3 → /es/compact/3), so that a page,
 * its query string included, switches language by adding or removing the prefix.
 */
import { hasSpanishVersion } from '../pages'

export const LANGS = ['en', 'es'] as const
export type Lang = (typeof LANGS)[number]
export const DEFAULT_LANG: Lang = 'en'

export const LANG_PREFIX: Record<Lang, string> = { en: '', es: '/es' }

/** BCP 47 tags for Intl and OpenGraph. */
export const INTL_LOCALE: Record<Lang, string> = { en: 'en-US', es: 'es-US' }
export const OG_LOCALE: Record<Lang, string> = { en: 'en_US', es: 'es_US' }

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value)
}

/** The address of an English path in a language: ('es', '/compact') → '/es/compact'; ('es', '/') → '/es'. */
export function localePath(lang: Lang, path: string): string {
  const prefix = LANG_PREFIX[lang]
  if (!prefix) return path
  if (path === '/' || path === '') return prefix
  if (path.startsWith('/#') || path.startsWith('/?')) return `${prefix}${path.slice(1)}`
  return `${prefix}${path}`
}

/** The language of an address and its English path: '/es/compact/3' → ['es', '/compact/3']. */
export function splitLocalePath(path: string): { lang: Lang; path: string } {
  if (path === '/es' || path.startsWith('/es/') || path.startsWith('/es?') || path.startsWith('/es#')) {
    const rest = path.slice(3)
    return { lang: 'es', path: rest === '' || rest.startsWith('?') || rest.startsWith('#') ? `/${rest}` : rest }
  }
  return { lang: 'en', path }
}

/** Whether the page at an English path has a Spanish version: the table of pages says (lib/pages.ts). */
export { hasSpanishVersion }

/** The addresses of some rows of the table of pages, each in every language it has (English, and /es/… where it has a Spanish version). */
export function addressesInEachLanguage(rows: readonly { path: string; spanish: unknown }[]): string[] {
  return rows.flatMap((row) => (row.spanish ? [row.path, localePath('es', row.path)] : [row.path]))
}

/** A link target for a page in `lang`: its version in that language where there is one, else the English page. */
export function hrefIn(lang: Lang, path: string): { href: string; lang: Lang } {
  if (lang === 'en' || !hasSpanishVersion(path)) return { href: path, lang: 'en' }
  return { href: localePath(lang, path), lang }
}

/** hreflang alternates of a translated page (metadata `alternates.languages`, the sitemap). */
export function languageAlternates(path: string): Record<'en' | 'es' | 'x-default', string> {
  return { en: path, es: localePath('es', path), 'x-default': path }
}

/**
 * The first segments of addresses that are not pages of the public site (app/[lang]): the Studio,
 * route handlers, metadata files, Next's own files and the files in public/. proxy.ts leaves them
 * as they are; every other address is a page address, mapped to a language segment.
 */
export const NON_PAGE_ROOTS: readonly string[] = ['api', 'studio', '_next', 'feed.xml', 'sitemap.xml', 'robots.txt', 'favicon.ico']

/** Whether an address belongs to the public site's route tree (app/[lang]). */
export function isPageAddress(pathname: string): boolean {
  const first = pathname.split('/')[1] ?? ''
  return !NON_PAGE_ROOTS.includes(first)
}

/** The internal segment of the site's own language, never an address of its own: /about is routed to /en/about. */
const INTERNAL_EN = `/${DEFAULT_LANG}`

/**
 * The route (in app/[lang]) a page address is served by, or null when it must get the designed 404:
 * '/about' → '/en/about', '/' → '/en', '/es/compact' → '/es/compact'; the internal '/en/…' asked
 * directly, and a Spanish address of a page with no Spanish version ('/es/cities') → null.
 */
export function pageRoute(pathname: string): string | null {
  if (pathname === INTERNAL_EN || pathname.startsWith(`${INTERNAL_EN}/`)) return null
  const { lang, path } = splitLocalePath(pathname)
  if (lang === DEFAULT_LANG) return path === '/' ? INTERNAL_EN : `${INTERNAL_EN}${path}`
  return hasSpanishVersion(path) ? pathname : null
}

/**
 * The public address of a route's path: the internal English segment removed ('/en/compact/3' →
 * '/compact/3', '/en' → '/'), a Spanish path as it is. A page prerendered at /en/… sees its route's
 * path in `usePathname()` on the server, and its public address in the browser.
 */
export function publicPath(pathname: string): string {
  if (pathname === INTERNAL_EN) return '/'
  return pathname.startsWith(`${INTERNAL_EN}/`) ? pathname.slice(INTERNAL_EN.length) : pathname
}

/**
 * The request header in which proxy.ts tells app/global-not-found.tsx the language of the address
 * asked (the 404 page receives no path of its own). The proxy always sets it, whatever a client sent.
 */
export const REQUEST_LANG_HEADER = 'x-center-lang'

/** The language a request header names, English for anything else. */
export function requestLang(value: string | null | undefined): Lang {
  return isLang(value) ? value : DEFAULT_LANG
}
