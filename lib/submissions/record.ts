/**
 * The storage contract: one SubmissionRecord per submission, the same in the outbox file (one JSON
 * line each) and on its way to Sanity, where `toDraftDocument` turns it into a `bestPractice` draft.
 *
 * Identity comes from the idempotency key the form carried (a random value made when the form was
 * rendered) and what was sent, keyed with the server's secret (./secret.ts): their HMAC-SHA256
 * (`submissionKey`) names the record (`key`), the Sanity document (`drafts.submission-<32 hex>`)
 * and the reference number people see (`CICC-<year>-<6 characters>`). The same form sent twice
 * (a double click, a resend) is one record; the same key with other content is another record,
 * never the first one's answer; and no client can work out a reference before it is given. The
 * idempotency key itself is never stored.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto'
import type { Lang } from '../i18n/locales'
import { isReference, REFERENCE_PREFIX } from './paths'
import type { Submission } from './schema'

export const RECORD_VERSION = 1

export interface SubmissionRecord {
  v: typeof RECORD_VERSION
  /** The published id of the practice-to-be; the draft is `drafts.<id>`. */
  id: string
  /** `submissionKey` (hex): the HMAC of the idempotency key and the content. */
  key: string
  reference: string
  /** ISO 8601, UTC. */
  submittedAt: string
  /**
   * A pseudonym of the sender's address (`clientPseudonym`), what the rate limit counts; absent in
   * records written before the limit was counted in the store.
   */
  client?: string
  /** The language the form was filled in; absent in records written before the Spanish form (English). */
  language?: Lang
  /** As typed; `toDraftDocument` links the city document when one has this name and state. */
  city: { name: string; state: string }
  submitter: { name: string; title: string; email: string; phone: string | null; consentToPublishContact: boolean }
  practice: {
    title: string
    summary: string
    problem: string | null
    approach: string
    results: string | null
    /** compactComponent document ids. */
    compactComponents: string[]
    topics: string[]
    links: string[]
  }
}

/** A fresh idempotency key for a form being rendered: 144 random bits, URL-safe. */
export function newIdempotencyKey(): string {
  return randomBytes(18).toString('base64url')
}

/**
 * A submission's identity (hex): the HMAC-SHA256, under the server's secret, of its idempotency key
 * and everything it says (as checked and normalized by the schema).
 */
export function submissionKey(submission: Submission, secret: string): string {
  const { idempotencyKey, ...content } = submission
  return createHmac('sha256', secret).update(JSON.stringify(['cicc-submission', idempotencyKey, content]), 'utf8').digest('hex')
}

