import { describe, expect, it } from 'vitest'
import { createKnownRoutes, type Lookup } from '@/lib/content/known-routes'
import { citySlugsQuery, compactNumbersQuery } from '@/lib/content/queries'
import { runQuery } from '@/lib/content/run'

/** A look-up over documents the test changes, counting the queries it answers. */
function fakeContent() {
  const content = { cities: ['dallas-tx', 'san-antonio-tx'], compact: ['1', '2'] }
  let queries = 0
  let failing = false
  const lookup: Lookup = async (query) => {
    queries++
    await new Promise((resolve) => setTimeout(resolve, 5))
    if (failing) throw new Error('lake down')
    if (query === citySlugsQuery) return content.cities.map((slug) => ({ slug }))
    if (query === compactNumbersQuery) return content.compact.map((number) => ({ number }))
    return []
  }
  return {
    content,
    lookup,
    queries: () => queries,
    fail: (value: boolean) => {
      failing = value
    },
  }
}

describe('known detail routes', () => {
  it('knows what exists and what does not, per kind', async () => {
    const fake = fakeContent()
    const exists = createKnownRoutes(fake.lookup)
    expect(await exists('/cities/dallas-tx')).toBe(true)
    expect(await exists('/cities/dallas-tx/')).toBe(true)
    expect(await exists('/cities/no-such-city')).toBe(false)
    expect(await exists('/compact/2')).toBe(true)
    expect(await exists('/compact/99')).toBe(false)
  })

  it('checks the Spanish address of a detail page as its English one', async () => {
    const fake = fakeContent()
    const exists = createKnownRoutes(fake.lookup)
    expect(await exists('/es/compact/2')).toBe(true)
    expect(await exists('/es/compact/99')).toBe(false)
    expect(await exists('/es/compact/')).toBe(true)
    expect(await exists('/es')).toBe(true)
  })

  it('asks nothing for an address that is not a detail page', async () => {
    const fake = fakeContent()
    const exists = createKnownRoutes(fake.lookup)
    for (const path of ['/', '/cities', '/about', '/cities/dallas-tx/extra', '/best-practices']) expect(await exists(path), path).toBe(true)
    expect(fake.queries()).toBe(0)
  })

  it('remembers known slugs, but looks an unknown one up afresh (a document just published is never refused)', async () => {
    const fake = fakeContent()
    const exists = createKnownRoutes(fake.lookup)
    await exists('/cities/dallas-tx')
    await exists('/cities/san-antonio-tx')
    expect(fake.queries()).toBe(1)
    expect(await exists('/cities/austin-tx')).toBe(false)
    expect(fake.queries()).toBe(2)
    fake.content.cities.push('austin-tx')
    expect(await exists('/cities/austin-tx')).toBe(true)
  })

  it('shares one look-up among requests arriving together', async () => {
    const fake = fakeContent()
    const exists = createKnownRoutes(fake.lookup)
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => exists(`/cities/made-up-${i}`)))
    expect(answers.every((answer) => answer === false)).toBe(true)
    expect(fake.queries()).toBe(1)
  })

  it('lets the page decide when the look-up fails, or the slug is not a valid escape', async () => {
    const fake = fakeContent()
    const exists = createKnownRoutes(fake.lookup)
    fake.fail(true)
    expect(await exists('/cities/no-such-city')).toBe(true)
    fake.fail(false)
    expect(await exists('/cities/no-such-city')).toBe(false)
    expect(await exists('/cities/%E0%A4')).toBe(true)
  })

  it('lets the page decide when the look-up is slow (the Content Lake down), without waiting for it', async () => {
    const never: Lookup = () => new Promise(() => undefined)
    const exists = createKnownRoutes(never, 50)
    // Without the time limit this never settles, and the test fails on vitest's own timeout.
    expect(await exists('/cities/no-such-city')).toBe(true)
  })

  it('reads percent-escaped slugs as the pages do', async () => {
    const fake = fakeContent()
    fake.content.cities.push('ciudad-juárez')
    const exists = createKnownRoutes(fake.lookup)
    expect(await exists('/cities/ciudad-ju%C3%A1rez')).toBe(true)
  })

  it('answers from the embedded dataset by default', async () => {
    const exists = createKnownRoutes()
    const [first] = await runQuery(citySlugsQuery)
    expect(await exists(`/cities/${first!.slug}`)).toBe(true)
    expect(await exists('/cities/no-such-city')).toBe(false)
    expect(await exists('/compact/1')).toBe(true)
    expect(await exists('/compact/99')).toBe(false)
    expect(await exists('/best-practices/no-such-practice')).toBe(false)
    expect(await exists('/organizations/no-such-organization')).toBe(false)
  })
})
