import type { SubmissionRecord } from './record'

/** What a stored submission tells a repeated request: its reference number and when it arrived. */
export interface StoredSubmission {
  reference: string
  submittedAt: string
}

/** Where submissions are kept: the outbox file (no Sanity project) or the Sanity project itself. */
export interface SubmissionStore {
  readonly kind: 'outbox' | 'sanity'
  /** The submission stored under this key hash, if any (an idempotent replay answers with it). */
  find(key: string): Promise<StoredSubmission | null>
  /**
   * Stores the record unless one with its key is stored already; answers with what is stored and
   * whether this call stored it. Durable when it resolves.
   */
  save(record: SubmissionRecord): Promise<StoredSubmission & { created: boolean }>
}
