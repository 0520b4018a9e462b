import type { SubmissionRecord } from './record'

/** What a stored submission tells a repeated request: its reference number and when it arrived. */
export interface StoredSubmission {
  reference: string
  submittedAt: string
}

/** How many submissions one client (the record's `client`) may store in a window. */
export interface SaveLimit {
  max: number
  windowMs: number
}

export type SaveResult =
  | (StoredSubmission & { status: 'created' | 'existing' })
  /** The client has stored `max` submissions in the window: nothing stored. */
  | { status: 'limited'; retryAfterSeconds: number }

/**
 * Where submissions are kept: the outbox file (no Sanity project) or the Sanity project itself. The
 * rate limit is counted there too, so that it holds whichever server instance a request reaches.
 */
export interface SubmissionStore {
  readonly kind: 'outbox' | 'sanity'
  /** The submission stored under this key hash, if any (an idempotent replay answers with it). */
  find(key: string): Promise<StoredSubmission | null>
  /**
   * Stores the record unless one with its key is stored already (then answers with that one, never
   * `limited`), or unless its client already stored `limit.max` in the window. Durable when it resolves.
   */
  save(record: SubmissionRecord, limit?: SaveLimit): Promise<SaveResult>
}

/** Seconds until the oldest of a client's submissions in the window leaves it. */
export function retryAfterSeconds(oldestMs: number, windowMs: number, nowMs: number): number {
  return Math.max(1, Math.ceil((oldestMs + windowMs - nowMs) / 1000))
}
