/**
 * The security headers of every response, built in one place and handed to Next by
 * next.config.ts `headers()` (docs/security.md):
 *
 *   every response      Strict-Transport-Security, X-Content-Type-Options, Referrer-Policy
 *   every document      + Content-Security-Policy, X-Frame-Options, Permissions-Policy
 *                       (all but the hashed build files and RSC payloads, which are never shown)
 *
 * Three Content-Security-Policies, one per part of the site:
 *
 *   site     every public page, API answer, feed and sitemap. Scripts and styles from the site only
 *            (plus the inline scripts Next writes into each page, below), images from the site,
 *            `data:` and Sanity's image CDN, requests to the site only, never framed. With a
 *            Sanity project configured, also requests to that project's API origin, and nothing
 *            broader: Sanity Live's events stream (and its CORS check) in the browser
 *            (lib/content/live.ts). Without one, the site talks to no other origin.
 *   preview  the same, frameable by the site itself: requests carrying the draft-mode cookie, and
 *            /api/draft-mode/*, are shown inside the Studio's Presentation tool (an iframe on
 *            /studio, same origin).
 *   studio   /studio: the Sanity Studio talks to the Sanity API (https and wss on *.sanity.io),
 *            shows images and files from Sanity's CDN and signed-in staff's avatars, styles itself
 *            with inline styles (styled-components), and frames the site (Presentation tool).
 *
 * Why `'unsafe-inline'` in script-src and no nonces: Next writes the page's data as inline
 * `<script>self.__next_f.push(…)</script>` tags. Allowing them by nonce needs a fresh nonce per
 * request, which forces every page to render on every request (Next's CSP guide: "you must use
 * dynamic rendering to add nonces") and ends static pages, ISR and the caching proxy in deploy/.
 * Hashes do not work either: the inline scripts differ per page and per revalidation, and
 * next.config headers are fixed per route. So the public CSP keeps pages static and relies on what
 * remains strict: no `'unsafe-eval'` (Next and React do not eval in production), no script from
 * any other origin, no `<base>` rewriting, no plugins, no posting forms elsewhere, no framing, no
 * requests to other origins (an injected script could not send anything out), and React escaping
 * all content (nothing in the site uses dangerouslySetInnerHTML with content).
 */

export type CspPart = 'site' | 'preview' | 'studio'

export interface HeaderOptions {
  /** `next dev` needs `'unsafe-eval'` (React replays server errors with eval) and a websocket for HMR. */
  dev?: boolean
  /**
   * The origin Sanity Live's events stream comes from (`liveOrigin()` in lib/env.ts): the configured
   * project's API, or null without a project. Added to connect-src of the site and preview parts.
   */
  liveOrigin?: string | null
  /**
   * Tests only: the loopback Content Lake the Studio talks to (sanity/api-host.ts; null unless
   * SANITY_API_HOST is a loopback address at build time). Added, with its ws: twin, to the studio
   * part's connect-src; nothing else changes.
   */
  studioApiOrigin?: string | null
}

export interface HeaderEntry {
  key: string
  value: string
}

/** One rule of next.config's `headers()`. */
export interface HeaderRule {
  source: string
  has?: { type: 'cookie' | 'header' | 'query'; key: string; value?: string }[]
  missing?: { type: 'cookie' | 'header' | 'query'; key: string; value?: string }[]
  headers: HeaderEntry[]
}

/** Sanity's image and file CDN (images in content are served from there or through /_next/image). */
export const SANITY_CDN = 'https://cdn.sanity.io'
/** Next's draft-mode cookies: present only for staff previewing drafts. */
export const DRAFT_MODE_COOKIES = ['__prerender_bypass', '__next_preview_data'] as const

type Directives = Record<string, string[]>

const SITE: Directives = {
  'default-src': ["'self'"],
  // 'unsafe-inline': Next's inline bootstrap and data scripts (see above). Never 'unsafe-eval'.
  'script-src': ["'self'", "'unsafe-inline'"],
  // Stylesheets are files; 'unsafe-inline' covers style attributes (next/image sets one).
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', SANITY_CDN],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'media-src': ["'self'", SANITY_CDN],
  'frame-src': ["'none'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
}

/**
 * Draft mode, inside the Presentation tool: the Studio (same origin) frames the page, and
 * next-sanity's VisualEditing talks to the Studio by postMessage and refreshes the page through the
 * site. Nothing else is opened up.
 */
const PREVIEW: Directives = {
  ...SITE,
  'frame-ancestors': ["'self'"],
}

/** Sanity's hosted services the Studio calls: the project API, the global API, live listeners. */
const SANITY_API = ['https://*.sanity.io', 'wss://*.sanity.io']
/** Where signed-in staff's profile pictures come from (the login providers Sanity offers). */
const AVATAR_HOSTS = ['https://lh3.googleusercontent.com', 'https://avatars.githubusercontent.com', 'https://*.gravatar.com']

const STUDIO: Directives = {
  'default-src': ["'self'"],
  // The Studio runs on the Next bundle: no eval needed (tests/e2e/hardening.spec.ts loads it under this policy).
  'script-src': ["'self'", "'unsafe-inline'"],
  // styled-components injects <style> elements at run time.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:', SANITY_CDN, 'https://*.sanity.io', ...AVATAR_HOSTS],
  'font-src': ["'self'", 'data:'],
  // sanity-cdn.com: the Studio asks it for the latest version on load and every 15 minutes
  // (PackageVersionStatusProvider in node_modules/sanity), blocked (a CSP violation) without it.
  'connect-src': ["'self'", ...SANITY_API, 'https://sanity-cdn.com'],
  'media-src': ["'self'", 'blob:', SANITY_CDN],
  // The Presentation tool frames the site itself.
  'frame-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'self'"],
}

const POLICIES: Record<CspPart, Directives> = { site: SITE, preview: PREVIEW, studio: STUDIO }

function withDev(directives: Directives, dev: boolean): Directives {
  if (!dev) return directives
  return {
    ...directives,
    'script-src': [...directives['script-src']!, "'unsafe-eval'"],
    'connect-src': [...directives['connect-src']!, 'ws:'],
  }
}

function withLive(directives: Directives, part: CspPart, origin: string | null | undefined): Directives {
  if (!origin || part === 'studio') return directives
  return { ...directives, 'connect-src': [...directives['connect-src']!, origin] }
}

function withStudioApi(directives: Directives, part: CspPart, origin: string | null | undefined): Directives {
  if (!origin || part !== 'studio') return directives
  return { ...directives, 'connect-src': [...directives['connect-src']!, origin, origin.replace(/^http/, 'ws')] }
}

/** The Content-Security-Policy header value of one part of the site. */
export function contentSecurityPolicy(part: CspPart, options: HeaderOptions = {}): string {
  const directives = withDev(withStudioApi(withLive(POLICIES[part], part, options.liveOrigin), part, options.studioApiOrigin), options.dev ?? false)
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ')
}

/** Parses a policy back into its directives (for tests and the bench's checks). */
export function parseCsp(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>()
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (name) map.set(name.toLowerCase(), sources)
  }
  return map
}

