import { createHash } from 'node:crypto'
import { appendFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { rateLimitSettings } from '@/lib/env'
import { clientAddress, proxyTrustFromEnv } from '@/lib/security/client-address'
import { createOutboxStore, OUTBOX_FILE, readOutbox } from '@/lib/submissions/outbox'
import { answersToShowAgain, outcomeErrors, receiveSubmission, type Outcome } from '@/lib/submissions/receive'
import { buildRecord, clientPseudonym, newIdempotencyKey, toDraftDocument } from '@/lib/submissions/record'
import { fieldErrors, rawFromEntries, submissionSchema } from '@/lib/submissions/schema'
import { isReferenceProof, referenceProof } from '@/lib/submissions/secret'
import { COMPONENT_IDS, TEST_SECRET, encodeForm, formData, outboxLines, outboxSetup, tempDir, validForm, type FormFields } from '../support/submissions'

const long = (n: number) => 'a'.repeat(n)

/** The reference of an accepted submission (fails the test otherwise). */
function referenceOf(outcome: Outcome): string {
  expect(outcome.kind).toBe('accepted')
  return outcome.kind === 'accepted' ? outcome.reference : ''
}

describe('the shared schema', () => {
  const schema = submissionSchema({ compactComponentIds: COMPONENT_IDS, lang: 'en' })

  it('accepts a valid form and cleans it to plain text', () => {
    const raw = rawFromEntries(
      new URLSearchParams(encodeForm(validForm({ city: '  Columbia \n', links: 'https://a.example.org/x\r\n\r\nhttp://b.example.org' }))),
    )
    const parsed = schema.parse(raw)
    expect(parsed.city).toBe('Columbia')
    expect(parsed.problem).toBeNull()
    expect(parsed.links).toEqual(['https://a.example.org/x', 'http://b.example.org/'])
    expect(parsed.publishContact).toBe(true)
  })

  it('strips bidirectional controls and zero-width characters from every text answer', () => {
    const hidden = '\u202E\u2066\u200B\u200D\u200E\uFEFF\u061C\u2060'
    const parsed = schema.parse(
      rawFromEntries(
        new URLSearchParams(
          encodeForm(
            validForm({
              city: `Colu${hidden}mbia`,
              name: 'Ada \u202Eecalevol\u202C',
              summary: `Mental health professionals\u200B answer some 911 calls alongside officers, so people in crisis get care.\u2069`,
              links: `https://www.columbiasc.gov/\u202Ecrisis`,
            }),
          ),
        ),
      ),
    )
    expect(parsed.city).toBe('Columbia')
    expect(parsed.name).toBe('Ada ecalevol')
    expect(parsed.summary).toBe('Mental health professionals answer some 911 calls alongside officers, so people in crisis get care.')
    expect(parsed.links).toEqual(['https://www.columbiasc.gov/crisis'])
    expect(JSON.stringify(parsed)).not.toMatch(/[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/)
  })

  it('reads a missing consent as no', () => {
    const parsed = schema.parse(rawFromEntries(new URLSearchParams(encodeForm(validForm({ publishContact: '' })))))
    expect(parsed.publishContact).toBe(false)
  })

  it('gives every problem with the empty form, one message per field', () => {
    const result = schema.safeParse(rawFromEntries([]))
    expect(result.success).toBe(false)
    expect(fieldErrors(result.error!)).toEqual({
      city: 'Enter the name of your city',
      state: 'Select your city’s state',
      name: 'Enter your full name',
      jobTitle: 'Enter your job title',
      email: 'Enter your email address',
      practiceTitle: 'Enter the name of the practice',
      summary: 'Enter a summary of the practice',
      approach: 'Describe what the city did',
      compactComponents: 'Select at least one component of the Compact that the practice advances',
      topics: 'Select at least one topic',
      form: 'This form has expired. Reload the page, then send the practice again.',
    })
  })
})

describe('receiving a submission: each bad answer', () => {
  // [field, bad value, the message], each sent with every other answer valid.
  const cases: [string, string | string[], string][] = [
    ['city', '', 'Enter the name of your city'],
    ['city', long(81), 'City name must be 80 characters or fewer'],
    ['state', '', 'Select your city’s state'],
    ['state', 'ZZ', 'Select your city’s state'],
    ['name', '   ', 'Enter your full name'],
    ['name', long(121), 'Your name must be 120 characters or fewer'],
    ['jobTitle', '', 'Enter your job title'],
    ['jobTitle', long(161), 'Your job title must be 160 characters or fewer'],
    ['email', '', 'Enter your email address'],
    ['email', 'ada at city dot gov', 'Enter an email address in the correct format, like name@city.gov'],
    ['email', `${long(250)}@x.gov`, 'Your email address must be 254 characters or fewer'],
    ['phone', '12345', 'Enter a phone number in the correct format, like (202) 555-0100'],
    ['practiceTitle', '', 'Enter the name of the practice'],
    ['practiceTitle', 'abc', 'The name of the practice must be 4 characters or more'],
    ['practiceTitle', long(161), 'The name of the practice must be 160 characters or fewer'],
    ['summary', '', 'Enter a summary of the practice'],
    ['summary', 'Too short.', 'The summary must be 40 characters or more'],
    ['summary', long(601), 'The summary must be 600 characters or fewer'],
    ['problem', long(3001), 'The problem must be 3,000 characters or fewer'],
    ['approach', '', 'Describe what the city did'],
    ['approach', 'We did it.', 'What the city did must be 40 characters or more'],
    ['approach', long(5001), 'What the city did must be 5,000 characters or fewer'],
    ['results', long(3001), 'The results must be 3,000 characters or fewer'],
    ['compactComponents', [], 'Select at least one component of the Compact that the practice advances'],
    ['compactComponents', ['compactComponent-99'], 'Select components from the list'],
    ['topics', [], 'Select at least one topic'],
    ['topics', ['made-up-topic'], 'Select topics from the list'],
    ['links', 'javascript:alert(1)', 'Link 1 is not a web address. Enter each link on its own line, starting with https:// or http://'],
    [
      'links',
      'https://ok.example.org\nftp://files.example.org/a',
      'Link 2 is not a web address. Enter each link on its own line, starting with https:// or http://',
    ],
    [
      'links',
      'https://user:secret@example.org/',
      'Link 1 is not a web address. Enter each link on its own line, starting with https:// or http://',
    ],
    ['links', 'www.example.org', 'Link 1 is not a web address. Enter each link on its own line, starting with https:// or http://'],
    ['links', Array.from({ length: 11 }, (_, i) => `https://example.org/${i}`).join('\n'), 'Enter no more than 10 links'],
    ['links', `https://example.org/${long(500)}`, 'Link 1 is too long: a link must be 500 characters or fewer'],
  ]

  const shown = (value: string | string[]) =>
    typeof value === 'string' && value.length > 40 ? `${value.length} characters` : JSON.stringify(value)
  it.each(cases.map(([field, value, message]) => ({ field, value, message, label: `${field} = ${shown(value)}` })))(
    '$label gets its own message and nothing is stored',
    async ({ field, value, message }) => {
      const { post, outboxLines } = outboxSetup()
      const outcome = await post(validForm({ [field]: value }))
      expect(outcome).toEqual({ kind: 'invalid', errors: { [field]: message } })
      expect(await outboxLines()).toEqual([])
    },
  )

  it('a missing idempotency key: the form as a whole gets a message', async () => {
    const { post, outboxLines } = outboxSetup()
    expect(outcomeErrors(await post(validForm({ idempotencyKey: '' })))).toEqual({
      form: 'This form has expired. Reload the page, then send the practice again.',
    })
    expect(await outboxLines()).toEqual([])
  })

  it('the form comes back with the errors and what was typed (never the honeypot), nothing kept on the server', async () => {
    const { post, outboxLines } = outboxSetup()
    const form = validForm({ email: 'not an email', summary: 'short', website: '' })
    const outcome = await post(form)
    expect(outcomeErrors(outcome)).toEqual({
      email: 'Enter an email address in the correct format, like name@city.gov',
      summary: 'The summary must be 40 characters or more',
    })
    const values = answersToShowAgain(rawFromEntries(formData(form).entries()))
    expect(values).toMatchObject({ email: 'not an email', summary: 'short', city: 'Columbia', topics: ['co-responder-mental-health'] })
    expect(values).not.toHaveProperty('website')
    expect(await outboxLines()).toEqual([])
  })
})

describe('receiving a submission: storing', () => {
  afterEach(() => vi.unstubAllEnvs())

  it('stores a valid submission as one outbox line and answers with its reference', async () => {
    const { post, outboxLines } = outboxSetup()
    const outcome = await post(validForm())
    expect(outcome).toMatchObject({ kind: 'accepted', created: true })
    const reference = referenceOf(outcome)
    expect(reference).toMatch(/^CICC-2026-[0-9A-Z]{6}$/)
    const lines = await outboxLines()
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatchObject({
      v: 1,
      reference,
      submittedAt: '2026-03-02T15:00:00.000Z',
      client: clientPseudonym('203.0.113.10'),
      city: { name: 'Columbia', state: 'SC' },
      submitter: { name: 'Ada Lovelace', email: 'ada@columbiasc.gov', consentToPublishContact: true },
      practice: {
        compactComponents: ['compactComponent-1'],
        topics: ['co-responder-mental-health'],
        links: ['https://www.columbiasc.gov/crisis-response'],
      },
    })
    expect(JSON.stringify(lines[0])).not.toContain('idempotencyKey')
    expect(JSON.stringify(lines[0])).not.toContain('203.0.113.10')
  })

  it('stores script and HTML as inert plain text, exactly as typed', async () => {
    const { post, outboxLines } = outboxSetup()
    const payload = `<script>alert("x")</script><img src=x onerror="alert(1)"> & </textarea><b>bold</b>`
    const form = validForm({
      city: '<b>Columbia</b>',
      name: '<script>alert(1)</script>',
      practiceTitle: '<img src=x onerror=alert(1)>',
      summary: `${payload} — a summary long enough to pass.`,
      approach: `${payload}\n{{constructor.constructor('alert(1)')()}} \${7*7} ' OR 1=1 --`,
    })
    expect((await post(form)).kind).toBe('accepted')
    const [line] = await outboxLines()
    const record = line as unknown as Parameters<typeof toDraftDocument>[0]
    expect(record.city.name).toBe('<b>Columbia</b>')
    expect(record.submitter.name).toBe('<script>alert(1)</script>')
    expect(record.practice.title).toBe('<img src=x onerror=alert(1)>')
    expect(record.practice.summary).toBe(`${payload} — a summary long enough to pass.`)
    expect(record.practice.approach).toBe(`${payload}\n{{constructor.constructor('alert(1)')()}} \${7*7} ' OR 1=1 --`)
    // Plain strings in plain-text fields of the draft: never HTML, never Portable Text, never escaped twice.
    const draft = toDraftDocument(record, { cityId: null, compactComponentIds: record.practice.compactComponents })
    expect(draft.summary).toBe(record.practice.summary)
    expect(draft.submission.city).toBe('<b>Columbia</b>')
    expect(JSON.stringify(draft)).not.toContain('&lt;')
  })

  it('a double submit (same idempotency key) stores one record and gives the same reference', async () => {
    const { post, outboxLines } = outboxSetup()
    const form = validForm()
    const first = referenceOf(await post(form))
    const again = await post(form)
    expect(again).toEqual({ kind: 'accepted', reference: first, created: false })
    // …and at the same moment, as from a double click:
    const twin = validForm()
    const both = await Promise.all([post(twin), post(twin)])
    expect(referenceOf(both[0]!)).toBe(referenceOf(both[1]!))
    expect(await outboxLines()).toHaveLength(2)
  })

  it('50 valid submissions at once: exactly 50 lines, each parseable', async () => {
    const { dir, post } = outboxSetup({ limit: 1000 })
    const outcomes = await Promise.all(Array.from({ length: 50 }, (_, i) => post(validForm(), { ip: `198.51.100.${i}` })))
    expect(outcomes.map((o) => o.kind === 'accepted' && o.created)).toEqual(Array(50).fill(true))
    const lines = await outboxLines(dir)
    expect(lines).toHaveLength(50)
    expect(new Set(lines.map((l) => l.id)).size).toBe(50)
    expect((await readOutbox(join(dir, OUTBOX_FILE))).every((l) => l.record)).toBe(true)
  })

  it('two writers on one outbox (as two processes would be) never tear a line', async () => {
    const dir = tempDir()
    const [a, b] = [createOutboxStore(dir), createOutboxStore(dir)]
    const now = new Date('2026-03-02T15:00:00Z')
    const schema = submissionSchema({ compactComponentIds: COMPONENT_IDS, lang: 'en' })
    const record = () =>
      buildRecord(schema.parse(rawFromEntries(new URLSearchParams(encodeForm(validForm({ approach: long(4000) }))))), now, { secret: TEST_SECRET })
    await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).save(record())))
    const lines = await readOutbox(join(dir, OUTBOX_FILE))
    expect(lines).toHaveLength(40)
    expect(lines.every((l) => l.record)).toBe(true)
  })

  it('the 6th submission in an hour from one client is refused; others and later ones get through', async () => {
    vi.stubEnv('SUBMISSIONS_RATE_LIMIT', '')
    expect(rateLimitSettings()).toEqual({ limit: 5, windowMs: 3_600_000 })
    const { post, clock, outboxLines } = outboxSetup(rateLimitSettings())
    // A form sent back with errors does not count.
    expect((await post(validForm({ email: 'bad' }))).kind).toBe('invalid')
    for (let i = 0; i < 5; i++) {
      expect(await post(validForm())).toMatchObject({ kind: 'accepted', created: true })
      clock.now += 60_000
    }
    const sixth = await post(validForm())
    expect(sixth).toEqual({
      kind: 'limited',
      retryAfterSeconds: 3600 - 5 * 60,
      message:
        'This connection has sent 5 practices in the last hour, the most we accept. Your answers are still here: please wait 55 minutes, then send it again.',
    })
    expect(await outboxLines()).toHaveLength(5)

    expect((await post(validForm(), { ip: '192.0.2.99' })).kind).toBe('accepted')
    clock.now += 55 * 60_000 // the first of the five is now an hour old
    expect((await post(validForm())).kind).toBe('accepted')
    expect(await outboxLines()).toHaveLength(7)
  })

  it('the limit holds across processes sharing the outbox (each with its own store)', async () => {
    const { dir, deps } = outboxSetup()
    const instances = [createOutboxStore(dir), createOutboxStore(dir)]
    const outcomes: Outcome[] = []
    for (let i = 0; i < 6; i++) {
      const form = rawFromEntries(formData(validForm()).entries())
      outcomes.push(await receiveSubmission(form, '203.0.113.10', { ...deps, store: instances[i % 2]! }))
    }
    expect(outcomes.map((o) => o.kind)).toEqual(['accepted', 'accepted', 'accepted', 'accepted', 'accepted', 'limited'])
    expect(await outboxLines(dir)).toHaveLength(5)
  })

  it('20 repeats at once of a submission at the limit all get its reference, never a refusal', async () => {
    const { post, outboxLines } = outboxSetup()
    for (let i = 0; i < 4; i++) await post(validForm())
    const fifth = validForm()
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => post(fifth)))
    const references = new Set(outcomes.map(referenceOf))
    expect(references.size).toBe(1)
    // Stored (or in flight) already: a repeat is answered with its reference even over the limit.
    expect(referenceOf(await post(fifth))).toBe([...references][0])
    expect((await post(validForm())).kind).toBe('limited')
    expect(await outboxLines()).toHaveLength(5)
  })

  it('a filled honeypot is discarded: no reference, nothing stored and no slot used', async () => {
    const { post, outboxLines } = outboxSetup({ limit: 1 })
    const plain = await post(validForm({ website: 'http://spam.example' }))
    expect(plain).toEqual({ kind: 'discarded' })
    const unchecked = await post(validForm({ website: 'spam', email: 'not checked' }))
    expect(unchecked).toEqual({ kind: 'discarded' })
    expect(JSON.stringify([plain, unchecked])).not.toMatch(/CICC-/)
    expect(await outboxLines()).toEqual([])
    expect(await post(validForm())).toMatchObject({ kind: 'accepted', created: true })
  })

  it('says so when the outbox cannot be written, and nothing counts against the sender', async () => {
    const dir = tempDir()
    await writeFile(join(dir, 'not-a-folder'), '')
    const { deps } = outboxSetup({ limit: 1 })
    const broken = { ...deps, store: createOutboxStore(join(dir, 'not-a-folder')) }
    const outcome = await receiveSubmission(rawFromEntries(formData(validForm()).entries()), '203.0.113.10', broken)
    expect(outcome.kind).toBe('unavailable')
    expect(outcomeErrors(outcome).form).toMatch(/could not save your practice just now/)
    expect((await receiveSubmission(rawFromEntries(formData(validForm()).entries()), '203.0.113.10', deps)).kind).toBe('accepted')
  })
})

