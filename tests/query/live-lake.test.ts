/**
 * The loopback Content Lake's Live support (tests/support/query-server.ts), driven by the real
 * `@sanity/client`: sync tags on query answers, the live events stream and its messages, replay after
 * a reconnect, drafts kept off the public stream, CORS for browsers.
 */
import { createClient, type LiveEvent, type SanityClient } from '@sanity/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SANITY_API_VERSION } from '@/lib/env'
import { compactComponentQuery, homePageQuery, siteSettingsQuery } from '@/lib/content/queries'
import { loadDatasetFile } from '../support/dataset'
import { startQueryServer, syncTag, type QueryServer } from '../support/query-server'

const docs = loadDatasetFile()
let lake: QueryServer
let client: SanityClient

beforeAll(async () => {
  lake = await startQueryServer({ documents: docs })
  client = createClient({ projectId: 'live-test', dataset: lake.dataset, apiVersion: SANITY_API_VERSION, apiHost: lake.url, useProjectHostname: false, useCdn: false })
})
afterAll(() => lake.stop())

const component = () => lake.documents().find((d) => d._id === 'compactComponent-1')!

async function syncTagsOf(query: string, params: Record<string, unknown> = {}): Promise<string[]> {
  const response = await client.fetch<unknown>(query, params, { filterResponse: false, returnQuery: false })
  return (response as { syncTags: string[] }).syncTags
}

/** Collects the events of one subscription until `stop()`. */
function listen(c: SanityClient = client, includeDrafts = false) {
  const received: LiveEvent[] = []
  const subscription = c.live.events({ includeDrafts, tag: 'test' }).subscribe({ next: (event) => received.push(event) })
  const until = async (predicate: (events: LiveEvent[]) => boolean, ms = 5000) => {
    const deadline = Date.now() + ms
    while (!predicate(received)) {
      if (Date.now() > deadline) throw new Error(`no such event within ${ms} ms: ${JSON.stringify(received)}`)
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  }
  return { received, until, stop: () => subscription.unsubscribe() }
}

describe('sync tags', () => {
  it('tag a query with the types its filters read and the documents it dereferences, opaque like the Lake’s', async () => {
    const tags = await syncTagsOf(compactComponentQuery.query, { number: 1 })
    expect(tags).toContain(syncTag('type:compactComponent'))
    expect(tags).toContain(syncTag('type:bestPractice')) // its practices
    expect(tags).not.toContain(syncTag('type:video'))
    expect(tags.every((tag) => /^s1:[\w-]{10}$/.test(tag))).toBe(true)
    // The settings singleton is read by id: its own type, nothing broader.
    const settings = await syncTagsOf(siteSettingsQuery.query)
    expect(settings).not.toContain(syncTag('*'))
    // An unnarrowed `*` reads everything.
    expect(await syncTagsOf('count(*)')).toContain(syncTag('*'))
    // A dereference tags the document it reached.
    const city = docs.find((d) => d._type === 'bestPractice' && (d.city as { _ref?: string } | undefined)?._ref)!
    const cityId = (city.city as { _ref: string })._ref
    expect(await syncTagsOf('*[_id == $id][0]{"city": city->name}', { id: city._id })).toContain(syncTag(`doc:${cityId}`))
    expect(lake.requests.at(-1)?.syncTags).toContain(syncTag(`doc:${cityId}`))
  })

  it('records lastLiveEventId', async () => {
    await client.fetch(homePageQuery.query, {}, { lastLiveEventId: 'abc-1' })
    expect(lake.requests.at(-1)?.lastLiveEventId).toBe('abc-1')
  })
})

describe('the live events stream', () => {
  it('welcomes, then sends one message per change with the tags the change touches', async () => {
    const live = listen()
    await live.until((events) => events.some((e) => e.type === 'welcome'))
    expect(lake.listeners()).toBe(1)

    lake.putDocument({ ...component(), title: `Changed ${Date.now()}` })
    await live.until((events) => events.some((e) => e.type === 'message'))
    const message = live.received.find((e) => e.type === 'message')!
    expect(message).toMatchObject({ type: 'message', id: lake.events.at(-1)!.id })
    const tags = (message as { tags: string[] }).tags
    expect(tags).toEqual(expect.arrayContaining([syncTag('type:compactComponent'), syncTag('doc:compactComponent-1'), syncTag('*')]))
    // The component page's query is invalidated by it; a query that reads no component is not.
    const componentTags = await syncTagsOf(compactComponentQuery.query, { number: 1 })
    expect(componentTags.filter((tag) => tags.includes(tag))).not.toEqual([])
    const settingsTags = await syncTagsOf(siteSettingsQuery.query)
    expect(settingsTags.filter((tag) => tags.includes(tag))).toEqual([])
    live.stop()
  })

  it('keeps drafts off the public stream; includeDrafts needs the token and gets them', async () => {
    const publicLive = listen()
    const withToken = createClient({ ...client.config(), token: lake.token })
    const draftLive = listen(withToken, true)
    await publicLive.until((events) => events.some((e) => e.type === 'welcome'))
    await draftLive.until((events) => events.some((e) => e.type === 'welcome'))
    const before = publicLive.received.length
    lake.putDocument({ ...component(), _id: 'drafts.compactComponent-1', title: 'Draft title' })
    await draftLive.until((events) => events.some((e) => e.type === 'message'))
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(publicLive.received.slice(before).filter((e) => e.type === 'message')).toEqual([])
    publicLive.stop()
    draftLive.stop()

    const anonymous = await fetch(`${lake.url}/v${SANITY_API_VERSION}/data/live/events/${lake.dataset}?includeDrafts=true`)
    expect(anonymous.status).toBe(401)
  })

  it('replays missed events after Last-Event-ID, and asks an unknown id to restart', async () => {
    const lastSeen = lake.events.at(-1)!.id
    lake.putDocument({ ...component(), title: 'Missed while away' })
    const url = `${lake.url}/v${SANITY_API_VERSION}/data/live/events/${lake.dataset}`
    const read = async (lastEventId: string) => {
      const controller = new AbortController()
      const response = await fetch(url, { headers: { 'last-event-id': lastEventId }, signal: controller.signal })
      const reader = response.body!.getReader()
      let text = ''
      while (!text.includes('event: welcome')) text += new TextDecoder().decode((await reader.read()).value)
      controller.abort()
      return text
    }
    const replayed = await read(lastSeen)
    expect(replayed).toContain(`id: ${lake.events.at(-1)!.id}\nevent: message`)
    expect(await read('unknown-7')).toContain('event: restart')
  })

  it('answers browsers from allowed origins only (CORS), and says so on /check/cors', async () => {
    const url = `${lake.url}/v${SANITY_API_VERSION}/data/query/${lake.dataset}?query=1`
    const allowed = await fetch(url, { headers: { origin: 'http://127.0.0.1:3000' } })
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:3000')
    const other = await fetch(url, { headers: { origin: 'https://evil.example' } })
    expect(other.headers.get('access-control-allow-origin')).toBeNull()
    const check = await fetch(`${lake.url}/v${SANITY_API_VERSION}/check/cors`, { headers: { origin: 'https://evil.example' } })
    expect(await check.json()).toEqual({ result: { allowed: false, withCredentials: false } })
  })
})
