import { sanityLive } from '@/lib/content/live'
import { expireSyncTags } from '@/lib/content/live-action'
import { contentSource } from '@/lib/env'

/**
 * Sanity Live in the browser (lib/content/live.ts): on a site configured with a Sanity project, it
 * listens to the Content Lake's live events and has the pages a published change touches
 * regenerated and refreshed within seconds, with no webhook configured. Renders nothing on the
 * embedded dataset (nothing there changes while the site runs) and nothing visible anywhere.
 */
export function ContentLive() {
  if (contentSource() !== 'sanity') return null
  const { SanityLive } = sanityLive()
  return <SanityLive action={expireSyncTags} />
}