describe('the outbox', () => {
  it('skips a torn last line and starts the next record on a line of its own', async () => {
    const dir = tempDir()
    const schema = submissionSchema({ compactComponentIds: COMPONENT_IDS, lang: 'en' })
    const first = buildRecord(schema.parse(rawFromEntries(new URLSearchParams(encodeForm(validForm())))), new Date(), { secret: TEST_SECRET })
    await createOutboxStore(dir).save(first)
    await appendFile(join(dir, OUTBOX_FILE), '{"v":1,"id":"submission-torn') // a crash mid-write
    const second = buildRecord(schema.parse(rawFromEntries(new URLSearchParams(encodeForm(validForm())))), new Date(), { secret: TEST_SECRET })
    const store = createOutboxStore(dir)
    expect(await store.find(first.key)).toEqual({ reference: first.reference, submittedAt: first.submittedAt })
    await store.save(second)
    const lines = await readOutbox(join(dir, OUTBOX_FILE))
    expect(lines.map((l) => l.record?.id ?? l.problem)).toEqual([first.id, 'not valid JSON (a torn write?)', second.id])
  })
})

describe('clientAddress (the trusted-proxy setting)', () => {
  const none = proxyTrustFromEnv({})
  it('with no trusted proxy (the default), believes only the socket: a client-sent X-Forwarded-For changes nothing', () => {
    expect(none).toEqual({ kind: 'none' })
    expect(clientAddress('203.0.113.7', null, none)).toBe('203.0.113.7')
    expect(clientAddress('203.0.113.7', '198.51.100.1', none)).toBe('203.0.113.7')
    expect(clientAddress('203.0.113.7', '198.51.100.2, 10.0.0.1', none)).toBe('203.0.113.7')
    expect(clientAddress(null, '198.51.100.1', none)).toBe('unknown')
  })

  it('with N trusted hops, takes the address N steps left of the socket', () => {
    const one = proxyTrustFromEnv({ TRUSTED_PROXY_HOPS: '1' })
    // nginx (10.0.0.5) appended the address it saw; what the client put before it is not believed.
    expect(clientAddress('10.0.0.5', 'spoofed, 203.0.113.7', one)).toBe('203.0.113.7')
    expect(clientAddress('10.0.0.5', '203.0.113.7', one)).toBe('203.0.113.7')
    expect(clientAddress('10.0.0.5', null, one)).toBe('10.0.0.5')
    const two = proxyTrustFromEnv({ TRUSTED_PROXY_HOPS: '2' })
    expect(clientAddress('10.0.0.5', '198.51.100.9, 203.0.113.7, 10.0.0.9', two)).toBe('203.0.113.7')
  })

  it('with a list of proxy addresses, takes the first address from the right that is not one of them', () => {
    const trust = proxyTrustFromEnv({ TRUSTED_PROXY_ADDRESSES: '10.0.0.5, 10.0.0.9' })
    expect(clientAddress('10.0.0.5', '198.51.100.9, 203.0.113.7, 10.0.0.9', trust)).toBe('203.0.113.7')
    // A request that did not come through the proxy: its own X-Forwarded-For is not believed.
    expect(clientAddress('203.0.113.50', '198.51.100.1', trust)).toBe('203.0.113.50')
  })

  it('reads one spelling per address, and refuses nonsense settings', () => {
    expect(clientAddress('[2001:DB8::1]:443', null, none)).toBe('2001:db8::1')
    expect(clientAddress('::ffff:192.0.2.1', null, none)).toBe('192.0.2.1')
    expect(clientAddress('203.0.113.7:51234', null, none)).toBe('203.0.113.7')
    expect(() => proxyTrustFromEnv({ TRUSTED_PROXY_HOPS: 'two' })).toThrow(/TRUSTED_PROXY_HOPS/)
    expect(() => proxyTrustFromEnv({ TRUSTED_PROXY_HOPS: '1', TRUSTED_PROXY_ADDRESSES: '10.0.0.1' })).toThrow(/not both/)
  })
})

