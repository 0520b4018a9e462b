import { appendFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { rateLimitSettings } from '@/lib/submissions/env'
import { readFormState, FORM_STATE_COOKIE } from '@/lib/submissions/form-state'
import { handleSubmission } from '@/lib/submissions/handler'
import { createOutboxStore, OUTBOX_FILE, readOutbox } from '@/lib/submissions/outbox'
import { clientAddress, createRateLimiter } from '@/lib/submissions/rate-limit'
import { buildRecord, isReference, newIdempotencyKey, REFERENCE_PATTERN, toDraftDocument } from '@/lib/submissions/record'
import { fieldErrors, rawFromEntries, submissionSchema } from '@/lib/submissions/schema'
import {
  COMPONENT_IDS,
  encodeForm,
  outboxLines,
  outboxSetup,
  submissionRequest,
  tempDir,
  validForm,
  type FormFields,
} from '../support/submissions'

const long = (n: number) => 'a'.repeat(n)

async function jsonOf(response: Response) {
  return (await response.json()) as {
    ok: boolean
    reference?: string
    location?: string
    errors?: Record<string, string>
    message?: string
  }
}

describe('the shared schema', () => {
  const schema = submissionSchema({ compactComponentIds: COMPONENT_IDS })

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

describe('POST /api/submissions: each bad answer', () => {
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
    ['phone', '12345', 'Enter a phone number in the correct format, like (202) 861-6754'],
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
      const response = await post(validForm({ [field]: value }), { json: true })
      expect(response.status).toBe(422)
      const body = await jsonOf(response)
      expect(body.errors).toEqual({ [field]: message })
      expect(await outboxLines()).toEqual([])
    },
  )

  it('a missing idempotency key: the form as a whole gets a message', async () => {
    const { post, outboxLines } = outboxSetup()
    const body = await jsonOf(await post(validForm({ idempotencyKey: '' }), { json: true }))
    expect(body.errors).toEqual({ form: 'This form has expired. Reload the page, then send the practice again.' })
    expect(await outboxLines()).toEqual([])
  })

  it('without JavaScript: 303 back to the form’s error summary, with what was typed kept for the page', async () => {
    const { post, outboxLines } = outboxSetup()
    const form = validForm({ email: 'not an email', summary: 'short', website: '' })
    const response = await post(form)
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/submit#error-summary')
    const cookie = response.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(new RegExp(`^${FORM_STATE_COOKIE}=[A-Za-z0-9_-]{32}; Path=/submit; Max-Age=1800; HttpOnly; SameSite=Lax$`))
    const state = readFormState(cookie.split(';')[0]!.split('=')[1])
    expect(state?.errors).toEqual({
      email: 'Enter an email address in the correct format, like name@city.gov',
      summary: 'The summary must be 40 characters or more',
    })
    expect(state?.values).toMatchObject({
      email: 'not an email',
      summary: 'short',
      city: 'Columbia',
      topics: ['co-responder-mental-health'],
    })
    expect(state?.values).not.toHaveProperty('website')
    expect(await outboxLines()).toEqual([])
  })
})

describe('POST /api/submissions: storing', () => {
  afterEach(() => vi.unstubAllEnvs())

  it('stores a valid submission as one outbox line and answers with its reference (plain form: 303)', async () => {
    const { post, outboxLines } = outboxSetup()
    const response = await post(validForm())
    expect(response.status).toBe(303)
    const location = response.headers.get('location') ?? ''
    expect(location).toMatch(/^\/submit\/received\?ref=CICC-2026-[0-9A-Z]{6}$/)
    const lines = await outboxLines()
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatchObject({
      v: 1,
      reference: decodeURIComponent(location.split('ref=')[1]!),
      submittedAt: '2026-03-02T15:00:00.000Z',
      city: { name: 'Columbia', state: 'SC' },
      submitter: { name: 'Ada Lovelace', email: 'ada@columbiasc.gov', consentToPublishContact: true },
      practice: {
        compactComponents: ['compactComponent-1'],
        topics: ['co-responder-mental-health'],
        links: ['https://www.columbiasc.gov/crisis-response'],
      },
    })
    expect(JSON.stringify(lines[0])).not.toContain('idempotencyKey')
  })

  it('answers the form’s script with 201 and JSON', async () => {
    const { post } = outboxSetup()
    const response = await post(validForm(), { json: true })
    expect(response.status).toBe(201)
    const body = await jsonOf(response)
    expect(body.ok).toBe(true)
    expect(isReference(body.reference)).toBe(true)
    expect(body.location).toBe(`/submit/received?ref=${body.reference}`)
    expect(response.headers.get('cache-control')).toBe('no-store')
  })

  it('takes JSON bodies and multipart forms too', async () => {
    const { deps, outboxLines } = outboxSetup()
    const json = await handleSubmission(
      submissionRequest(JSON.stringify({ ...validForm(), links: ['https://example.org/a'], publishContact: false }), {
        json: true,
        headers: { 'content-type': 'application/json' },
      }),
      deps,
    )
    expect(json.status).toBe(201)
    const multipart = new FormData()
    for (const [name, value] of Object.entries(validForm()))
      for (const v of Array.isArray(value) ? value : [value]) multipart.append(name, v)
    const encoded = new Response(multipart)
    const response = await handleSubmission(
      submissionRequest(await encoded.arrayBuffer(), { json: true, headers: { 'content-type': encoded.headers.get('content-type')! } }),
      deps,
    )
    expect(response.status).toBe(201)
    const lines = await outboxLines()
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatchObject({ submitter: { consentToPublishContact: false }, practice: { links: ['https://example.org/a'] } })
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
    expect((await post(form, { json: true })).status).toBe(201)
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
    const first = await jsonOf(await post(form, { json: true }))
    const again = await post(form, { json: true })
    expect(again.status).toBe(200)
    expect((await jsonOf(again)).reference).toBe(first.reference)
    // …and at the same moment, as from a double click:
    const twin = validForm()
    const both = await Promise.all([post(twin, { json: true }), post(twin, { json: true })].map(async (r) => jsonOf(await r)))
    expect(both[0]!.reference).toBe(both[1]!.reference)
    expect(await outboxLines()).toHaveLength(2)
  })

  it('50 valid submissions at once: exactly 50 lines, each parseable', async () => {
    const { deps, dir, post } = outboxSetup({ limit: 1000 })
    const responses = await Promise.all(Array.from({ length: 50 }, (_, i) => post(validForm(), { json: true, ip: `198.51.100.${i}` })))
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(201))
    const lines = await outboxLines(dir)
    expect(lines).toHaveLength(50)
    expect(new Set(lines.map((l) => l.id)).size).toBe(50)
    expect((await readOutbox(join(dir, OUTBOX_FILE))).every((l) => l.record)).toBe(true)
    void deps
  })

  it('two writers on one outbox (as two processes would be) never tear a line', async () => {
    const dir = tempDir()
    const [a, b] = [createOutboxStore(dir), createOutboxStore(dir)]
    const now = new Date('2026-03-02T15:00:00Z')
    const schema = submissionSchema({ compactComponentIds: COMPONENT_IDS })
    const record = () =>
      buildRecord(schema.parse(rawFromEntries(new URLSearchParams(encodeForm(validForm({ approach: long(4000) }))))), now)
    await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).save(record())))
    const lines = await readOutbox(join(dir, OUTBOX_FILE))
    expect(lines).toHaveLength(40)
    expect(lines.every((l) => l.record)).toBe(true)
  })

  it('the 6th submission in an hour from one client gets 429; others and later ones get through', async () => {
    vi.stubEnv('SUBMISSIONS_RATE_LIMIT', '')
    expect(rateLimitSettings()).toEqual({ limit: 5, windowMs: 3_600_000 })
    const { post, clock, outboxLines } = outboxSetup(rateLimitSettings())
    // A form sent back with errors does not count.
    expect((await post(validForm({ email: 'bad' }), { json: true })).status).toBe(422)
    for (let i = 0; i < 5; i++) {
      expect((await post(validForm(), { json: true })).status).toBe(201)
      clock.now += 60_000
    }
    const sixth = await post(validForm(), { json: true })
    expect(sixth.status).toBe(429)
    expect(Number(sixth.headers.get('retry-after'))).toBe(3600 - 5 * 60)
    expect((await jsonOf(sixth)).message).toBe(
      'This connection has sent 5 practices in the last hour, the most we accept. Please wait 55 minutes, then send it again.',
    )
    // Without JavaScript: the same 429, as a plain page.
    const page = await post(validForm())
    expect(page.status).toBe(429)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await page.text()).toContain('the most we accept')
    expect(await outboxLines()).toHaveLength(5)

    expect((await post(validForm(), { json: true, ip: '192.0.2.99' })).status).toBe(201)
    clock.now += 55 * 60_000 // the first of the five is now an hour old
    expect((await post(validForm(), { json: true })).status).toBe(201)
    expect(await outboxLines()).toHaveLength(7)
  })

  it('a body over 64 KB gets 413 and nothing is stored (declared or streamed)', async () => {
    const { deps, outboxLines } = outboxSetup()
    const big = encodeForm(validForm({ approach: long(70 * 1024) }))
    const declared = await handleSubmission(submissionRequest(big, { json: true, headers: { 'content-length': String(big.length) } }), deps)
    expect(declared.status).toBe(413)
    expect((await jsonOf(declared)).message).toMatch(/too long to receive: the limit is 64 KB/)

    const bytes = new TextEncoder().encode(big)
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 8192) controller.enqueue(bytes.slice(i, i + 8192))
        controller.close()
      },
    })
    const streamed = await handleSubmission(submissionRequest(stream), deps)
    expect(streamed.status).toBe(413)
    expect(await streamed.text()).toContain('<h1>Too long to receive</h1>')
    expect(await outboxLines()).toEqual([])
  })

  it('a filled honeypot looks accepted, but nothing is stored and no slot is used', async () => {
    const { post, outboxLines } = outboxSetup({ limit: 1 })
    const plain = await post(validForm({ website: 'http://spam.example' }))
    expect(plain.status).toBe(303)
    expect(plain.headers.get('location')).toMatch(/^\/submit\/received\?ref=CICC-2026-/)
    const json = await post(validForm({ website: 'spam', email: 'not checked' }), { json: true })
    expect(json.status).toBe(201)
    expect(REFERENCE_PATTERN.test((await jsonOf(json)).reference ?? '')).toBe(true)
    expect(await outboxLines()).toEqual([])
    expect((await post(validForm(), { json: true })).status).toBe(201)
  })

  it('refuses a form posted from another site (403) and bodies of other types (415)', async () => {
    const { deps, outboxLines } = outboxSetup()
    const foreign = await handleSubmission(
      submissionRequest(encodeForm(validForm()), { headers: { origin: 'https://evil.example' } }),
      deps,
    )
    expect(foreign.status).toBe(403)
    const own = await handleSubmission(
      submissionRequest(encodeForm(validForm()), { json: true, headers: { origin: 'http://127.0.0.1:3000' } }),
      deps,
    )
    expect(own.status).toBe(201)
    const text = await handleSubmission(submissionRequest('hello', { json: true, headers: { 'content-type': 'text/plain' } }), deps)
    expect(text.status).toBe(415)
    expect(await outboxLines()).toHaveLength(1)
  })

  it('answers 503 when the outbox cannot be written, and the slot is given back', async () => {
    const dir = tempDir()
    await writeFile(join(dir, 'not-a-folder'), '')
    const limiter = createRateLimiter({ limit: 1, windowMs: 3_600_000 })
    const deps = { store: createOutboxStore(join(dir, 'not-a-folder')), limiter, compactComponentIds: async () => COMPONENT_IDS }
    const response = await handleSubmission(submissionRequest(encodeForm(validForm()), { json: true }), deps)
    expect(response.status).toBe(503)
    expect(limiter.take('203.0.113.10').ok).toBe(true)
  })
})

