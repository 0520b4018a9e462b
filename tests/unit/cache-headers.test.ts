/** lib/cache-headers.ts: which responses shared caches may keep (next.config headers()). */
import { describe, expect, it } from 'vitest'
import { SHARED_PAGE_CACHE_CONTROL, SHARED_PAGES, sharedPageCacheRules } from '@/lib/cache-headers'
import { DRAFT_MODE_COOKIES } from '@/lib/security/headers'

describe('shared-cache rules', () => {
  const rules = sharedPageCacheRules()

  it('cover exactly the pages rendered per request that depend on their address only', () => {
    expect(rules.map((r) => r.source)).toEqual([...SHARED_PAGES])
    expect(SHARED_PAGES).toEqual(['/best-practices', '/es/best-practices', '/cities'])
  })

  it('let shared caches keep them a minute, never browsers', () => {
    for (const rule of rules) expect(rule.headers).toEqual([{ key: 'Cache-Control', value: SHARED_PAGE_CACHE_CONTROL }])
    expect(SHARED_PAGE_CACHE_CONTROL).toMatch(/^public, max-age=0, s-maxage=60\b/)
  })

  it('leave out draft mode (either cookie), client-side navigations (RSC payloads) and Server Action calls', () => {
    for (const rule of rules) {
      expect(rule.missing).toEqual(
        expect.arrayContaining([{ type: 'header', key: 'rsc' }, { type: 'header', key: 'next-action' }, ...DRAFT_MODE_COOKIES.map((key) => ({ type: 'cookie', key }))]),
      )
      expect(rule.has).toBeUndefined()
    }
  })
})
