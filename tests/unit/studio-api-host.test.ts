/** The Studio takes another API host only for the tests' loopback lake (sanity/api-host.ts). */
import { describe, expect, it } from 'vitest'
import { loopbackApiHost } from '../../sanity/api-host'

describe('loopbackApiHost', () => {
  it('takes a loopback SANITY_STUDIO_API_HOST, as an origin', () => {
    expect(loopbackApiHost({ SANITY_STUDIO_API_HOST: 'https://127.0.0.1:3171/' })).toBe('https://127.0.0.1:3171')
    expect(loopbackApiHost({ SANITY_STUDIO_API_HOST: 'http://localhost:4000' })).toBe('http://localhost:4000')
  })

  it('is not moved by SANITY_API_HOST: the server may read a loopback lake while the Studio, built without it in its CSP, talks to Sanity', () => {
    expect(loopbackApiHost({ SANITY_API_HOST: 'http://127.0.0.1:3171' })).toBeNull()
    expect(loopbackApiHost({ SANITY_API_HOST: 'http://127.0.0.1:3171', SANITY_STUDIO_API_HOST: 'https://127.0.0.1:3172' })).toBe('https://127.0.0.1:3172')
  })

  it('gives null without one, and for any other host (a public deployment never opens the Studio to it)', () => {
    expect(loopbackApiHost({})).toBeNull()
    expect(loopbackApiHost({ SANITY_STUDIO_API_HOST: '' })).toBeNull()
    expect(loopbackApiHost({ SANITY_STUDIO_API_HOST: 'https://api.example.com' })).toBeNull()
    expect(loopbackApiHost({ SANITY_STUDIO_API_HOST: 'https://abc123.api.sanity.io' })).toBeNull()
    expect(loopbackApiHost({ SANITY_STUDIO_API_HOST: 'http://127.0.0.1.evil.example:80' })).toBeNull()
    expect(loopbackApiHost({ SANITY_STUDIO_API_HOST: 'https://evil.example', SANITY_API_HOST: 'http://127.0.0.1:3171' })).toBeNull()
    expect(loopbackApiHost({ SANITY_STUDIO_API_HOST: 'not a url' })).toBeNull()
  })
})
