/**
 * What happens to a submission once the form's answers are read (the Server Action in
 * app/[lang]/submit/actions.ts hands them over with the sender's address). No Next.js here, so the
 * tests call it directly. In order:
 *
 *   honeypot filled         discarded: nothing stored, no reference (the form goes to the
 *                           confirmation without one, as a robot expects)
 *   invalid answers         invalid: one message per field, the answers to show again
 *   same form again         accepted with the stored reference, even over the limit (and while
 *                           the first is still being stored: one save per key at a time); the
 *                           same idempotency key with other content is another submission
 *                           (./record.ts, submissionKey)
 *   over the rate limit     limited: a message saying how long to wait; nothing stored
 *   storage failed          unavailable: a message; nothing stored
 *   stored                  accepted, created
 *
 * The rate limit is counted by the store (./store.ts), where the submissions are, so it holds
 * across any number of server instances.
 */
import { buildRecord } from './record'
import { SCHEMA_MESSAGES } from './messages'
import { fieldErrors, isHoneypotFilled, submissionLanguage, submissionSchema, type FieldErrors, type RawSubmission } from './schema'
import type { SaveLimit, SubmissionStore } from './store'

export interface ReceiveDeps {
  store: SubmissionStore
  limit: SaveLimit
  /** The ids of the Compact's components, the choices the form offers. */
  compactComponentIds: () => Promise<readonly string[]>
  /** The server's secret in each submission's identity (./secret.ts, submissionSecret). */
  secret: string
  now?: () => Date
  /** Told what happened to each submission, without personal details. */
  log?: (message: string) => void
}

export type Outcome =
  | { kind: 'accepted'; reference: string; created: boolean }
  | { kind: 'discarded' }
  | { kind: 'invalid'; errors: FieldErrors }
  | { kind: 'limited'; retryAfterSeconds: number; message: string }
  | { kind: 'unavailable'; message: string }

/** Saves in progress in this process, by key hash: a repeat waits for the first and shares its answer. */
const inFlight = new Map<string, Promise<Outcome>>()

export async function receiveSubmission(raw: RawSubmission, client: string, deps: ReceiveDeps): Promise<Outcome> {
  const now = deps.now ?? (() => new Date())
  const log = deps.log ?? (() => undefined)

  if (isHoneypotFilled(raw)) {
    log('submission discarded: honeypot filled')
    return { kind: 'discarded' }
  }

  // The messages in the language the form was filled in; the rules are the same.
  const lang = submissionLanguage(raw)
  const messages = SCHEMA_MESSAGES[lang]
  const parsed = submissionSchema({ compactComponentIds: await deps.compactComponentIds(), lang }).safeParse(raw)
  if (!parsed.success) return { kind: 'invalid', errors: fieldErrors(parsed.error) }

  const record = buildRecord(parsed.data, now(), { secret: deps.secret, client })
  const running = inFlight.get(record.key)
  if (running) return running
  const saving = save()
  inFlight.set(record.key, saving)
  try {
    return await saving
  } finally {
    inFlight.delete(record.key)
  }

  async function save(): Promise<Outcome> {
    try {
      const existing = await deps.store.find(record.key)
      if (existing) {
        log(`submission ${existing.reference} received again`)
        return { kind: 'accepted', reference: existing.reference, created: false }
      }
      const saved = await deps.store.save(record, deps.limit)
      if (saved.status === 'limited') {
        log('submission refused: rate limit')
        return { kind: 'limited', retryAfterSeconds: saved.retryAfterSeconds, message: limitMessage(messages, deps.limit, saved.retryAfterSeconds) }
      }
      log(`submission ${saved.reference} ${saved.status === 'created' ? `stored (${deps.store.kind})` : 'received again'}`)
      return { kind: 'accepted', reference: saved.reference, created: saved.status === 'created' }
    } catch (error) {
      log(`submission not stored: ${(error as Error).message}`)
      return { kind: 'unavailable', message: messages.unavailable }
    }
  }
}

function limitMessage(messages: (typeof SCHEMA_MESSAGES)[keyof typeof SCHEMA_MESSAGES], limit: SaveLimit, retryAfterSeconds: number): string {
  const minutes = Math.ceil(retryAfterSeconds / 60)
  const ms = limit.windowMs
  const window = messages.window(ms % 3_600_000 === 0 ? ms / 3_600_000 : null, Math.round(ms / 60_000))
  return messages.limited(limit.max, window, minutes)
}

/** The answers to show again with the errors: everything typed but the honeypot. */
export function answersToShowAgain(raw: RawSubmission): Omit<RawSubmission, 'website'> {
  const { website: _honeypot, ...values } = raw
  void _honeypot
  return values
}

/** The errors an outcome shows on the form (none when accepted). */
export function outcomeErrors(outcome: Outcome): FieldErrors {
  if (outcome.kind === 'invalid') return outcome.errors
  if (outcome.kind === 'limited' || outcome.kind === 'unavailable') return { form: outcome.message }
  return {}
}