/**
 * The headers every response carries, build files and RSC payloads included (nginx adds the same to
 * the build files it serves from disk: deploy/nginx.conf.template).
 */
export function everyResponseHeaders(): HeaderEntry[] {
  return [
    { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains; preload' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  ]
}

/**
 * The headers of a response a browser may show as a document: the CSP of its part, its legacy twin
 * X-Frame-Options (for browsers without frame-ancestors), and the Permissions-Policy.
 */
export function documentHeaders(part: CspPart, options: HeaderOptions = {}): HeaderEntry[] {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(part, options) },
    { key: 'X-Frame-Options', value: part === 'site' ? 'DENY' : 'SAMEORIGIN' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
  ]
}

/** Every header of a document response of one part of the site. */
export function securityHeaders(part: CspPart, options: HeaderOptions = {}): HeaderEntry[] {
  return [...everyResponseHeaders(), ...documentHeaders(part, options)]
}

/**
 * Every path but the hashed build files (/_next/static/…: scripts, styles, fonts, which a browser
 * never shows as a page; a CSP on them does nothing).
 */
export const DOCUMENT_PATHS = '/:path((?!_next/static/).*)'
/**
 * Not a client-side navigation's RSC payload (requested by script with `RSC: 1`, never shown as a
 * page; a navigation to the same address without the header gets the HTML and the CSP). Next reads
 * only the exact value `1` as a payload request (next/dist/server/lib/is-rsc-request.js): with any
 * other value (`RSC: 0`, `RSC: 1, 1`, an empty one) it answers the HTML document, so the rule must
 * not skip those (issue 28: `RSC: 0` used to strip the CSP). `value` is matched as `^1$`.
 */
export const RSC_PAYLOAD_VALUE = '1'
const NOT_RSC: HeaderRule['missing'] = [{ type: 'header', key: 'rsc', value: RSC_PAYLOAD_VALUE }]

/**
 * The rules for next.config's `headers()`. Next applies every matching rule in order and the last
 * one wins for a header both set, so the general rules come first and the exceptions after them.
 * Paths are URL paths (route groups such as app/(site) do not appear in them).
 *
 * The document headers (about 700 bytes) are left off the build files and RSC payloads: a page
 * loads some twenty of those, and the bytes would count against its 200 KB budget for nothing.
 */
export function securityHeaderRules(options: HeaderOptions = {}): HeaderRule[] {
  const documents = (source: string, part: CspPart, has?: HeaderRule['has']): HeaderRule => ({
    source,
    ...(has ? { has } : {}),
    missing: NOT_RSC,
    headers: documentHeaders(part, options),
  })
  return [
    { source: '/:path*', headers: everyResponseHeaders() },
    documents(DOCUMENT_PATHS, 'site'),
    ...DRAFT_MODE_COOKIES.map((cookie) => documents(DOCUMENT_PATHS, 'preview', [{ type: 'cookie', key: cookie }])),
    documents('/api/draft-mode/:path*', 'preview'),
    documents('/studio', 'studio'),
    documents('/studio/:path*', 'studio'),
  ]
}

/**
 * Which policy a request gets, as the rules above decide (for tests and documentation): null for
 * the build files and RSC payloads, which get only everyResponseHeaders().
 */
export function partFor(pathname: string, cookies: Iterable<string> = [], requestHeaders: Record<string, string> = {}): CspPart | null {
  if (pathname.startsWith('/_next/static/')) return null
  const rsc = Object.entries(requestHeaders).find(([name]) => name.toLowerCase() === 'rsc')?.[1]
  if (rsc === RSC_PAYLOAD_VALUE) return null
  if (pathname === '/studio' || pathname.startsWith('/studio/')) return 'studio'
  if (pathname.startsWith('/api/draft-mode/')) return 'preview'
  const names = new Set(cookies)
  if (DRAFT_MODE_COOKIES.some((c) => names.has(c))) return 'preview'
  return 'site'
}
