/**
 * The address of the person making a request, for the submission form's rate limit.
 *
 * A browser can send any `X-Forwarded-For` it likes, so the header is believed only as far as the
 * site is told to trust it (TRUSTED_PROXY_HOPS or TRUSTED_PROXY_ADDRESSES; off by default):
 *
 * - proxy.ts moves whatever `X-Forwarded-For` arrived into FORWARDED_CHAIN_HEADER (and drops any
 *   copy of that header a client sent), so that Next fills `X-Forwarded-For` with the address of the
 *   socket the request came in on (`next start` sets it only when it is absent);
 * - here the chain is read from right to left, the socket's address last: with no trusted proxy the
 *   client is the socket's address; with N trusted hops, the address N steps left of the socket;
 *   with a list of proxy addresses, the first address from the right that is not one of them.
 *
 * nginx (deploy/) appends `$remote_addr` (proxy_add_x_forwarded_for), so behind it one hop is trusted.
 */

/** Where proxy.ts keeps the `X-Forwarded-For` a request arrived with. */
export const FORWARDED_CHAIN_HEADER = 'x-site-forwarded-for'

export type ProxyTrust = { kind: 'none' } | { kind: 'hops'; hops: number } | { kind: 'addresses'; addresses: ReadonlySet<string> }

/** TRUSTED_PROXY_HOPS (a whole number) or TRUSTED_PROXY_ADDRESSES (comma-separated); neither: none. */
export function proxyTrustFromEnv(env: Record<string, string | undefined> = process.env): ProxyTrust {
  const hops = env.TRUSTED_PROXY_HOPS?.trim()
  const addresses = env.TRUSTED_PROXY_ADDRESSES?.trim()
  if (hops && addresses) throw new Error('Set TRUSTED_PROXY_HOPS or TRUSTED_PROXY_ADDRESSES, not both')
  if (hops) {
    const value = Number(hops)
    if (!Number.isInteger(value) || value < 0 || value > 10) throw new Error(`TRUSTED_PROXY_HOPS must be a whole number from 0 to 10 (it is "${hops}")`)
    return value === 0 ? { kind: 'none' } : { kind: 'hops', hops: value }
  }
  if (addresses) {
    const list = addresses.split(',').map(normalizeAddress).filter(Boolean)
    return list.length ? { kind: 'addresses', addresses: new Set(list) } : { kind: 'none' }
  }
  return { kind: 'none' }
}

/**
 * The client's address, from the socket's address (`peer`, what Next put in X-Forwarded-For) and
 * the X-Forwarded-For the request arrived with (`forwarded`, from FORWARDED_CHAIN_HEADER).
 */
export function clientAddress(peer: string | null | undefined, forwarded: string | null | undefined, trust: ProxyTrust): string {
  const socket = normalizeAddress(peer?.split(',')[0] ?? '') || 'unknown'
  if (trust.kind === 'none') return socket
  const chain = [
    ...(forwarded ?? '')
      .split(',')
      .map(normalizeAddress)
      .filter(Boolean),
    socket,
  ]
  if (trust.kind === 'hops') return chain[Math.max(0, chain.length - 1 - trust.hops)]!
  let index = chain.length - 1
  while (index > 0 && trust.addresses.has(chain[index]!)) index -= 1
  return chain[index]!
}

/** One spelling per address: lower case, no port, no brackets, IPv4-mapped IPv6 as IPv4. */
export function normalizeAddress(address: string): string {
  let value = address.trim().toLowerCase()
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value) // [2001:db8::1]:443
  if (bracketed) value = bracketed[1] ?? value
  else if (/^[\d.]+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(':')) // 203.0.113.7:51234
  if (value.startsWith('::ffff:') && /^[\d.]+$/.test(value.slice(7))) value = value.slice(7)
  if (!/^[0-9a-f.:]+$/.test(value)) return ''
  return value.slice(0, 64)
}
