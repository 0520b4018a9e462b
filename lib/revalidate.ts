/**
 * The revalidation webhook's logic, kept apart from Next so it can be tested as a plain function:
 * check the Sanity signature, check the body, and say which cache tags to revalidate.
 * app/api/revalidate/route.ts hands it the raw request and Next's `revalidateTag`.
 *
 * The webhook (configured in Sanity, see docs/caching.md, "Revalidation webhook") posts the projection
 * `{_id, _type, "slug": slug.current}` of the created, updated or deleted document, signed with
 * SANITY_REVALIDATE_SECRET in the `sanity-webhook-signature` header.
 *
 *   no secret configured       → 503, nothing revalidated (fail closed)
 *   body over 16 KB            → 413, refused before it is read whole (the route, lib/http/body.ts)
 *   missing or wrong signature → 401, nothing revalidated
 *   signed over 5 minutes ago  → 401, nothing revalidated (a captured webhook cannot be replayed)
 *   body not the projection    → 400, nothing revalidated
 *   a draft or version id      → 200, nothing revalidated (drafts never reach the public site)
 *   otherwise                  → 200 `{revalidated: true, tags}`: `tagsForChange(_type)`
 */
import { decodeSignatureHeader, isValidSignature, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { z } from 'zod'
import { tagsForChange } from './content/tags'

export { SIGNATURE_HEADER_NAME }

/** The variable holding the webhook's shared secret. */
export const SECRET_VARIABLE = 'SANITY_REVALIDATE_SECRET'
/** The variable that overrides how long to wait for the Content Lake before revalidating. */
export const DELAY_VARIABLE = 'SANITY_REVALIDATE_DELAY_MS'
/**
 * How long to wait, after a valid webhook, before revalidating: queries are eventually consistent,
 * so a page refreshed the instant the webhook arrives could still read the old document
 * (next-sanity's `parseBody` waits the same 3 seconds).
 */
export const DEFAULT_DELAY_MS = 3000
/** The largest webhook body read: the projection is a few hundred bytes. */
export const MAX_WEBHOOK_BODY_BYTES = 16 * 1024
/**
 * How old (or how far ahead, for a clock running fast) a signature's timestamp may be. Sanity signs
 * each delivery when it sends it, retries included, so a genuine webhook is seconds old.
 */
export const SIGNATURE_MAX_AGE_MS = 5 * 60 * 1000

/** The webhook's projection: `{_id, _type, "slug": slug.current}` (slug is null for types without one). */
export const WebhookBody = z.object({
  _id: z.string().min(1),
  _type: z.string().min(1),
  slug: z.string().nullish(),
})
export type WebhookBody = z.output<typeof WebhookBody>

export interface WebhookRequest {
  /** The raw body, exactly as received: the signature covers these bytes. */
  body: string
  /** The `sanity-webhook-signature` header, or null when absent. */
  signature: string | null
}

export interface WebhookOptions {
  /** The shared secret; unset or blank refuses every request. */
  secret: string | undefined
  /** Revalidates one cache tag (the route passes Next's `revalidateTag`). */
  revalidate: (tag: string) => void
  /** Awaited after the request is accepted and before anything is revalidated. */
  settle?: () => Promise<void>
  /** Where to report what happened; never given the secret, the signature or the body. */
  log?: (message: string) => void
  /** The clock the signature's timestamp is checked against (ms since the epoch). */
  now?: () => number
}

export type WebhookResult =
  | { status: 200; body: { revalidated: true; tags: string[]; _id: string; _type: string } }
  | { status: 200; body: { revalidated: false; tags: []; _id: string; _type: string; message: string } }
  | { status: 400 | 401 | 503; body: { revalidated: false; message: string } }

function refuse(status: 400 | 401 | 503, message: string, log?: (message: string) => void): WebhookResult {
  log?.(`[revalidate] ${status}: ${message}`)
  return { status, body: { revalidated: false, message } }
}

function isDraftOrVersion(id: string): boolean {
  return id.startsWith('drafts.') || id.startsWith('versions.')
}

/** Checks a webhook request and revalidates the tags of the changed type. */
export async function handleRevalidateWebhook(request: WebhookRequest, options: WebhookOptions): Promise<WebhookResult> {
  const { revalidate, settle, log } = options
  const secret = options.secret?.trim()
  if (!secret) return refuse(503, `Revalidation is not configured: set ${SECRET_VARIABLE}.`, log)

  const signature = request.signature?.trim()
  if (!signature) return refuse(401, 'Missing signature.', log)
  if (!(await isValidSignature(request.body, signature, secret))) return refuse(401, 'Invalid signature.', log)
  const age = (options.now ?? Date.now)() - decodeSignatureHeader(signature).timestamp
  if (Math.abs(age) > SIGNATURE_MAX_AGE_MS) return refuse(401, 'The signature is too old (or dated in the future): not accepted again.', log)

  let json: unknown
  try {
    json = JSON.parse(request.body)
  } catch {
    return refuse(400, 'The body is not JSON.', log)
  }
  const parsed = WebhookBody.safeParse(json)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ')
    return refuse(400, `The body is not the projection {_id, _type, "slug": slug.current}: ${problems}`, log)
  }
  const { _id, _type } = parsed.data

  if (isDraftOrVersion(_id)) {
    log?.(`[revalidate] ignored ${_type} ${_id}: drafts are not on the public site`)
    return { status: 200, body: { revalidated: false, tags: [], _id, _type, message: 'Drafts are not on the public site.' } }
  }

  await settle?.()
  const tags = tagsForChange(_type)
  for (const tag of tags) revalidate(tag)
  log?.(`[revalidate] ${_type} ${_id}: ${tags.join(', ')}`)
  return { status: 200, body: { revalidated: true, tags, _id, _type } }
}

/** The wait before revalidating: SANITY_REVALIDATE_DELAY_MS (0 for none), else DEFAULT_DELAY_MS. */
export function settleDelayMs(value: string | undefined = process.env[DELAY_VARIABLE]): number {
  const ms = value?.trim() ? Number(value) : DEFAULT_DELAY_MS
  return Number.isFinite(ms) && ms >= 0 ? Math.min(ms, 20_000) : DEFAULT_DELAY_MS
}