describe('references (issue 28)', () => {
  const schema = submissionSchema({ compactComponentIds: COMPONENT_IDS, lang: 'en' })
  const parse = (fields: FormFields) => schema.parse(rawFromEntries(new URLSearchParams(encodeForm(fields))))
  const when = new Date('2026-05-01T00:00:00Z')

  it('cannot be worked out from the form: they depend on the server’s secret', () => {
    const key = newIdempotencyKey()
    const parsed = parse(validForm({ idempotencyKey: key } as FormFields))
    const ours = buildRecord(parsed, when, { secret: TEST_SECRET })
    const other = buildRecord(parsed, when, { secret: `${TEST_SECRET}-other` })
    expect(ours.reference).not.toBe(other.reference)
    expect(ours.key).not.toBe(other.key)
    // Not the idempotency key's plain hash (what a client could compute).
    expect(ours.key).not.toBe(createHash('sha256').update(key, 'utf8').digest('hex'))
    expect(JSON.stringify(ours)).not.toContain(key)
  })

  it('the same key with other content is another submission; the same form again is the same one', () => {
    const key = newIdempotencyKey()
    const first = buildRecord(parse(validForm({ idempotencyKey: key } as FormFields)), when, { secret: TEST_SECRET })
    const again = buildRecord(parse(validForm({ idempotencyKey: key } as FormFields)), when, { secret: TEST_SECRET })
    const renamed = buildRecord(parse(validForm({ idempotencyKey: key, name: 'Grace Hopper' } as FormFields)), when, { secret: TEST_SECRET })
    expect(again.reference).toBe(first.reference)
    expect(renamed.reference).not.toBe(first.reference)
    expect(renamed.id).not.toBe(first.id)
  })

  it('a resend under the same key with another name is stored, not answered with the first', async () => {
    const { post, outboxLines } = outboxSetup()
    const form = validForm()
    const first = await post(form)
    const renamed = await post({ ...form, name: 'Grace Hopper' } as FormFields)
    expect(renamed).toMatchObject({ kind: 'accepted', created: true })
    expect(referenceOf(renamed)).not.toBe(referenceOf(first))
    expect(referenceOf(await post(form))).toBe(referenceOf(first))
    const lines = await outboxLines()
    expect(lines.map((l) => (l.submitter as { name: string }).name).sort()).toEqual(['Ada Lovelace', 'Grace Hopper'])
  })

  it('a reference is shown only with the proof the server gave with it', () => {
    const reference = 'CICC-2026-7KQ2MX'
    const proof = referenceProof(reference, TEST_SECRET)
    expect(isReferenceProof(reference, proof, TEST_SECRET)).toBe(true)
    expect(isReferenceProof('CICC-2026-7KQ2MY', proof, TEST_SECRET)).toBe(false)
    expect(isReferenceProof(reference, proof, `${TEST_SECRET}-other`)).toBe(false)
    for (const forged of [undefined, '', 'x', proof.slice(1), `${proof}x`, ['a'], proof.toUpperCase()]) {
      expect(isReferenceProof(reference, forged, TEST_SECRET), String(forged)).toBe(false)
    }
  })

  it('stay the same for a form, whatever the year', () => {
    const key = newIdempotencyKey()
    const parsed = parse(validForm({ idempotencyKey: key } as FormFields))
    const a = buildRecord(parsed, new Date('2026-05-01T00:00:00Z'), { secret: TEST_SECRET })
    const b = buildRecord(parsed, new Date('2026-07-01T00:00:00Z'), { secret: TEST_SECRET })
    expect(a.reference).toBe(b.reference)
    expect(a.id).toBe(b.id)
    expect(a.reference).toMatch(/^CICC-2026-[0-9A-HJKMNP-TV-Z]{6}$/)
    expect(a.id).toMatch(/^submission-[0-9a-f]{32}$/)
  })
})
