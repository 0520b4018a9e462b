/**
 * Cache-Control for the pages Next renders on each request: the finder (/best-practices, and in
 * Spanish /es/best-practices) and the city list (/cities). They read the query string (so their filters work without JavaScript),
 * which makes Next mark them `private, no-store`; but they read nothing else (no cookie, no request
 * header), so one address is one page for every visitor, and a shared cache (the nginx recipe in
 * deploy/, a CDN) may keep it. They get a short shared lifetime, so that a popular search is
 * rendered once a minute rather than once a visitor, and browsers still ask again each time.
 *
 * Not for staff in draft mode (the page then shows drafts), not for client-side navigations'
 * RSC payloads (requested with the `rsc` header) and not for Server Action calls (a POST with
 * `Next-Action`: Sanity Live's, from any page); those keep Next's `no-store`. A page that starts
 * reading cookies or headers must say `shared: false` in the table of pages (lib/page-table.json).
 */
import { addressesInEachLanguage } from './i18n/locales'
import { FIXED_PAGES } from './pages'
import { DRAFT_MODE_COOKIES, type HeaderRule } from './security/headers'

/** Pages rendered per request whose output depends on their address only (`shared` in lib/pages.ts), each with its Spanish version if it has one. */
export const SHARED_PAGES: readonly string[] = addressesInEachLanguage(FIXED_PAGES.filter((row) => row.shared))

/** At most a minute in a shared cache; served stale for five more while it is refreshed. */
export const SHARED_PAGE_CACHE_CONTROL = 'public, max-age=0, s-maxage=60, stale-while-revalidate=300'

export function sharedPageCacheRules(): HeaderRule[] {
  return SHARED_PAGES.map((source) => ({
    source,
    missing: [{ type: 'header' as const, key: 'rsc' }, { type: 'header' as const, key: 'next-action' }, ...DRAFT_MODE_COOKIES.map((key) => ({ type: 'cookie' as const, key }))],
    headers: [{ key: 'Cache-Control', value: SHARED_PAGE_CACHE_CONTROL }],
  }))
}
