/**
 * POST /api/revalidate: Sanity's GROQ-powered webhook (see docs/caching.md, "Revalidation webhook").
 * The checks live in lib/revalidate.ts; this only wires them to the request and to Next's cache.
 * The body is read only up to MAX_WEBHOOK_BODY_BYTES: anything larger is refused with 413 unread.
 *
 * `revalidateTag(tag, 'max')` marks the tagged pages and data stale: the next visitor still gets the
 * last page at once and starts a refresh in the background, and the visitors after that (as soon as
 * the refresh has finished, well under a second here) get the new content. Unlike `{ expire: 0 }`,
 * no visitor ever waits on the Content Lake, and when the Content Lake fails the refresh, visitors
 * keep getting the last good page (an expired page would have to render and fail in their request).
 */
import { revalidateTag } from 'next/cache'
import { BodyTooLargeError, readLimitedBody } from '@/lib/http/body'
import { handleRevalidateWebhook, MAX_WEBHOOK_BODY_BYTES, SECRET_VARIABLE, settleDelayMs, SIGNATURE_HEADER_NAME } from '@/lib/revalidate'

const NO_STORE = { 'cache-control': 'no-store' }

export async function POST(request: Request): Promise<Response> {
  let body: string
  try {
    body = new TextDecoder().decode(await readLimitedBody(request, MAX_WEBHOOK_BODY_BYTES))
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error
    console.info('[revalidate] 413: body over the limit')
    return Response.json({ revalidated: false, message: error.message }, { status: 413, headers: NO_STORE })
  }
  const result = await handleRevalidateWebhook(
    { body, signature: request.headers.get(SIGNATURE_HEADER_NAME) },
    {
      secret: process.env[SECRET_VARIABLE],
      revalidate: (tag) => revalidateTag(tag, 'max'),
      settle: () => new Promise((resolve) => setTimeout(resolve, settleDelayMs())),
      log: (message) => console.info(message),
    },
  )
  return Response.json(result.body, { status: result.status, headers: NO_STORE })
}
