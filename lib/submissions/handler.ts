/**
 * POST /api/submissions: receives the form, sent either as a plain HTML form (no JavaScript) or by
 * the form's script (`Accept: application/json`). No Next.js here, so the tests call it directly;
 * app/api/submissions/route.ts only supplies the store, the limiter and the Compact's components.
 *
 *   order of checks        plain form answer                      JSON answer
 *   foreign Origin         403 page                               403 {message}
 *   wrong content type     415 page                               415 {message}
 *   body over 64 KB        413 page                               413 {message}
 *   honeypot filled        303 → confirmation (nothing stored)    201 {reference} (nothing stored)
 *   invalid answers        303 → /submit#error-summary, answers   422 {errors}
 *                          kept for the page (./form-state.ts)
 *   same key again         303 → confirmation, same reference     200 {reference}
 *   over the rate limit    429 page, Retry-After                  429 {message}, Retry-After
 *   storage failed         503 page                               503 {message}
 *   stored                 303 → confirmation                     201 {reference, location}
 */
import { BodyError, readSubmissionBody } from './body'
import { MAX_BODY_BYTES } from './env'
import { clearFormStateCookie, deleteFormState, formStateCookie, saveFormState, tokenFromCookieHeader } from './form-state'
import { ERROR_SUMMARY_ID, receivedHref, SUBMIT_PATH } from './paths'
import { clientAddress, type RateLimiter } from './rate-limit'
import { buildRecord, keyHash, newIdempotencyKey, referenceFor } from './record'
import type { SubmissionJson } from './client'
import { fieldErrors, isHoneypotFilled, submissionSchema, type FieldErrors, type RawSubmission } from './schema'
import type { SubmissionStore } from './store'

export interface SubmissionDeps {
  store: SubmissionStore
  limiter: RateLimiter
  /** The ids of the Compact's components, the choices the form offers. */
  compactComponentIds: () => Promise<readonly string[]>
  now?: () => Date
  maxBodyBytes?: number
  /** Origins allowed to post the form besides the request's own (e.g. SITE_URL's). */
  allowedOrigins?: readonly string[]
  /** Told what happened to each request, without personal details. */
  log?: (message: string) => void
}

interface Context {
  json: boolean
  secure: boolean
  cookieToken: string | undefined
}

export async function handleSubmission(request: Request, deps: SubmissionDeps): Promise<Response> {
  const now = deps.now ?? (() => new Date())
  const log = deps.log ?? (() => undefined)
  const context: Context = {
    json: wantsJson(request),
    secure: isSecure(request),
    cookieToken: tokenFromCookieHeader(request.headers.get('cookie')),
  }

  if (!originAllowed(request, deps.allowedOrigins ?? [])) {
    log('submission refused: foreign origin')
    return refuse(context, 403, 'Not sent', 'This form can only be sent from the Center’s website. Open the form there and send it again.')
  }

  let raw: RawSubmission
  try {
    raw = await readSubmissionBody(request, deps.maxBodyBytes ?? MAX_BODY_BYTES)
  } catch (error) {
    if (!(error instanceof BodyError)) throw error
    log(`submission refused: ${error.status}`)
    const title = error.status === 413 ? 'Too long to receive' : 'Not sent'
    return refuse(context, error.status, title, error.message)
  }

  if (isHoneypotFilled(raw)) {
    log('submission discarded: honeypot filled')
    const reference = referenceFor(keyHash(raw.idempotencyKey || newIdempotencyKey()), now().getUTCFullYear())
    return accepted(context, reference, 201)
  }

  const parsed = submissionSchema({ compactComponentIds: await deps.compactComponentIds() }).safeParse(raw)
  if (!parsed.success) return invalid(context, raw, fieldErrors(parsed.error))

  const record = buildRecord(parsed.data, now())
  try {
    const existing = await deps.store.find(record.key)
    if (existing) {
      log(`submission ${existing.reference} received again`)
      return accepted(context, existing.reference, 200)
    }
  } catch (error) {
    log(`submission store unavailable: ${(error as Error).message}`)
    return unavailable(context)
  }

  const decision = deps.limiter.take(clientAddress(request.headers))
  if (!decision.ok) {
    log('submission refused: rate limit')
    const minutes = Math.ceil(decision.retryAfterSeconds / 60)
    return refuse(
      context,
      429,
      'Too many submissions',
      `This connection has sent ${deps.limiter.limit} practices in the last ${describeWindow(deps.limiter.windowMs)}, the most we accept. ` +
        `Please wait ${minutes === 1 ? 'a minute' : `${minutes} minutes`}, then send it again.`,
      { 'retry-after': String(decision.retryAfterSeconds) },
    )
  }

  try {
    const saved = await deps.store.save(record)
    if (!saved.created) decision.release()
    log(`submission ${saved.reference} ${saved.created ? `stored (${deps.store.kind})` : 'received again'}`)
    return accepted(context, saved.reference, saved.created ? 201 : 200)
  } catch (error) {
    decision.release()
    log(`submission not stored: ${(error as Error).message}`)
    return unavailable(context)
  }
}

