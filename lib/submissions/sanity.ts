/**
 * Submissions in a Sanity project: each becomes a `bestPractice` draft (`drafts.submission-…`) with
 * status "submitted", created with `createIfNotExists`, so a repeated submission (or a repeated push)
 * never makes a second document. Staff find it under Best practices → Submitted for review.
 *
 * The rate limit is counted in the dataset (`submission.client` of the sender's submissions in the
 * window), so every server instance sees the same count. The Content Lake has no transaction that
 * counts and creates at once: two instances storing the same sender's submissions in the same
 * instant can both see a count under the limit (one instance checks one sender's at a time).
 */
import { createClient, type SanityClient } from '@sanity/client'
import { STORED_SUBMISSION_QUERY, SUBMISSION_BY_KEY_QUERY, SUBMISSIONS_FROM_CLIENT_QUERY, SUBMISSION_TARGETS_QUERY } from '../content/queries'
import { sanityClientConfig } from '../content/source-sanity'
import type { SanityWriteEnv } from '../env'
import { documentIdFor, toDraftDocument, type DraftTargets, type SubmissionRecord } from './record'
import { createMutex } from './outbox'
import { retryAfterSeconds, type StoredSubmission, type SubmissionStore } from './store'

export function createSanityWriteClient(env: SanityWriteEnv): SanityClient {
  return createClient({
    ...sanityClientConfig({ ...env, readToken: undefined }),
    token: env.writeToken,
    // Drafts are only visible to a token, and only through the raw (or drafts) perspective.
    perspective: 'raw',
    requestTagPrefix: 'website.submissions',
  })
}

/** Finds the city document named as in the record, and which of its components the dataset has. */
export async function resolveTargets(client: SanityClient, record: SubmissionRecord): Promise<DraftTargets> {
  const found = await client.fetch(SUBMISSION_TARGETS_QUERY, {
    name: record.city.name,
    state: record.city.state,
    ids: record.practice.compactComponents,
  })
  const existing = new Set(found.compactComponentIds ?? [])
  return {
    cityId: found.cityId ?? null,
    compactComponentIds: record.practice.compactComponents.filter((id) => existing.has(id)),
  }
}

/** Creates the record's draft unless it exists; answers with the draft's reference and whether it was new. */
export async function sendRecord(
  client: SanityClient,
  record: SubmissionRecord,
): Promise<{ reference: string; submittedAt: string; created: boolean; targets: DraftTargets }> {
  const targets = await resolveTargets(client, record)
  const draft = toDraftDocument(record, targets)
  await client.createIfNotExists(draft, { visibility: 'sync', returnDocuments: false })
  const stored = await client.fetch(STORED_SUBMISSION_QUERY, { id: draft._id })
  const reference = stored?.reference ?? record.reference
  const submittedAt = stored?.submittedAt ?? record.submittedAt
  return { reference, submittedAt, created: submittedAt === record.submittedAt && reference === record.reference, targets }
}

export function createSanityStore(env: SanityWriteEnv, client: SanityClient = createSanityWriteClient(env)): SubmissionStore {
  const perClient = new Map<string, ReturnType<typeof createMutex>>()

  async function find(key: string): Promise<StoredSubmission | null> {
    const id = documentIdFor(key)
    const found = await client.fetch(SUBMISSION_BY_KEY_QUERY, {
      draft: `drafts.${id}`,
      published: id,
    })
    return found?.reference && found.submittedAt ? { reference: found.reference, submittedAt: found.submittedAt } : null
  }

  /** One save at a time per sender in this process (the count and the create go together). */
  function forClient<T>(name: string | undefined, task: () => Promise<T>): Promise<T> {
    if (!name) return task()
    let exclusive = perClient.get(name)
    if (!exclusive) perClient.set(name, (exclusive = createMutex()))
    return exclusive(task).finally(() => {
      if (perClient.size > 1000) perClient.delete(name)
    })
  }

  return {
    kind: 'sanity',
    find,
    save(record, limit) {
      return forClient(record.client, async () => {
        const existing = await find(record.key)
        if (existing) return { status: 'existing' as const, ...existing }
        if (limit && record.client) {
          const now = Date.parse(record.submittedAt)
          const since = new Date(now - limit.windowMs).toISOString()
          const times = (await client.fetch(SUBMISSIONS_FROM_CLIENT_QUERY, { client: record.client, since }))
            .map((t) => Date.parse(t ?? ''))
            .filter(Number.isFinite)
          if (times.length >= limit.max) {
            // A repeat that was in flight elsewhere may have been stored meanwhile: it gets its reference.
            const stored = await find(record.key)
            if (stored) return { status: 'existing' as const, ...stored }
            return { status: 'limited' as const, retryAfterSeconds: retryAfterSeconds(Math.min(...times), limit.windowMs, now) }
          }
        }
        const { reference, submittedAt, created } = await sendRecord(client, record)
        return { status: created ? ('created' as const) : ('existing' as const), reference, submittedAt }
      })
    },
  }
}
