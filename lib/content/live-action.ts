'use server'
/**
 * The Server Action `<SanityLive />` calls when the Content Lake announces a published change
 * (components/ContentLive.tsx).
 *
 * When the Content Lake answers, it expires the change's sync tags at once (`updateTag`), so the
 * page rendered next, for the browser that received the event and for every visitor after it,
 * shows the new content; next-sanity's own action revalidates with the `'max'` profile, which
 * would hand that browser the stale page. The action's own answer carries the current page
 * rendered anew (Next renders it after an action that revalidates), so no refresh follows.
 *
 * When the Content Lake does not answer (the live stream can outlive the site's access to the
 * API), an expired page would have to render in the visitor's request and fail there with a 500.
 * So the tags are only marked stale (`revalidateTag(tag, 'max')`, as the webhook does): visitors
 * keep the last good pages with 200, each request retries the refresh in the background (a failure
 * is logged by the door, lib/content/index.ts), and the pages show the change as soon as the lake
 * is back. The failure is logged here too. In draft mode nothing is cached: the page just refreshes.
 */
import { createClient } from '@sanity/client'
import { revalidateTag, updateTag } from 'next/cache'
import { draftMode, headers } from 'next/headers'
import { sanityEnv } from '../env'
import { clientAddress, FORWARDED_CHAIN_HEADER, proxyTrustFromEnv } from '../security/client-address'
import { checkSyncTags, createCallWindow, LIVE_CALLS_PER_WINDOW, LIVE_WINDOW_MS } from './live-guard'
import { sanityClientConfig } from './source-sanity'

/**
 * Anyone may call this action (./live-guard.ts says why that is next-sanity's design, and the
 * bounds): only a bounded list of sync tags is taken, at a bounded rate per client address, and a
 * refused call does nothing, answers normally and logs one line per client per window.
 */
const calls = createCallWindow()
const invalidLogged = createCallWindow(1)

/** How long the Content Lake has to answer before the change's pages are only marked stale. */
const LAKE_CHECK_TIMEOUT_MS = 3_000

export async function expireSyncTags(unsafeTags: unknown): Promise<void | 'refresh'> {
  const requestHeaders = await headers()
  const client = clientAddress(requestHeaders.get('x-forwarded-for'), requestHeaders.get(FORWARDED_CHAIN_HEADER), proxyTrustFromEnv())
  const turn = calls.take(client)
  if (!turn.allowed) {
    if (turn.firstRefusal) console.warn(`[live] refresh refused: more than ${LIVE_CALLS_PER_WINDOW} calls in ${LIVE_WINDOW_MS / 1000} s from one client`)
    return
  }
  const tags = checkSyncTags(unsafeTags)
  if (!tags) {
    // One line per client per window, whatever it sends.
    if (invalidLogged.take(client).allowed) console.warn('[live] refresh refused: not a list of sync tags')
    return
  }
  if ((await draftMode()).isEnabled) return 'refresh'
  const failure = await lakeFailure()
  if (failure) {
    console.error(`[live] the Content Lake does not answer (${failure}): ${tags.length} sync tag(s) marked stale, pages keep their last good content until it does`)
    for (const tag of tags) revalidateTag(tag, 'max')
  } else {
    for (const tag of tags) updateTag(tag)
  }
  // No 'refresh': an action that revalidates answers with the current page rendered anew, which the
  // browser shows; a refresh would only render it a second time.
}

/** Why the Content Lake cannot be read now (a tiny uncached query), or null when it answers. */
async function lakeFailure(): Promise<string | null> {
  try {
    const client = createClient(sanityClientConfig(sanityEnv()))
    await client.fetch('1', {}, { cache: 'no-store', tag: 'live.check', signal: AbortSignal.timeout(LAKE_CHECK_TIMEOUT_MS) })
    return null
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}
