/**
 * Which detail addresses name nothing, decided before a page renders (proxy.ts asks here).
 *
 * Next 16 answers a page that calls `notFound()` with a 404 whose HTML is an empty document: the
 * designed page is only in the RSC payload, drawn by JavaScript (vercel/next.js#62228). An address
 * that matches no route gets the designed page in full HTML. So the proxy sends a detail address
 * whose document does not exist (`/cities/no-such-city`, `/compact/99`) to the not-found page
 * itself, and readers without JavaScript see it whole.
 *
 * The slugs of each kind are remembered per process as a shortcut only, never as the answer: a slug
 * not among them is looked up afresh before it is called unknown (so a document published a second
 * ago is never refused, whichever instance is asked), and look-ups of one kind running at once share
 * one query. A remembered slug whose document was since deleted reaches its page, which answers 404
 * itself. A look-up that fails or takes longer than LOOKUP_TIMEOUT_MS (the Content Lake down) lets
 * the page decide, as it would without this check: pages keep their cached content then.
 */
import { splitLocalePath } from '../i18n/locales'
import { DETAIL_PATHS, type DetailType } from '../routes'
import type { AnyContentQuery } from './define'
import { citySlugsQuery, compactNumbersQuery, organizationSlugsQuery, practiceSlugsQuery } from './queries'
import { runQuery } from './run'

interface DetailRoute {
  query: AnyContentQuery
  keyOf: (row: Record<string, string>) => string
}

/** For each detail page (lib/routes.ts), the query listing the keys its addresses take. */
const DETAIL_ROUTES: Record<DetailType, DetailRoute> = {
  compactComponent: { query: compactNumbersQuery, keyOf: (row) => row.number! },
  bestPractice: { query: practiceSlugsQuery, keyOf: (row) => row.slug! },
  organization: { query: organizationSlugsQuery, keyOf: (row) => row.slug! },
  city: { query: citySlugsQuery, keyOf: (row) => row.slug! },
}

/**
 * The detail route an address is on and the raw key it names: '/compact/3' and '/es/compact/3' →
 * compactComponent, '3'. Null for any other address.
 */
function detailAddress(pathname: string): { route: DetailRoute; rawKey: string } | null {
  const { path } = splitLocalePath(pathname)
  for (const type of Object.keys(DETAIL_PATHS) as DetailType[]) {
    const prefix = `${DETAIL_PATHS[type]}/`
    if (!path.startsWith(prefix)) continue
    const rawKey = path.slice(prefix.length).replace(/\/$/, '')
    if (rawKey === '' || rawKey.includes('/')) return null
    return { route: DETAIL_ROUTES[type], rawKey }
  }
  return null
}

/** How long a request waits for a look-up before its page decides instead. */
export const LOOKUP_TIMEOUT_MS = 1500

export type Lookup = (query: AnyContentQuery) => Promise<readonly Record<string, string>[]>

const defaultLookup: Lookup = async (query) => (await runQuery(query)) as readonly Record<string, string>[]

/** Creates the checker (tests give their own look-up; the proxy uses the published content). */
export function createKnownRoutes(lookup: Lookup = defaultLookup, timeoutMs = LOOKUP_TIMEOUT_MS) {
  const known = new Map<AnyContentQuery, Set<string>>()
  const running = new Map<AnyContentQuery, Promise<Set<string>>>()

  function refresh(route: DetailRoute): Promise<Set<string>> {
    let pending = running.get(route.query)
    if (!pending) {
      pending = lookup(route.query)
        .then((rows) => {
          const keys = new Set(rows.map(route.keyOf))
          known.set(route.query, keys)
          return keys
        })
        .finally(() => running.delete(route.query))
      running.set(route.query, pending)
    }
    return pending
  }

  /**
   * `false` when `pathname` is a detail address (English or Spanish) whose document does not exist;
   * `true` when it exists or the address is not a detail address. A failed look-up answers `true` (the page
   * decides, as it would without this check).
   */
  return async function exists(pathname: string): Promise<boolean> {
    const address = detailAddress(pathname)
    if (!address) return true
    const { route, rawKey } = address
    let key: string
    try {
      key = decodeURIComponent(rawKey)
    } catch {
      return true
    }
    if (known.get(route.query)?.has(key)) return true
    let timer: ReturnType<typeof setTimeout> | undefined
    const late = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), timeoutMs)
    })
    try {
      const keys = await Promise.race([refresh(route), late])
      return keys === null || keys.has(key)
    } catch {
      return true
    } finally {
      clearTimeout(timer)
    }
  }
}
