/**
 * Where a `?redirect=` may send a browser: somewhere on this site only. The target is resolved the
 * way a browser would resolve the Location header, against the request's own address (so `/\t/x`,
 * `/\\x` and `//x`, which browsers read as other hosts, resolve to those hosts), and kept only when
 * it lands on the request's own origin. The answer is the resolved path, query and fragment, which
 * URL parsing has percent-encoded: never a control character, never anything outside Latin-1.
 *
 * Resolving removes dot segments, so a target on this origin can still resolve to a path that a
 * browser reads as another host: `/..//evil.example` resolves to the path `//evil.example`, and
 * `Location: //evil.example` leaves the site. So the answer must itself be a path with a single
 * leading slash (not `//`, not `/\`), and read back as a Location it must land where the target did.
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
  const answer = `${resolved.pathname}${resolved.search}${resolved.hash}`
  if (!/^\/(?![/\\])/.test(answer)) return fallback
  try {
    if (new URL(answer, base).href !== resolved.href) return fallback
  } catch {
    return fallback
  }
  return answer
}
