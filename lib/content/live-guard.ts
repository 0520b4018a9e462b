/**
 * What the Live refresh action (./live-action.ts) takes from a caller. Like every Server Action it
 * can be called by anyone who has its id, from any page (the site's layout renders <SanityLive />
 * on every page), with any arguments: next-sanity's design, in which the browser that received the
 * Content Lake's event asks the server to refresh. The action does no more harm than what it is
 * for (sync tags expired: the pages that read them render anew on their next visit, from content
 * that has not changed), so it stays callable, within bounds (issue 28, docs/security.md):
 *
 *   - tags: a non-empty array of at most MAX_TAGS distinct `sanity:` sync tags, each at most
 *     MAX_TAG_LENGTH characters of the Lake's alphabet; anything else does nothing;
 *   - rate: at most LIVE_CALLS_PER_WINDOW calls per client address per LIVE_WINDOW_MS, counted in
 *     this process; beyond that the call does nothing;
 *   - logs: one line per client per window for refused calls, never the tags a caller sent.
 */

export const MAX_TAGS = 50
export const MAX_TAG_LENGTH = 80
export const LIVE_CALLS_PER_WINDOW = 30
export const LIVE_WINDOW_MS = 60_000
/** Clients remembered at once; the oldest are forgotten first (a flood of addresses cannot grow memory). */
const MAX_CLIENTS = 10_000

const SYNC_TAG = new RegExp(`^sanity:[A-Za-z0-9][A-Za-z0-9:_+/=.-]{0,${MAX_TAG_LENGTH - 'sanity:'.length - 1}}$`)

/** The sync tags of a call, or null when it is not a list of sync tags within bounds. */
export function checkSyncTags(unsafe: unknown): string[] | null {
  if (!Array.isArray(unsafe) || unsafe.length === 0 || unsafe.length > MAX_TAGS) return null
  if (!unsafe.every((tag): tag is string => typeof tag === 'string' && SYNC_TAG.test(tag))) return null
  return [...new Set(unsafe)]
}

export interface CallWindow {
  /** Whether this client may call now (and counts the call); `firstRefusal` when it is the first refused in its window. */
  take(client: string, nowMs?: number): { allowed: boolean; firstRefusal: boolean }
}

export function createCallWindow(limit = LIVE_CALLS_PER_WINDOW, windowMs = LIVE_WINDOW_MS): CallWindow {
  const clients = new Map<string, { start: number; calls: number; refusedLogged: boolean }>()
  return {
    take(client, nowMs = Date.now()) {
      let entry = clients.get(client)
      if (!entry || nowMs - entry.start >= windowMs) {
        clients.delete(client)
        if (clients.size >= MAX_CLIENTS) clients.delete(clients.keys().next().value as string)
        entry = { start: nowMs, calls: 0, refusedLogged: false }
        clients.set(client, entry)
      }
      entry.calls++
      if (entry.calls <= limit) return { allowed: true, firstRefusal: false }
      const firstRefusal = !entry.refusedLogged
      entry.refusedLogged = true
      return { allowed: false, firstRefusal }
    },
  }
}
