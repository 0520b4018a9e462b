/**
 * Submissions in a Sanity project: each becomes a `bestPractice` draft (`drafts.submission-…`) with
 * status "submitted", created with `createIfNotExists`, so a repeated submission (or a repeated push)
 * never makes a second document. Staff find it under Best practices → Submitted for review.
 */
import { createClient, type SanityClient } from '@sanity/client'
import { storedSubmissionQuery, submissionByKeyQuery, submissionTargetsQuery } from '../content/queries'
import { sanityClientConfig } from '../content/source-sanity'
import type { SanityWriteEnv } from './env'
import { documentIdFor, toDraftDocument, type DraftTargets, type SubmissionRecord } from './record'
import type { SubmissionStore } from './store'

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
  const found = await client.fetch<{ cityId: string | null; compactComponentIds: string[] | null }>(submissionTargetsQuery, {
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
  const stored = await client.fetch<{ reference: string | null; submittedAt: string | null } | null>(storedSubmissionQuery, { id: draft._id })
  const reference = stored?.reference ?? record.reference
  const submittedAt = stored?.submittedAt ?? record.submittedAt
  return { reference, submittedAt, created: submittedAt === record.submittedAt && reference === record.reference, targets }
}

export function createSanityStore(env: SanityWriteEnv, client: SanityClient = createSanityWriteClient(env)): SubmissionStore {
  return {
    kind: 'sanity',
    async find(key) {
      const id = documentIdFor(key)
      const found = await client.fetch<{ reference: string | null; submittedAt: string | null } | null>(
        submissionByKeyQuery,
        { draft: `drafts.${id}`, published: id },
      )
      return found?.reference && found.submittedAt ? { reference: found.reference, submittedAt: found.submittedAt } : null
    },
    async save(record) {
      const { reference, submittedAt, created } = await sendRecord(client, record)
      return { reference, submittedAt, created }
    },
  }
}
