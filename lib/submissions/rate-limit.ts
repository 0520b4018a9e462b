/**
 * A per-client limit on stored submissions: at most `limit` in any `windowMs` (a sliding window),
 * counted in this server process. Only submissions that are stored take a slot: a form sent back
 * with errors, or the same submission sent twice, does not.
 */
export type RateDecision = { ok: true; release: () => void } | { ok: false; retryAfterSeconds: number }

export interface RateLimiter {
  readonly limit: number
  readonly windowMs: number
  /** Takes one of the client's slots, or says how long until one frees up. */
  take(client: string): RateDecision
}

export interface RateLimiterOptions {
  limit: number
  windowMs: number
  now?: () => number
  /** Most clients remembered at once (memory bound); the longest-idle are forgotten first. */
  maxClients?: number
}

export function createRateLimiter({ limit, windowMs, now = Date.now, maxClients = 10_000 }: RateLimiterOptions): RateLimiter {
  const hits = new Map<string, number[]>()

  function recent(client: string, at: number): number[] {
    const list = (hits.get(client) ?? []).filter((t) => t > at - windowMs)
    if (list.length) hits.set(client, list)
    else hits.delete(client)
    return list
  }

  function sweep(at: number) {
    if (hits.size < maxClients) return
    for (const client of [...hits.keys()]) recent(client, at)
    for (const client of hits.keys()) {
      if (hits.size < maxClients) break
      hits.delete(client)
    }
  }

  return {
    limit,
    windowMs,
    take(client) {
      const at = now()
      const list = recent(client, at)
      if (list.length >= limit) {
        const oldest = Math.min(...list)
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - at) / 1000)) }
      }
      sweep(at)
      // Re-inserting moves the client to the end of the Map's order: the most recently active.
      hits.delete(client)
      hits.set(client, [...list, at])
      let released = false
      return {
        ok: true,
        release: () => {
          if (released) return
          released = true
          const current = hits.get(client)
          const index = current?.indexOf(at) ?? -1
          if (current && index >= 0) current.splice(index, 1)
        },
      }
    },
  }
}

/**
 * The client a request comes from: the first address in X-Forwarded-For (the client as the nearest
 * proxy saw it), else X-Real-IP. `next start` fills X-Forwarded-For from the socket when a request
 * arrives without one, so a direct connection is counted by its socket address.
 *
 * Behind a proxy, make sure it overwrites (not appends to) X-Forwarded-For, or clients can choose
 * their own address; see README "Submissions".
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim()
  const address = forwarded || headers.get('x-real-ip')?.trim() || ''
  return normalizeAddress(address) || 'unknown'
}

function normalizeAddress(address: string): string {
  let value = address.toLowerCase()
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value) // [2001:db8::1]:443
  if (bracketed) value = bracketed[1] ?? value
  else if (/^[\d.]+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(':')) // 203.0.113.7:51234
  if (value.startsWith('::ffff:') && /^[\d.]+$/.test(value.slice(7))) value = value.slice(7)
  return value.slice(0, 64)
}
