/**
 * Next's proxy (formerly middleware), run before every request but build files. It answers what no
 * page should see, and prepares what the submission form needs:
 *
 * - a path with a broken percent-escape (`/%FF`, `/about%`) or a garbled `Next-Router-State-Tree`
 *   on an RSC request: 400, not the plain 500 Next would give;
 * - an address whose query is longer than any the site makes (MAX_ADDRESS_QUERY_BYTES): 414, before Next
 *   parses it (its parsing alone costs quadratic time in the number of parameters);
 * - a page asked with a method other than GET or HEAD: 405 with `Allow` (the submission form's
 *   page also takes POST: its Server Action, which works without JavaScript). A Server Action
 *   called by script (a POST with `Next-Action`) reaches any page: `<SanityLive />`, in the site's
 *   layout, calls its action (lib/content/live-action.ts) from whatever page is open, and Next
 *   answers an action id it does not know itself. Route handlers under /api/ answer for themselves;
 * - a POST from an opaque origin (`Origin: null`, in any case: a sandboxed frame, a `data:` page) is
 *   refused with 403 rather than left to the Server Action's own Origin check, which answers 500;
 * - a POST to a page (a Server Action call) from another origin, with a body over the actions' limit,
 *   or naming a server reference no client may call (a `'use cache'` function, next-sanity's unused
 *   Live action: lib/security/action-ids.ts): 403 or 413 with a page in the reader's language and one
 *   log line, where Next would answer 500 and log an error (lib/security/actions.ts);
 * - a detail address whose document does not exist (`/cities/no-such-city`, `/es/compact/99`) is
 *   sent to the not-found page itself, so that its 404 is the designed page in full HTML, not the
 *   empty document Next 16 renders for a page's `notFound()` (lib/content/known-routes.ts says why);
 * - the language of the address (`/es/…`: Spanish) is set in REQUEST_LANG_HEADER, replacing any
 *   the client sent, so that the not-found page, which is told no path, answers in that language;
 * - a page's address is mapped to its language's segment of the one route tree (app/[lang]):
 *   an unprefixed address is English, rewritten (not redirected) to `/en/…`; `/es/…` is routed as it
 *   is. The internal `/en/…` asked directly, and the Spanish address of a page without a Spanish
 *   version (the table of pages, lib/pages.ts), get the designed 404 (lib/i18n/locales.ts, pageRoute);
 * - the `X-Forwarded-For` a request arrived with is moved aside (lib/security/client-address.ts),
 *   so that Next fills it with the socket's address and only a trusted proxy's word is believed.
 *
 * These answers carry the security headers (next.config.ts applies them to every response) and
 * `Cache-Control: no-store`.
 */
import { NextResponse, type NextRequest } from 'next/server'
import { parseAndValidateFlightRouterState } from 'next/dist/server/app-render/parse-and-validate-flight-router-state'
import { createKnownRoutes } from './lib/content/known-routes'
import { isPageAddress, localePath, pageRoute, REQUEST_LANG_HEADER, splitLocalePath } from './lib/i18n/locales'
import { MAX_ADDRESS_QUERY_BYTES } from './lib/search/url'
import {
  ACTION_BODY_LIMIT_BYTES,
  formActionIds,
  isCacheFunctionId,
  isForeignOrigin,
  readBodyWithin,
  refusalLogLine,
  refusalPage,
} from './lib/security/actions'
import { callableActionIds } from './lib/security/action-ids'
import { FORWARDED_CHAIN_HEADER } from './lib/security/client-address'
import { DRAFT_MODE_COOKIES } from './lib/security/headers'
import { SUBMIT_PATHS, submitPathIn } from './lib/submissions/paths'

const PAGE_METHODS = ['GET', 'HEAD']

/** Pages with a Server Action (a form posts to its own page). */
const ACTION_PAGES = new Set<string>(SUBMIT_PATHS)
/**
 * Matches no route (a language segment, then a name no page's folder has): Next answers it with
 * app/global-not-found.tsx, a 404 in full HTML. A one-segment path would match app/[lang].
 */
export const NOT_FOUND_PATH = '/_/not-found'
const routeExists = createKnownRoutes()

function refuse(status: 400 | 403 | 405 | 414, message: string, headers: Record<string, string> = {}): NextResponse {
  return new NextResponse(`${message}\n`, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers },
  })
}

/** A refused Server Action call: the page in the reader's language, and one log line. */
function refuseAction(request: NextRequest, status: 403 | 413, reason: string): NextResponse {
  const path = request.nextUrl.pathname
  const { lang } = splitLocalePath(path)
  console.warn(refusalLogLine(status, reason, request.method, path))
  return new NextResponse(refusalPage(status, lang, submitPathIn(lang), localePath(lang, '/')), {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  })
}

