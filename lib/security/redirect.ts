/**
 * Where a `?redirect=` may send a browser: somewhere on this site only. The target is resolved the
 * way a browser would resolve the Location header, against the request's own address (so `/\t/x`,
 * `/\\x` and `//x`, which browsers read as other hosts, resolve to those hosts), and kept only when
 * it lands on the request's own origin. The answer is the resolved path, query and fragment, which
 * URL parsing has percent-encoded: never a control character, never anything outside Latin-1.
 */
export function sameOriginTarget(target: string | null | undefined, requestUrl: string, fallback = '/'): string {
  if (!target || !target.startsWith('/')) return fallback
  let base: URL
  let resolved: URL
  try {
    base = new URL(requestUrl)
    resolved = new URL(target, base)
  } catch {
    return fallback
  }
  if (resolved.origin !== base.origin) return fallback
  return `${resolved.pathname}${resolved.search}${resolved.hash}`
}
