import { describe, expect, it } from 'vitest'
import { sameOriginTarget } from '@/lib/security/redirect'

const BASE = 'https://center.example.org/api/draft-mode/disable?redirect=x'

describe('sameOriginTarget (the redirect after leaving draft mode)', () => {
  it.each([
    ['/about', '/about'],
    ['/cities/columbia-sc?tab=practices#contact', '/cities/columbia-sc?tab=practices#contact'],
    ['/best-practices?q=crisis%20teams', '/best-practices?q=crisis%20teams'],
    ['/es/acerca', '/es/acerca'],
    ['/ciudad/señal', '/ciudad/se%C3%B1al'],
  ])('keeps a path of the site: %s', (target, expected) => {
    expect(sameOriginTarget(target, BASE)).toBe(expected)
  })

  it.each([
    '/\t/evil.example',
    '/\t\\evil.example',
    '/\\evil.example',
    '//evil.example',
    '/\\/evil.example',
    '/\n/evil.example',
    '/\r\n/evil.example',
    'https://evil.example/',
    'javascript:alert(1)',
    'evil.example',
    '',
  ])('sends anything that leaves the site home: %j', (target) => {
    expect(sameOriginTarget(target, BASE)).toBe('/')
  })

  // Dot segments the parser removes after the origin check (issue 28): every spelling a browser or
  // URL parser turns into `..`, before a second slash or a backslash, in the path or encoded.
  const DOTS = ['..', '%2e%2e', '%2E%2E', '.%2e', '%2e.', '.%2E']
  const SLASHES = ['//', '/\\', '\\/', '\\\\', '/%09/', '/\t/', '/\n/', '/\r\n/', '/ /', '%2F/', '/%2F', '%5C/']
  const FAMILY = DOTS.flatMap((dots) =>
    SLASHES.flatMap((slashes) => [`/${dots}${slashes}evil.example`, `/a/${dots}/${dots}${slashes}evil.example/x?y=1#z`, `/${dots}/${dots}${slashes}evil.example`]),
  )
  it.each(FAMILY)('never answers a path a browser reads as another host: %j', (target) => {
    const location = sameOriginTarget(target, BASE)
    expect(location).toMatch(/^\/(?![/\\])/)
    expect(new URL(location, BASE).origin).toBe(new URL(BASE).origin)
    expect(location).not.toMatch(/^\/+evil/)
  })

  it.each([
    ['/..//evil.example', '/'],
    ['/%2e%2e//evil.example', '/'],
    ['/a/../about', '/about'],
    ['/./about', '/about'],
  ])('resolves dot segments, and refuses what they make of the path: %j', (target, expected) => {
    expect(sameOriginTarget(target, BASE)).toBe(expected)
  })

  it('never answers a header value a server cannot send (CR, LF, beyond Latin-1)', () => {
    for (const target of ['/about\r\nSet-Cookie: x=1', '/ab\u0000out', '/日本', '/about\u2028']) {
      const location = sameOriginTarget(target, BASE)
      expect(() => new Headers({ location })).not.toThrow()
      expect(location).toMatch(/^\/[\x21-\x7e]*$/)
    }
  })
})
