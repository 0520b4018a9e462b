/**
 * The Studio's API host, for the end-to-end tests only: the tests' stand-in Content Lake
 * (tests/support/query-server.ts) on a loopback address. SANITY_STUDIO_API_HOST names it (the
 * tests serve the Studio over HTTPS and HTTP/2 there: a browser opens at most six HTTP/1.1
 * connections to a host, and the Studio keeps more listeners open than that). The Studio then talks
 * to it instead of https://<projectId>.api.sanity.io (sanity/config.ts), and the Studio's CSP lets
 * it (next.config.ts, at build time: set it for the build and the server alike).
 *
 * SANITY_API_HOST alone does not move the Studio: the server's content may come from a loopback lake
 * (tests/e2e/hardening.spec.ts) while the Studio, built without that origin in its CSP, still talks
 * to Sanity's API.
 *
 * Only http(s)://127.0.0.1:<port> or http(s)://localhost:<port> is taken; anything else (unset, or
 * any real host) gives null. A deployment for the public sets neither variable, and even one that
 * did would not open the Studio to another origin. Pure: read by the server page and next.config.ts.
 */
const LOOPBACK = /^https?:\/\/(127\.0\.0\.1|localhost):\d{1,5}$/

function loopbackOrigin(value: string | undefined): string | null {
  if (!value?.trim()) return null
  let origin: string
  try {
    origin = new URL(value.trim()).origin
  } catch {
    return null
  }
  return LOOPBACK.test(origin) ? origin : null
}

export function loopbackApiHost(env: Record<string, string | undefined> = process.env): string | null {
  return loopbackOrigin(env.SANITY_STUDIO_API_HOST)
}
