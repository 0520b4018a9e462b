'use server'
/**
 * The Server Action `<SanityLive />` calls when the Content Lake announces a published change
 * (components/ContentLive.tsx). It expires the change's sync tags at once (`updateTag`), so the
 * refresh that follows, in the browser that received the event and for every visitor after it,
 * renders the new content; next-sanity's own action revalidates with the `'max'` profile, which
 * would hand that refresh the stale page. In draft mode nothing is cached: the page just refreshes.
 */
import { updateTag } from 'next/cache'
import { draftMode } from 'next/headers'
import { parseTags } from 'next-sanity/live'

export async function expireSyncTags(unsafeTags: unknown): Promise<'refresh'> {
  if ((await draftMode()).isEnabled) return 'refresh'
  for (const tag of parseTags(unsafeTags).tags) updateTag(tag)
  return 'refresh'
}