export function documentIdFor(hash: string): string {
  return `submission-${hash.slice(0, 32)}`
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** The reference number for a key hash and the year the submission arrived. */
export function referenceFor(hash: string, year: number): string {
  const bits = BigInt(`0x${hash.slice(0, 8)}`) // 32 bits, of which 30 are used
  let code = ''
  for (let i = 0; i < 6; i++) code += CROCKFORD[Number((bits >> BigInt(i * 5)) & BigInt(31))]
  return `${REFERENCE_PREFIX}-${year}-${code}`
}

/**
 * What a record keeps of the sender's address: enough to count their submissions, not the address
 * itself (a salted SHA-256, cut to 128 bits).
 */
export function clientPseudonym(address: string): string {
  return createHash('sha256').update(`cicc-submission-client\u0000${address}`, 'utf8').digest('hex').slice(0, 32)
}

export function buildRecord(submission: Submission, now: Date, { secret, client }: { secret: string; client?: string }): SubmissionRecord {
  const hash = submissionKey(submission, secret)
  return {
    v: RECORD_VERSION,
    id: documentIdFor(hash),
    key: hash,
    reference: referenceFor(hash, now.getUTCFullYear()),
    submittedAt: now.toISOString(),
    ...(client ? { client: clientPseudonym(client) } : {}),
    language: submission.language,
    city: { name: submission.city, state: submission.state },
    submitter: {
      name: submission.name,
      title: submission.jobTitle,
      email: submission.email,
      phone: submission.phone,
      consentToPublishContact: submission.publishContact,
    },
    practice: {
      title: submission.practiceTitle,
      summary: submission.summary,
      problem: submission.problem,
      approach: submission.approach,
      results: submission.results,
      compactComponents: [...submission.compactComponents],
      topics: [...submission.topics],
      links: [...submission.links],
    },
  }
}

/** Checks a line read back from the outbox (a torn or hand-edited line is reported, not trusted). */
export function isSubmissionRecord(value: unknown): value is SubmissionRecord {
  if (!value || typeof value !== 'object') return false
  const r = value as Partial<SubmissionRecord>
  return (
    r.v === RECORD_VERSION &&
    typeof r.id === 'string' &&
    /^submission-[0-9a-f]{32}$/.test(r.id) &&
    typeof r.key === 'string' &&
    isReference(r.reference) &&
    typeof r.submittedAt === 'string' &&
    typeof r.city?.name === 'string' &&
    typeof r.submitter?.email === 'string' &&
    typeof r.practice?.title === 'string' &&
    Array.isArray(r.practice?.compactComponents) &&
    Array.isArray(r.practice?.topics) &&
    Array.isArray(r.practice?.links) &&
    (r.client === undefined || typeof r.client === 'string') &&
    (r.language === undefined || r.language === 'en' || r.language === 'es')
  )
}

/** What the target dataset knows: the city document matching the record, and which components exist. */
export interface DraftTargets {
  cityId: string | null
  /** The record's components that exist in the target (a strong reference to a missing one is refused). */
  compactComponentIds: readonly string[]
}

const withKeys = <T extends object>(items: T[]) => items.map((item, index) => ({ _key: `k${index}`, ...item }))

/**
 * The `bestPractice` draft staff review in the Studio ("Submitted for review"). Plain strings only;
 * the city is a reference when the target has it, and is always kept as typed in `submission`.
 * The submitter becomes the practice's public contact only with their consent; otherwise the
 * practice refers readers to the Center.
 */
export function toDraftDocument(record: SubmissionRecord, targets: DraftTargets) {
  const { practice, submitter } = record
  const optional = <K extends string, V>(key: K, value: V | null) =>
    value === null || value === '' ? {} : ({ [key]: value } as Record<K, V>)
  return {
    _id: `drafts.${record.id}`,
    _type: 'bestPractice',
    status: 'submitted',
    title: practice.title,
    ...(targets.cityId ? { city: { _type: 'reference', _ref: targets.cityId } } : {}),
    summary: practice.summary,
    ...optional('problem', practice.problem),
    approach: practice.approach,
    ...optional('results', practice.results),
    compactComponents: withKeys(targets.compactComponentIds.map((id) => ({ _type: 'reference', _ref: id }))),
    topics: [...practice.topics],
    ...(practice.links.length ? { links: withKeys(practice.links.map((url) => ({ _type: 'link', title: url.slice(0, 200), url }))) } : {}),
    contact: submitter.consentToPublishContact
      ? {
          _type: 'practiceContact',
          useCenterContact: false,
          name: submitter.name,
          title: submitter.title,
          email: submitter.email,
          ...optional('phone', submitter.phone),
        }
      : { _type: 'practiceContact', useCenterContact: true },
    submission: {
      _type: 'practiceSubmission',
      reference: record.reference,
      submittedAt: record.submittedAt,
      name: submitter.name,
      title: submitter.title,
      email: submitter.email,
      ...optional('phone', submitter.phone),
      consentToPublishContact: submitter.consentToPublishContact,
      city: record.city.name,
      state: record.city.state,
      ...(record.client ? { client: record.client } : {}),
      language: record.language ?? 'en',
    },
  }
}

export type DraftDocument = ReturnType<typeof toDraftDocument>