function wantsJson(request: Request): boolean {
  const accept = request.headers.get('accept') ?? ''
  const type = request.headers.get('content-type') ?? ''
  return /application\/json/i.test(accept) || /^application\/json/i.test(type)
}

function isSecure(request: Request): boolean {
  const proto = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim()
  return (proto ?? new URL(request.url).protocol.replace(':', '')) === 'https'
}

function originAllowed(request: Request, allowed: readonly string[]): boolean {
  const origin = request.headers.get('origin')
  if (!origin || origin === 'null') return true
  let host: string
  try {
    host = new URL(origin).host
  } catch {
    return false
  }
  const own = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim() || request.headers.get('host') || new URL(request.url).host
  if (host === own) return true
  return allowed.some((entry) => {
    try {
      return new URL(entry).host === host
    } catch {
      return false
    }
  })
}

function describeWindow(ms: number): string {
  if (ms === 3_600_000) return 'hour'
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000} hours`
  return `${Math.round(ms / 60_000)} minutes`
}

const NO_STORE = { 'cache-control': 'no-store' }

function json(body: SubmissionJson, status: number, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...NO_STORE, ...headers } })
}

function seeOther(location: string, cookie?: string): Response {
  const headers = new Headers({ ...NO_STORE, location })
  if (cookie) headers.append('set-cookie', cookie)
  return new Response(null, { status: 303, headers })
}

function accepted(context: Context, reference: string, status: 200 | 201): Response {
  deleteFormState(context.cookieToken)
  const location = receivedHref(reference)
  if (context.json) {
    const response = json({ ok: true, reference, location }, status)
    if (context.cookieToken) response.headers.append('set-cookie', clearFormStateCookie(context.secure))
    return response
  }
  return seeOther(location, context.cookieToken ? clearFormStateCookie(context.secure) : undefined)
}

function invalid(context: Context, raw: RawSubmission, errors: FieldErrors): Response {
  if (context.json) return json({ ok: false, errors }, 422)
  deleteFormState(context.cookieToken)
  const { website: _honeypot, ...values } = raw
  void _honeypot
  const token = saveFormState({ values, errors })
  return seeOther(`${SUBMIT_PATH}#${ERROR_SUMMARY_ID}`, formStateCookie(token, context.secure))
}

function unavailable(context: Context): Response {
  return refuse(
    context,
    503,
    'Not saved',
    'Sorry, we could not save your practice just now. Go back with your browser’s Back button and send it again in a few minutes, or email it to the Center.',
  )
}

function refuse(context: Context, status: number, title: string, message: string, headers: Record<string, string> = {}): Response {
  if (context.json) return json({ ok: false, message }, status, headers)
  return new Response(messagePage(title, message), {
    status,
    headers: { ...NO_STORE, ...headers, 'content-type': 'text/html; charset=utf-8', 'x-content-type-options': 'nosniff' },
  })
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

/** A plain page for a form sent without JavaScript and refused (only fixed wording, never what was sent). */
function messagePage(title: string, message: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} – Share your city’s practice</title>
<style>body{font:1.05rem/1.6 system-ui,sans-serif;color:#1c2430;background:#fbfaf7;margin:0}main{max-width:40rem;margin:3rem auto;padding:0 1rem}h1{font-family:Georgia,serif;color:#0d2240}a{color:#1a4b8c}</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(message)}</p>
<p>Use your browser’s Back button to return to your answers, or <a href="${SUBMIT_PATH}">open a new form</a>.</p>
</main>
</body>
</html>
`
}
