import { afterEach, describe, expect, it, vi } from 'vitest'
import { contentSource, rateLimitSettings, readStudioEnv, SANITY_API_VERSION, sanityEnv, sanityWriteEnv, siteUrl } from '@/lib/env'

afterEach(() => vi.unstubAllEnvs())

describe('the configuration (lib/env.ts)', () => {
  it('reads nothing set as the embedded dataset, on the one API version', () => {
    for (const name of ['SANITY_PROJECT_ID', 'SANITY_DATASET', 'SANITY_API_VERSION', 'SITE_URL']) vi.stubEnv(name, '')
    expect(contentSource()).toBe('embedded')
    expect(sanityEnv()).toMatchObject({ projectId: undefined, dataset: 'production', apiVersion: SANITY_API_VERSION })
    expect(siteUrl()).toBe('http://localhost:3000')
  })

  it('trims values, and needs both a project and a dataset for the Sanity source', () => {
    vi.stubEnv('SANITY_PROJECT_ID', ' abc123 ')
    vi.stubEnv('SANITY_DATASET', '')
    expect(contentSource()).toBe('embedded')
    vi.stubEnv('SANITY_DATASET', 'staging')
    expect(contentSource()).toBe('sanity')
    expect(sanityEnv()).toMatchObject({ projectId: 'abc123', dataset: 'staging' })
  })

  it('refuses a bad value with an error naming the variable and the value', () => {
    vi.stubEnv('SUBMISSIONS_RATE_LIMIT', '0')
    expect(() => rateLimitSettings()).toThrow('SUBMISSIONS_RATE_LIMIT must be a whole number of 1 or more (SUBMISSIONS_RATE_LIMIT is "0")')
    vi.stubEnv('SUBMISSIONS_RATE_LIMIT', 'many')
    expect(() => rateLimitSettings()).toThrow(/SUBMISSIONS_RATE_LIMIT must be a whole number/)
    vi.stubEnv('SUBMISSIONS_RATE_LIMIT', '12')
    vi.stubEnv('SUBMISSIONS_RATE_WINDOW_SECONDS', '60')
    expect(rateLimitSettings()).toEqual({ limit: 12, windowMs: 60_000 })
    vi.stubEnv('SITE_URL', 'example.org')
    expect(() => siteUrl()).toThrow(/SITE_URL must be a URL .*\(SITE_URL is "example.org"\)/)
  })

  it('writes submissions to Sanity only with a project and a write token (SANITY_API_WRITE_TOKEN, else its former name)', () => {
    vi.stubEnv('SANITY_PROJECT_ID', 'abc123')
    vi.stubEnv('SANITY_API_WRITE_TOKEN', '')
    vi.stubEnv('SANITY_WRITE_TOKEN', '')
    expect(sanityWriteEnv()).toBeNull()
    vi.stubEnv('SANITY_API_WRITE_TOKEN', 'sk-write')
    expect(sanityWriteEnv()).toMatchObject({ projectId: 'abc123', writeToken: 'sk-write' })
    vi.stubEnv('SANITY_WRITE_TOKEN', 'sk-former')
    expect(sanityWriteEnv()).toMatchObject({ writeToken: 'sk-write' })
    vi.stubEnv('SANITY_API_WRITE_TOKEN', '')
    expect(sanityWriteEnv()).toMatchObject({ writeToken: 'sk-former' })
  })

  it('names the Studio’s project from its public variables first, then the server’s', () => {
    expect(readStudioEnv({ SANITY_PROJECT_ID: 'server1', NEXT_PUBLIC_SANITY_PROJECT_ID: ' public1 ' })).toEqual({ projectId: 'public1', dataset: 'production' })
    expect(readStudioEnv({ SANITY_STUDIO_PROJECT_ID: 'studio1', SANITY_PROJECT_ID: 'server1', SANITY_DATASET: 'staging' })).toEqual({ projectId: 'studio1', dataset: 'staging' })
    expect(readStudioEnv({})).toEqual({ projectId: '', dataset: 'production' })
  })
})