describe('the outbox', () => {
  it('skips a torn last line and starts the next record on a line of its own', async () => {
    const dir = tempDir()
    const schema = submissionSchema({ compactComponentIds: COMPONENT_IDS })
    const first = buildRecord(schema.parse(rawFromEntries(new URLSearchParams(encodeForm(validForm())))), new Date())
    await createOutboxStore(dir).save(first)
    await appendFile(join(dir, OUTBOX_FILE), '{"v":1,"id":"submission-torn') // a crash mid-write
    const second = buildRecord(schema.parse(rawFromEntries(new URLSearchParams(encodeForm(validForm())))), new Date())
    const store = createOutboxStore(dir)
    expect(await store.find(first.key)).toEqual({ reference: first.reference, submittedAt: first.submittedAt })
    await store.save(second)
    const lines = await readOutbox(join(dir, OUTBOX_FILE))
    expect(lines.map((l) => l.record?.id ?? l.problem)).toEqual([first.id, 'not valid JSON (a torn write?)', second.id])
  })
})

describe('clientAddress', () => {
  const address = (headers: Record<string, string>) => clientAddress(new Headers(headers))
  it('takes the first X-Forwarded-For hop, then X-Real-IP', () => {
    expect(address({ 'x-forwarded-for': '203.0.113.7, 10.0.0.1' })).toBe('203.0.113.7')
    expect(address({ 'x-forwarded-for': '203.0.113.7:51234' })).toBe('203.0.113.7')
    expect(address({ 'x-forwarded-for': '[2001:DB8::1]:443' })).toBe('2001:db8::1')
    expect(address({ 'x-forwarded-for': '::ffff:192.0.2.1' })).toBe('192.0.2.1')
    expect(address({ 'x-real-ip': '192.0.2.5' })).toBe('192.0.2.5')
    expect(address({})).toBe('unknown')
  })
})

describe('references', () => {
  it('derive from the idempotency key and the year received', () => {
    const schema = submissionSchema({ compactComponentIds: COMPONENT_IDS })
    const key = newIdempotencyKey()
    const parsed = schema.parse(rawFromEntries(new URLSearchParams(encodeForm(validForm({ idempotencyKey: key } as FormFields)))))
    const a = buildRecord(parsed, new Date('2026-05-01T00:00:00Z'))
    const b = buildRecord(parsed, new Date('2026-07-01T00:00:00Z'))
    expect(a.reference).toBe(b.reference)
    expect(a.id).toBe(b.id)
    expect(a.reference).toMatch(/^CICC-2026-[0-9A-HJKMNP-TV-Z]{6}$/)
    expect(a.id).toMatch(/^submission-[0-9a-f]{32}$/)
  })
})
