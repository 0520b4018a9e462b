/** Shared helpers for the submission tests: a valid form, requests to the handler, a temporary outbox. */
import { mkdtempSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { handleSubmission, type SubmissionDeps } from '@/lib/submissions/handler'
import { createOutboxStore, OUTBOX_FILE } from '@/lib/submissions/outbox'
import { createRateLimiter } from '@/lib/submissions/rate-limit'
import { newIdempotencyKey } from '@/lib/submissions/record'

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
  /** Answer as JSON (the form's script) rather than as for a plain HTML form. */
  json?: boolean
  ip?: string
  headers?: Record<string, string>
}

export function submissionRequest(body: BodyInit, { json = false, ip = '203.0.113.10', headers = {} }: PostOptions = {}): Request {
  return new Request('http://127.0.0.1:3000/api/submissions', {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      host: '127.0.0.1:3000',
      'x-forwarded-for': ip,
      ...(json ? { accept: 'application/json' } : { accept: 'text/html' }),
      ...headers,
    },
    body,
    // Node's fetch Request needs this for a streamed body.
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit)
}

export function tempDir(prefix = 'submissions-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

/** Outbox store, limiter (default 5 an hour, on a clock the test moves) and the handler, in a temp folder. */
export function outboxSetup({ limit = 5 }: { limit?: number } = {}) {
  const dir = tempDir()
  const clock = { now: Date.parse('2026-03-02T15:00:00Z') }
  const deps: SubmissionDeps = {
    store: createOutboxStore(dir),
    limiter: createRateLimiter({ limit, windowMs: 3_600_000, now: () => clock.now }),
    compactComponentIds: async () => COMPONENT_IDS,
    now: () => new Date(clock.now),
  }
  const post = (fields: FormFields, options?: PostOptions) => handleSubmission(submissionRequest(encodeForm(fields), options), deps)
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
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Record<string, unknown>)
}
