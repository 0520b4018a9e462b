/**
 * Submissions and Sanity, on the loopback query server (tests/support/query-server.ts), which takes
 * mutations as the Content Lake does: straight to Sanity as drafts, the outbox pushed with
 * `submissions:push`, and nothing of either on the public site.
 */
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ALL_QUERIES, bestPracticesQuery } from '@/lib/content/queries'
import { runQuery } from '@/lib/content/run'
import { createEmbeddedSource, type SanityDocument } from '@/lib/content/source-embedded'
import { createSanitySource } from '@/lib/content/source-sanity'
import { sanityEnv } from '@/lib/env'
import type { SanityWriteEnv } from '@/lib/env'
import { createOutboxStore } from '@/lib/submissions/outbox'
import { LEDGER_FILE, pushOutbox } from '@/lib/submissions/push'
import { receiveSubmission, type Outcome, type ReceiveDeps } from '@/lib/submissions/receive'
import { rawFromEntries } from '@/lib/submissions/schema'
import { createSanityStore, createSanityWriteClient } from '@/lib/submissions/sanity'
import { DATASET_FILE, loadDatasetFile } from '../support/dataset'
import { startQueryServer, type QueryServer } from '../support/query-server'
import { sampleParams } from '../support/query-samples'
import { formData, tempDir, validForm, type FormFields } from '../support/submissions'

const run = promisify(execFile)
const dataset = loadDatasetFile()
const componentIds = dataset.filter((d) => d._type === 'compactComponent').map((d) => d._id)
const albuquerque = dataset.find((d) => d._id === 'city-albuquerque-nm') as SanityDocument & { name: string; state: string }

let server: QueryServer
let env: SanityWriteEnv

beforeAll(async () => {
  server = await startQueryServer({ file: DATASET_FILE, token: 'test-write-token' })
  env = { ...sanityEnv(), projectId: 'test', dataset: 'production', apiHost: server.url, readToken: undefined, writeToken: server.token }
})
afterAll(() => server.stop())

function deps(store: ReceiveDeps['store'], max = 100): ReceiveDeps {
  return {
    store,
    limit: { max, windowMs: 3_600_000 },
    compactComponentIds: async () => componentIds,
    secret: 'test-secret-0123456789-abcdefghijklmnop',
    now: () => new Date('2026-04-01T12:00:00Z'),
  }
}

const post = (d: ReceiveDeps, fields: FormFields, ip = '203.0.113.10') => receiveSubmission(rawFromEntries(formData(fields).entries()), ip, d)
const referenceOf = (outcome: Outcome) => (outcome.kind === 'accepted' ? outcome.reference : `not accepted: ${outcome.kind}`)
const submissionDocs = () => server.documents().filter((doc) => doc._id.includes('submission-'))

