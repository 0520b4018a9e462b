import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { readFileSync } from 'node:fs'
import { ALL_CONTENT_TAG, DOCUMENT_TYPES } from '@/lib/content/tags'
import { DEFAULT_DELAY_MS, handleRevalidateWebhook, settleDelayMs, type WebhookOptions } from '@/lib/revalidate'

const SECRET = 'a-long-shared-secret-for-the-tests'

const sign = (body: string, secret = SECRET, timestamp = Date.now()) => encodeSignatureHeader(body, timestamp, secret)
const bodyOf = (doc: object) => JSON.stringify(doc)

function setup(overrides: Partial<WebhookOptions> = {}) {
  const revalidated: string[] = []
  const logs: string[] = []
  const options: WebhookOptions = {
    secret: SECRET,
    revalidate: (tag) => void revalidated.push(tag),
    log: (message) => void logs.push(message),
    ...overrides,
  }
  return { revalidated, logs, options }
}

describe('handleRevalidateWebhook', () => {
  it('revalidates the changed type’s tag for a signed change', async () => {
    const { revalidated, options } = setup()
    const body = bodyOf({ _id: 'compactComponent-1', _type: 'compactComponent', slug: null })
    const result = await handleRevalidateWebhook({ body, signature: await sign(body) }, options)
    expect(result).toEqual({
      status: 200,
      body: { revalidated: true, tags: ['type:compactComponent'], _id: 'compactComponent-1', _type: 'compactComponent' },
    })
    expect(revalidated).toEqual(['type:compactComponent'])
  })

  it('accepts a slug, and revalidates everything for a type it does not know', async () => {
    const { revalidated, options } = setup()
    const body = bodyOf({ _id: 'image-abc', _type: 'sanity.imageAsset', slug: 'whatever' })
    const result = await handleRevalidateWebhook({ body, signature: await sign(body) }, options)
    expect(result.status).toBe(200)
    expect(revalidated).toEqual([ALL_CONTENT_TAG])
  })

  it('waits for the Content Lake to settle before revalidating, and only then', async () => {
    const events: string[] = []
    const { options } = setup({
      revalidate: (tag) => void events.push(`revalidate ${tag}`),
      settle: async () => void events.push('settle'),
    })
    const body = bodyOf({ _id: 'p', _type: 'bestPractice', slug: 'x' })
    await handleRevalidateWebhook({ body, signature: await sign(body) }, options)
    expect(events).toEqual(['settle', 'revalidate type:bestPractice'])

    events.length = 0
    await handleRevalidateWebhook({ body, signature: await sign(body, 'wrong') }, options)
    expect(events).toEqual([])
  })

  it.each([
    ['a missing signature', async () => null],
    ['an empty signature', async () => ''],
    ['a signature made with another secret', (body: string) => sign(body, 'not-the-secret')],
    ['a signature for another body', () => sign(bodyOf({ _id: 'other', _type: 'city' }))],
    ['a malformed signature', async () => 't=abc,v1=xyz'],
    ['a signature with a changed timestamp', async (body: string) => (await sign(body)).replace(/^t=(\d+)/, (_, t) => `t=${Number(t) + 1}`)],
  ])('answers 401 and revalidates nothing for %s', async (_, signature) => {
    const settle = vi.fn(async () => {})
    const { revalidated, logs, options } = setup({ settle })
    const body = bodyOf({ _id: 'compactComponent-1', _type: 'compactComponent', slug: null })
    const result = await handleRevalidateWebhook({ body, signature: await signature(body) }, options)
    expect(result.status).toBe(401)
    expect(result.body.revalidated).toBe(false)
    expect(revalidated).toEqual([])
    expect(settle).not.toHaveBeenCalled()
    expect(logs.join('\n')).not.toContain(SECRET)
  })

  it.each([undefined, '', '   '])('refuses everything when the secret is %j, even a request signed with an empty secret', async (secret) => {
    const { revalidated, options } = setup({ secret })
    const body = bodyOf({ _id: 'compactComponent-1', _type: 'compactComponent' })
    for (const signature of [await sign(body), null, 't=1700000000000,v1=abc']) {
      const result = await handleRevalidateWebhook({ body, signature }, options)
      expect(result).toEqual({ status: 503, body: { revalidated: false, message: expect.stringContaining('SANITY_REVALIDATE_SECRET') } })
    }
    expect(revalidated).toEqual([])
  })

  it.each([
    ['not JSON', 'not json at all'],
    ['an empty object', '{}'],
    ['no _type', bodyOf({ _id: 'x' })],
    ['an empty _type', bodyOf({ _id: 'x', _type: '' })],
    ['a numeric _id', bodyOf({ _id: 42, _type: 'city' })],
    ['an unflattened slug', bodyOf({ _id: 'x', _type: 'city', slug: { _type: 'slug', current: 'x' } })],
    ['an array', bodyOf([{ _id: 'x', _type: 'city' }])],
    ['null', 'null'],
  ])('answers 400 and revalidates nothing for a signed body that is %s', async (_, body) => {
    const { revalidated, options } = setup()
    const result = await handleRevalidateWebhook({ body, signature: await sign(body) }, options)
    expect(result.status).toBe(400)
    expect(result.body.revalidated).toBe(false)
    expect(revalidated).toEqual([])
  })

  it('answers 401 and revalidates nothing for a signature made over 5 minutes ago (a replay), or dated ahead', async () => {
    const body = bodyOf({ _id: 'siteSettings', _type: 'siteSettings' })
    const now = Date.parse('2026-03-02T15:00:00Z')
    for (const [ageMs, status] of [[6 * 60_000, 401], [-6 * 60_000, 401], [4 * 60_000, 200]] as const) {
      const { revalidated, options } = setup({ now: () => now })
      const result = await handleRevalidateWebhook({ body, signature: await sign(body, SECRET, now - ageMs) }, options)
      expect(result.status).toBe(status)
      expect(revalidated.length > 0).toBe(status === 200)
    }
  })

  it('answers 401 (not 400) for an unsigned bad body: nothing is read before the signature', async () => {
    const { options } = setup()
    expect((await handleRevalidateWebhook({ body: 'not json', signature: null }, options)).status).toBe(401)
    expect((await handleRevalidateWebhook({ body: '', signature: await sign('x') }, options)).status).toBe(401)
  })

  it('ignores drafts and versions, which never reach the public site', async () => {
    const { revalidated, options } = setup()
    for (const _id of ['drafts.compactComponent-1', 'versions.r1.compactComponent-1']) {
      const body = bodyOf({ _id, _type: 'compactComponent', slug: null })
      const result = await handleRevalidateWebhook({ body, signature: await sign(body) }, options)
      expect(result).toMatchObject({ status: 200, body: { revalidated: false, tags: [] } })
    }
    expect(revalidated).toEqual([])
  })
})

