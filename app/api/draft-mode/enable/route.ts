/**
 * Turns on draft mode for staff previewing in the Studio's Presentation tool (or from a preview
 * link it shares). next-sanity's defineEnableDraftMode checks the `sanity-preview-secret` the tool
 * puts in the address against the secret document it stored in the dataset (read with the server's
 * SANITY_API_READ_TOKEN), then sets the draft-mode cookie and redirects to the page to preview.
 * Anything else gets 401; without a Sanity project (embedded dataset) there are no drafts: 404.
 */
import { createClient } from '@sanity/client'
import { connection } from 'next/server'
import { defineEnableDraftMode } from 'next-sanity/draft-mode'
import { sanityClientConfig } from '@/lib/content/source-sanity'
import { contentSource, sanityEnv } from '@/lib/env'

export async function GET(request: Request): Promise<Response> {
  // Per request, never prerendered: the answer depends on the server's environment and the secret.
  await connection()
  const env = sanityEnv()
  if (contentSource() !== 'sanity' || !env.readToken) {
    return new Response(
      'Draft mode needs a Sanity project: set SANITY_PROJECT_ID, SANITY_DATASET and SANITY_API_READ_TOKEN on the server.',
      { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } },
    )
  }
  const client = createClient({ ...sanityClientConfig(env), token: env.readToken })
  return defineEnableDraftMode({ client }).GET(request)
}