describe('with a Sanity project (SANITY_PROJECT_ID and SANITY_API_WRITE_TOKEN)', () => {
  it('a submission becomes a drafts. document with status "submitted", the city linked when the dataset has it', async () => {
    const d = deps(createSanityStore(env))
    const before = server.mutations.length
    const form = validForm({
      city: albuquerque.name.toUpperCase(),
      state: albuquerque.state,
      compactComponents: [componentIds[0]!, componentIds[1]!],
      publishContact: 'yes',
    })
    const outcome = await post(d, form)
    expect(outcome).toMatchObject({ kind: 'accepted', created: true })
    const reference = referenceOf(outcome)

    const docs = submissionDocs().filter((doc) => (doc.submission as { reference?: string }).reference === reference)
    expect(docs).toHaveLength(1)
    const draft = docs[0]!
    expect(draft._id).toMatch(/^drafts\.submission-[0-9a-f]{32}$/)
    expect(draft).toMatchObject({
      _type: 'bestPractice',
      status: 'submitted',
      title: form.practiceTitle,
      summary: form.summary,
      approach: form.approach,
      city: { _type: 'reference', _ref: albuquerque._id },
      compactComponents: [
        { _type: 'reference', _ref: componentIds[0] },
        { _type: 'reference', _ref: componentIds[1] },
      ],
      topics: ['co-responder-mental-health'],
      links: [{ _type: 'link', url: 'https://www.columbiasc.gov/crisis-response' }],
      contact: { useCenterContact: false, name: 'Ada Lovelace', email: 'ada@columbiasc.gov', phone: '(803) 545-3075' },
      submission: {
        reference,
        submittedAt: '2026-04-01T12:00:00.000Z',
        name: 'Ada Lovelace',
        title: 'Director of Community Relations',
        email: 'ada@columbiasc.gov',
        consentToPublishContact: true,
        city: 'ALBUQUERQUE',
        state: 'NM',
      },
    })
    expect(draft).not.toHaveProperty('problem')
    const sent = server.mutations.slice(before)
    expect(sent).toHaveLength(1)
    expect(Object.keys(sent[0]!.mutations[0]!)).toEqual(['createIfNotExists'])

    // Sent again (same idempotency key): the same reference, no second document, no second write.
    const again = await post(d, form)
    expect(again).toEqual({ kind: 'accepted', reference, created: false })
    expect(submissionDocs().filter((doc) => (doc.submission as { reference?: string }).reference === reference)).toHaveLength(1)
    expect(server.mutations.length).toBe(before + 1)
  })

  it('without consent, the practice refers readers to the Center; an unknown city stays as typed', async () => {
    const reference = referenceOf(await post(deps(createSanityStore(env)), validForm({ city: 'Nowhereville', state: 'WY', publishContact: '' })))
    const draft = submissionDocs().find((doc) => (doc.submission as { reference?: string }).reference === reference)!
    expect(draft.contact).toEqual({ _type: 'practiceContact', useCenterContact: true })
    expect(draft).not.toHaveProperty('city')
    expect(draft.submission).toMatchObject({ city: 'Nowhereville', state: 'WY', consentToPublishContact: false })
  })

  it('the rate limit is counted in the dataset: two instances together store five from one sender, refuse the sixth', async () => {
    const instances = [createSanityStore(env), createSanityStore(env)]
    const ip = '192.0.2.77'
    const outcomes: Outcome[] = []
    for (let i = 0; i < 6; i++) outcomes.push(await post(deps(instances[i % 2]!, 5), validForm(), ip))
    expect(outcomes.map((o) => o.kind)).toEqual(['accepted', 'accepted', 'accepted', 'accepted', 'accepted', 'limited'])
    // A repeat of a stored one still gets its reference; another sender is not held back.
    const repeat = validForm()
    expect((await post(deps(instances[0]!, 6), repeat, ip)).kind).toBe('accepted')
    expect((await post(deps(instances[1]!, 6), repeat, ip)).kind).toBe('accepted')
    expect((await post(deps(instances[1]!, 5), validForm(), '192.0.2.78')).kind).toBe('accepted')
  })

  it('the mutate endpoint wants the token', async () => {
    const anonymous = createSanityWriteClient({ ...env, writeToken: 'wrong-token' })
    await expect(anonymous.createIfNotExists({ _id: 'drafts.x', _type: 'bestPractice' })).rejects.toThrow(/Unauthorized/)
  })

  it('a submission never shows on the public site: no published query returns it', async () => {
    const publicSource = createSanitySource({ ...env, readToken: undefined })
    const titles = (await runQuery(bestPracticesQuery, {}, { source: publicSource })).map((p) => p.title)
    expect(titles).not.toContain(validForm().practiceTitle)
    expect(submissionDocs().length).toBeGreaterThan(0)

    // Even a submission published by mistake with its status still "submitted" stays off the site.
    const submitted = submissionDocs()[0]!
    const slugged = { ...submitted, slug: { _type: 'slug', current: 'submitted-practice' }, publishedAt: '2026-04-02' }
    const docs: SanityDocument[] = [...dataset, slugged, { ...slugged, _id: slugged._id.replace(/^drafts\./, '') }]
    const source = createEmbeddedSource({ documents: docs })
    for (const def of ALL_QUERIES) {
      for (const params of sampleParams(def, dataset)) {
        const text = JSON.stringify(await runQuery(def, params as never, { source }))
        expect(text, def.name).not.toContain('submission-')
        expect(text, def.name).not.toContain('submitted-practice')
      }
    }
    expect(
      await runQuery(
        ALL_QUERIES.find((q) => q.name === 'bestPractice')!,
        { slug: 'submitted-practice' } as never,
        { source },
      ),
    ).toBeNull()
  })
})

describe('without a project: the outbox, then `npm run submissions:push`', () => {
  it('sends each submission once, however often it runs', async () => {
    const dir = tempDir('submissions-push-')
    const d = deps(createOutboxStore(dir))
    const references: string[] = []
    for (let i = 0; i < 3; i++) references.push(referenceOf(await post(d, validForm())))

    const before = server.mutations.length
    const client = createSanityWriteClient(env)
    const target = { projectId: 'test', dataset: 'production' }
    const first = await pushOutbox({ dir, client, target })
    expect(first).toEqual({ sent: references, alreadySent: 0, problems: [] })
    const second = await pushOutbox({ dir, client, target })
    expect(second).toEqual({ sent: [], alreadySent: 3, problems: [] })
    expect(server.mutations.length).toBe(before + 3)

    const drafts = submissionDocs().filter((doc) => references.includes((doc.submission as { reference: string }).reference))
    expect(drafts).toHaveLength(3)
    expect(drafts.every((doc) => doc._id.startsWith('drafts.') && doc.status === 'submitted')).toBe(true)
    const ledger = (await readFile(join(dir, LEDGER_FILE), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { reference: string })
    expect(ledger.map((l) => l.reference)).toEqual(references)
  })

  it('the npm script, run twice, sends each submission once', async () => {
    const dir = tempDir('submissions-cli-')
    const d = deps(createOutboxStore(dir))
    await post(d, validForm({ city: 'Nowhereville', state: 'WY' }))
    await post(d, validForm({ city: albuquerque.name, state: albuquerque.state }))
    const cliEnv = {
      ...process.env,
      SUBMISSIONS_DIR: dir,
      SANITY_PROJECT_ID: 'test',
      SANITY_DATASET: 'production',
      SANITY_API_HOST: server.url,
      SANITY_API_WRITE_TOKEN: server.token,
    }
    const before = server.mutations.length
    const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx')
    const first = await run(tsx, ['scripts/submissions-push.ts'], { env: cliEnv })
    expect(first.stdout).toContain('Sent 2; already sent before: 0; unreadable lines: 0')
    expect(first.stdout).toMatch(/no city document for Nowhereville, WY: staff set it/)
    const second = await run(tsx, ['scripts/submissions-push.ts'], { env: cliEnv })
    expect(second.stdout).toContain('Sent 0; already sent before: 2; unreadable lines: 0')
    expect(server.mutations.length).toBe(before + 2)
  })
})
