/** Shared helpers for the submission tests: a valid form, receiving it, a temporary outbox. */
import { mkdtempSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseNdjson } from '@/lib/ndjson'
import { createOutboxStore, OUTBOX_FILE } from '@/lib/submissions/outbox'
import { receiveSubmission, type ReceiveDeps } from '@/lib/submissions/receive'
import { newIdempotencyKey } from '@/lib/submissions/record'
import { rawFromEntries } from '@/lib/submissions/schema'

export const COMPONENT_IDS = ['compactComponent-1', 'compactComponent-2', 'compactComponent-3']

export type FormFields = Record<string, string | string[]>

export function validForm(overrides: FormFields = {}): FormFields {
  return {
    city: 'Columbia',
    state: 'SC',
    name: 'Ada Lovelace',
    jobTitle: 'Director of Community Relations',
    email: 'ada@columbiasc.gov',
    phone: '(803) 545-3075',
    practiceTitle: 'Crisis response teams with mental health professionals',
    summary: 'Mental health professionals answer some 911 calls alongside officers, so people in crisis get care.',
    problem: '',
    approach: 'The city trained a team of clinicians who ride with officers on calls that involve a mental health crisis.',
    results: '',
    compactComponents: ['compactComponent-1'],
    topics: ['co-responder-mental-health'],
    links: 'https://www.columbiasc.gov/crisis-response',
    publishContact: 'yes',
    idempotencyKey: newIdempotencyKey(),
    website: '',
    ...overrides,
  }
}

export function encodeForm(fields: FormFields): string {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) params.append(name, item)
  }
  return params.toString()
}

export interface PostOptions {
  /** The sender's address (what the Server Action works out from the request). */
  ip?: string
}

export function tempDir(prefix = 'submissions-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

/** The form's answers as the Server Action reads them (FormData, as the browser sends it). */
export function formData(fields: FormFields): FormData {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) for (const item of Array.isArray(value) ? value : [value]) form.append(name, item)
  return form
}

/** Outbox store, limit (default 5 an hour, on a clock the test moves) and receiveSubmission, in a temp folder. */
/** The server secret in submissions' identities, for tests (lib/submissions/secret.ts). */
export const TEST_SECRET = 'test-secret-0123456789-abcdefghijklmnop'

export function outboxSetup({ limit = 5 }: { limit?: number } = {}) {
  const dir = tempDir()
  const clock = { now: Date.parse('2026-03-02T15:00:00Z') }
  const deps: ReceiveDeps = {
    store: createOutboxStore(dir),
    limit: { max: limit, windowMs: 3_600_000 },
    compactComponentIds: async () => COMPONENT_IDS,
    secret: TEST_SECRET,
    now: () => new Date(clock.now),
  }
  const post = (fields: FormFields, { ip = '203.0.113.10' }: PostOptions = {}) =>
    receiveSubmission(rawFromEntries(formData(fields).entries()), ip, deps)
  return { dir, clock, deps, post, outboxLines: () => outboxLines(dir) }
}

/** The outbox's lines, each parsed (throws on a line that is not JSON). */
export async function outboxLines(dir: string): Promise<Record<string, unknown>[]> {
  let text = ''
  try {
    text = await readFile(join(dir, OUTBOX_FILE), 'utf8')
  } catch {
    return []
  }
  return parseNdjson<Record<string, unknown>>(text)
}