describe('settleDelayMs', () => {
  it('defaults to next-sanity’s 3 s, takes 0, and ignores nonsense', () => {
    expect(settleDelayMs(undefined)).toBe(DEFAULT_DELAY_MS)
    expect(settleDelayMs('')).toBe(DEFAULT_DELAY_MS)
    expect(settleDelayMs('0')).toBe(0)
    expect(settleDelayMs('250')).toBe(250)
    expect(settleDelayMs('-5')).toBe(DEFAULT_DELAY_MS)
    expect(settleDelayMs('soon')).toBe(DEFAULT_DELAY_MS)
    expect(settleDelayMs('999999')).toBe(20_000)
  })
})

// The route itself: the lib function wired to the request and to Next's revalidateTag.
const revalidateTag = vi.hoisted(() => vi.fn())
vi.mock('next/cache', () => ({ revalidateTag }))

describe('POST /api/revalidate', () => {
  beforeEach(() => {
    revalidateTag.mockReset()
    vi.stubEnv('SANITY_REVALIDATE_DELAY_MS', '0')
    vi.spyOn(console, 'info').mockImplementation(() => {})
  })
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.restoreAllMocks()
  })

  const post = async (body: string, signature?: string) => {
    const { POST } = await import('@/app/api/revalidate/route')
    const headers = new Headers({ 'content-type': 'application/json' })
    if (signature) headers.set(SIGNATURE_HEADER_NAME, signature)
    return POST(new Request('http://localhost/api/revalidate', { method: 'POST', body, headers }))
  }

  it('calls revalidateTag(tag, "max") for a signed change and answers the tags as JSON', async () => {
    vi.stubEnv('SANITY_REVALIDATE_SECRET', SECRET)
    const body = bodyOf({ _id: 'siteSettings', _type: 'siteSettings', slug: null })
    const response = await post(body, await sign(body))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/application\/json/)
    expect(await response.json()).toMatchObject({ revalidated: true, tags: ['type:siteSettings'] })
    expect(revalidateTag.mock.calls).toEqual([['type:siteSettings', 'max']])
  })

  it('answers 413 for a body over 16 KB before reading it whole, declared or streamed', async () => {
    vi.stubEnv('SANITY_REVALIDATE_SECRET', SECRET)
    const { POST } = await import('@/app/api/revalidate/route')
    const declared = await POST(
      new Request('http://localhost/api/revalidate', { method: 'POST', body: 'x', headers: { 'content-length': String(50 * 1024 * 1024) } }),
    )
    expect(declared.status).toBe(413)
    let pulled = 0
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1
        controller.enqueue(new Uint8Array(4096).fill(32))
        if (pulled > 10_000) controller.close()
      },
    })
    const streamed = await POST(new Request('http://localhost/api/revalidate', { method: 'POST', body: endless, duplex: 'half' } as RequestInit))
    expect(streamed.status).toBe(413)
    expect(pulled).toBeLessThan(10)
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it('answers 401 for a wrong signature and 503 without a secret, calling revalidateTag never', async () => {
    const body = bodyOf({ _id: 'siteSettings', _type: 'siteSettings' })
    vi.stubEnv('SANITY_REVALIDATE_SECRET', SECRET)
    expect((await post(body, await sign(body, 'guess'))).status).toBe(401)
    expect((await post(body)).status).toBe(401)
    vi.stubEnv('SANITY_REVALIDATE_SECRET', '')
    const refused = await post(body, await sign(body))
    expect(refused.status).toBe(503)
    expect(await refused.text()).not.toContain(SECRET)
    expect(revalidateTag).not.toHaveBeenCalled()
  })
})

describe('the webhook setup in the docs (docs/caching.md)', () => {
  it('filters on exactly the document types the site tags (translations included), so every publish revalidates', () => {
    const doc = readFileSync('docs/caching.md', 'utf8')
    const filter = doc.match(/\| Filter \| `_type in \[([^\]]*)\]` \|/)
    expect(filter, 'the Filter row of the webhook table').not.toBeNull()
    const types = [...filter![1]!.matchAll(/"([^"]+)"/g)].map((m) => m[1])
    expect(types.sort()).toEqual([...DOCUMENT_TYPES].sort())
  })
})
