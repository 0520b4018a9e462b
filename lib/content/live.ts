/**
 * Sanity Live (next-sanity's `defineLive`), for a site configured with a Sanity project:
 *
 * - `sanityFetch` runs a published query inside the door's cached scope (lib/content/index.ts). It
 *   tags the cache entry with the Content Lake's sync tags (`sanity:s1:…`), which name what the query
 *   read, and sets next-sanity's cache life (Live revalidates on demand);
 * - `<SanityLive />` (components/ContentLive.tsx, in the site's layout) opens the Lake's live events
 *   stream in the browser. When a published change touches sync tags, it calls the site's own Server
 *   Action (./live-action.ts), which expires those tags, and the browser shows the page rendered
 *   anew: every page whose content the change touched is regenerated, and no other.
 *
 * No token goes to the browser (`browserToken: false`): Live listens to published content only.
 * Draft mode reads drafts uncached, through the door's own `fetchDraftContent`.
 */
import 'server-only'
import { createClient } from '@sanity/client'
import { defineLive } from 'next-sanity/live'
import { sanityEnv } from '../env'
import { sanityClientConfig } from './source-sanity'

type Live = ReturnType<typeof defineLive>

let live: { key: string; value: Live } | null = null

/** `defineLive` for the project the environment names (one per configuration per process). */
export function sanityLive(): Live {
  const env = sanityEnv()
  const key = JSON.stringify(env)
  if (live?.key !== key) {
    if (!env.projectId) throw new Error('Sanity Live needs SANITY_PROJECT_ID')
    live = { key, value: defineLive({ client: createClient(sanityClientConfig(env)), serverToken: false, browserToken: false }) }
  }
  return live.value
}