/** Whether a client may call this server reference (lib/security/action-ids.ts). */
function callable(id: string): boolean {
  if (isCacheFunctionId(id)) return false
  const ids = callableActionIds()
  return ids === null || ids.has(id)
}

/** What a POST to a page must not be (lib/security/actions.ts): null when it may go on to Next. */
async function actionRefusal(request: NextRequest): Promise<NextResponse | null> {
  if (isForeignOrigin(request.headers, new URL(request.url).host)) return refuseAction(request, 403, 'Origin is not this site')
  const actionId = request.headers.get('next-action')
  if (actionId !== null && !callable(actionId)) return refuseAction(request, 403, 'not an action a client may call')
  const body = await readBodyWithin(request, ACTION_BODY_LIMIT_BYTES)
  if (body === null) return refuseAction(request, 413, `body over ${ACTION_BODY_LIMIT_BYTES} bytes`)
  if (actionId === null && !(await formActionIds(body, request.headers.get('content-type'))).every(callable)) {
    return refuseAction(request, 403, 'not an action a client may call')
  }
  return null
}

/** In draft mode a document may exist only as a draft: its page decides for itself. */
function inDraftMode(request: NextRequest): boolean {
  return DRAFT_MODE_COOKIES.some((cookie) => request.cookies.has(cookie))
}

function hasBadEscape(rawPath: string): boolean {
  try {
    decodeURIComponent(rawPath)
    return false
  } catch {
    return true
  }
}

function hasBadRouterState(request: NextRequest): boolean {
  if (request.headers.get('rsc') !== '1') return false
  const state = request.headers.get('next-router-state-tree')
  if (state === null) return false
  try {
    parseAndValidateFlightRouterState(state)
    return false
  } catch {
    return true
  }
}

export async function proxy(request: NextRequest): Promise<NextResponse> {
  // The path as sent (request.nextUrl has it parsed already).
  const rawPath = request.url.replace(/^[a-z]+:\/\/[^/]+/i, '').split(/[?#]/)[0] ?? '/'
  const queryStart = request.url.indexOf('?')
  if (queryStart >= 0 && request.url.length - queryStart - 1 > MAX_ADDRESS_QUERY_BYTES) {
    return refuse(414, `URI too long: an address of this site carries at most ${MAX_ADDRESS_QUERY_BYTES} bytes after its "?".`)
  }
  if (hasBadEscape(rawPath)) return refuse(400, 'Bad request: the address has a broken percent-escape.')
  if (hasBadRouterState(request)) return refuse(400, 'Bad request: the router state header could not be read.')

  const path = request.nextUrl.pathname
  if (!path.startsWith('/api/')) {
    const allowed = ACTION_PAGES.has(path) ? [...PAGE_METHODS, 'POST'] : PAGE_METHODS
    const scriptAction = request.method === 'POST' && request.headers.has('next-action')
    if (!allowed.includes(request.method) && !scriptAction) return refuse(405, 'Method not allowed.', { allow: allowed.join(', ') })
  }
  if (request.method === 'POST' && request.headers.get('origin')?.toLowerCase() === 'null') {
    if (!path.startsWith('/api/')) return refuseAction(request, 403, 'opaque Origin')
    return refuse(403, 'Forbidden: this form can only be sent from the site’s own pages.')
  }
  if (request.method === 'POST' && !path.startsWith('/api/')) {
    const refusal = await actionRefusal(request)
    if (refusal) return refusal
  }

  const headers = new Headers(request.headers)
  const forwarded = headers.get('x-forwarded-for')
  headers.delete(FORWARDED_CHAIN_HEADER)
  headers.delete('x-forwarded-for')
  if (forwarded) headers.set(FORWARDED_CHAIN_HEADER, forwarded)
  headers.set(REQUEST_LANG_HEADER, splitLocalePath(path).lang)

  if (!isPageAddress(path)) return NextResponse.next({ request: { headers } })
  const page = pageRoute(path)
  if (page === null || (PAGE_METHODS.includes(request.method) && !inDraftMode(request) && !(await routeExists(path)))) {
    return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url), { request: { headers } })
  }
  if (page === path) return NextResponse.next({ request: { headers } })
  // On request.url, the address as the server was asked (request.nextUrl reads 127.0.0.1 as localhost):
  // a rewrite to another origin would be proxied over HTTP, and this proxy would see /en/… itself.
  const url = new URL(request.url)
  url.pathname = page
  return NextResponse.rewrite(url, { request: { headers } })
}

export const config = {
  matcher: ['/((?!_next/static/|_next/image).*)'],
}
