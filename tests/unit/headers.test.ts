/**
 * The security headers builder (lib/security/headers.ts): each part's CSP allows what that part
 * needs and nothing more, every response gets the fixed headers, and the rules handed to
 * next.config's headers() put the right policy on each path (the last matching rule wins).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildCustomRoute } from 'next/dist/lib/build-custom-route'
import { matchHas } from 'next/dist/shared/lib/router/utils/prepare-destination'
import { describe, expect, it } from 'vitest'
import {
  contentSecurityPolicy,
  documentHeaders,
  DRAFT_MODE_COOKIES,
  everyResponseHeaders,
  parseCsp,
  partFor,
  securityHeaderRules,
  securityHeaders,
  type CspPart,
  type HeaderRule,
} from '@/lib/security/headers'

const csp = (part: CspPart, dev = false) => parseCsp(contentSecurityPolicy(part, { dev }))

describe('the public CSP', () => {
  const site = csp('site')

  it('allows the site itself and nothing executable from elsewhere', () => {
    expect(site.get('default-src')).toEqual(["'self'"])
    expect(site.get('script-src')).toEqual(["'self'", "'unsafe-inline'"])
    expect(site.get('connect-src')).toEqual(["'self'"])
    expect(site.get('object-src')).toEqual(["'none'"])
    expect(site.get('base-uri')).toEqual(["'self'"])
    expect(site.get('form-action')).toEqual(["'self'"])
    expect(site.get('frame-ancestors')).toEqual(["'none'"])
    expect(site.get('img-src')).toEqual(["'self'", 'data:', 'https://cdn.sanity.io'])
  })

  it('never allows eval, wildcards or plain schemes for scripts and requests', () => {
    const text = contentSecurityPolicy('site')
    expect(text).not.toContain("'unsafe-eval'")
    for (const [name, sources] of site) {
      for (const source of sources) {
        expect(source, `${name} ${source}`).not.toMatch(/^(\*|https?:|wss?:|blob:)$/)
      }
    }
  })

  it("adds 'unsafe-eval' and the HMR socket only for next dev", () => {
    expect(csp('site', true).get('script-src')).toContain("'unsafe-eval'")
    expect(csp('site', true).get('connect-src')).toContain('ws:')
    for (const part of ['site', 'preview', 'studio'] as const) {
      expect(contentSecurityPolicy(part)).not.toContain("'unsafe-eval'")
      expect(contentSecurityPolicy(part)).not.toMatch(/(^|\s)ws:/)
    }
  })

  it('is one header line: directives separated by semicolons, no line breaks', () => {
    for (const part of ['site', 'preview', 'studio'] as const) {
      const text = contentSecurityPolicy(part)
      expect(text).not.toMatch(/[\r\n]/)
      expect(text.split('; ').length).toBe(parseCsp(text).size)
    }
  })
})

describe('the CSP with a Sanity project (Live)', () => {
  it('lets pages reach the project’s API origin, and nothing broader; the Studio keeps its own', () => {
    const origin = 'https://abc123.api.sanity.io'
    for (const part of ['site', 'preview'] as const) {
      const directives = parseCsp(contentSecurityPolicy(part, { liveOrigin: origin }))
      expect(directives.get('connect-src'), part).toEqual(["'self'", origin])
      // Only connect-src changes.
      const without = parseCsp(contentSecurityPolicy(part))
      for (const [name, sources] of without) if (name !== 'connect-src') expect(directives.get(name), `${part} ${name}`).toEqual(sources)
    }
    expect(contentSecurityPolicy('studio', { liveOrigin: origin })).toBe(contentSecurityPolicy('studio'))
    expect(parseCsp(contentSecurityPolicy('site', { liveOrigin: null })).get('connect-src')).toEqual(["'self'"])
  })

  it('takes the origin from the configured project, and only when one is configured', async () => {
    const { liveOrigin } = await import('@/lib/env')
    const saved = { ...process.env }
    try {
      delete process.env.SANITY_API_HOST
      process.env.SANITY_PROJECT_ID = ''
      expect(liveOrigin()).toBeNull()
      process.env.SANITY_PROJECT_ID = 'abc123'
      process.env.SANITY_DATASET = 'production'
      expect(liveOrigin()).toBe('https://abc123.api.sanity.io')
      process.env.SANITY_API_HOST = 'http://127.0.0.1:4321/'
      expect(liveOrigin()).toBe('http://127.0.0.1:4321')
    } finally {
      process.env = saved
    }
  })
})

describe('the draft-mode preview CSP', () => {
  it('differs from the public one only in letting the site frame the page', () => {
    const site = csp('site')
    const preview = csp('preview')
    expect(preview.get('frame-ancestors')).toEqual(["'self'"])
    for (const [name, sources] of site) if (name !== 'frame-ancestors') expect(preview.get(name), name).toEqual(sources)
  })
})

describe('the Studio CSP', () => {
  const studio = csp('studio')

  it('lets the Studio reach the Sanity API over https and websockets (and its version check on sanity-cdn.com), and nothing else outside', () => {
    expect(studio.get('connect-src')).toEqual(["'self'", 'https://*.sanity.io', 'wss://*.sanity.io', 'https://sanity-cdn.com'])
    expect(studio.get('script-src')).toEqual(["'self'", "'unsafe-inline'"])
  })

  it('opens the Studio to a loopback test lake only when given one (studioApiOrigin), and no other part', () => {
    const origin = 'https://127.0.0.1:3671'
    expect(parseCsp(contentSecurityPolicy('studio', { studioApiOrigin: origin })).get('connect-src')).toEqual([
      "'self'",
      'https://*.sanity.io',
      'wss://*.sanity.io',
      'https://sanity-cdn.com',
      origin,
      'wss://127.0.0.1:3671',
    ])
    expect(parseCsp(contentSecurityPolicy('site', { studioApiOrigin: origin })).get('connect-src')).toEqual(["'self'"])
    expect(parseCsp(contentSecurityPolicy('studio', { studioApiOrigin: null })).get('connect-src')).not.toContain(origin)
  })

  it('frames the site (Presentation tool) and may be framed only by the site', () => {
    expect(studio.get('frame-src')).toEqual(["'self'"])
    expect(studio.get('frame-ancestors')).toEqual(["'self'"])
    expect(studio.get('object-src')).toEqual(["'none'"])
    expect(studio.get('base-uri')).toEqual(["'self'"])
  })

  it('shows images from Sanity', () => {
    expect(studio.get('img-src')).toEqual(expect.arrayContaining(["'self'", 'data:', 'blob:', 'https://cdn.sanity.io']))
  })
})

describe('the fixed headers', () => {
  it('are on every part, with the values the site promises', () => {
    for (const part of ['site', 'preview', 'studio'] as const) {
      const headers = Object.fromEntries(securityHeaders(part).map((h) => [h.key, h.value]))
      expect(headers['Strict-Transport-Security']).toBe('max-age=63072000; includeSubDomains; preload')
      expect(headers['X-Content-Type-Options']).toBe('nosniff')
      expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin')
      expect(headers['Permissions-Policy']).toBe('camera=(), microphone=(), geolocation=(), interest-cohort=()')
      expect(headers['Content-Security-Policy']).toBe(contentSecurityPolicy(part))
      expect(headers['X-Frame-Options']).toBe(part === 'site' ? 'DENY' : 'SAMEORIGIN')
    }
  })

  it.each([
    ['the build files it serves from disk', /location \/_next\/static\/ \{([\s\S]*?)\n {8}\}/],
    ...['400', '494', '405', '413', '414', '429', '502', '504'].map((code) => [`the ${code} it answers itself`, new RegExp(`location = /\\.nginx-refused-${code} \\{([\\s\\S]*?)\\n {8}\\}`)] as [string, RegExp]),
  ])('are the ones nginx adds to %s', (_, location) => {
    const template = readFileSync(join(__dirname, '..', '..', 'deploy', 'nginx.conf.template'), 'utf8')
    const block = location.exec(template)?.[1] ?? ''
    const added = new Map([...block.matchAll(/add_header ([\w-]+) "([^"]*)" always;/g)].map((m) => [m[1]!.toLowerCase(), m[2]!]))
    expect(block, 'the location exists').not.toBe('')
    for (const { key, value } of everyResponseHeaders()) expect(added.get(key.toLowerCase()), key).toBe(value)
  })

  it('nginx answers every error of its own from a location with those headers (issue 28: 413, 405, 400 had none)', () => {
    const template = readFileSync(join(__dirname, '..', '..', 'deploy', 'nginx.conf.template'), 'utf8')
    const pages = [...template.matchAll(/^\s*error_page ([\d ]+?) (?:=\d+ )?\/\.nginx-refused-(\d+);$/gm)]
    const codes = pages.flatMap((m) => m[1]!.split(' '))
    for (const code of ['400', '494', '405', '413', '414', '429', '502', '504']) expect(codes, code).toContain(code)
    for (const [, , name] of pages) {
      const block = new RegExp(`location = /\\.nginx-refused-${name} \\{([\\s\\S]*?)\\n {8}\\}`).exec(template)?.[1] ?? ''
      const added = new Map([...block.matchAll(/add_header ([\w-]+) "([^"]*)" always;/g)].map((m) => [m[1]!.toLowerCase(), m[2]!]))
      for (const { key } of documentHeaders('site')) expect(added.has(key.toLowerCase()), `${name} ${key}`).toBe(true)
    }
  })
})

interface Request {
  path: string
  cookies?: string[]
  headers?: Record<string, string>
}

/**
 * Applies the rules as Next does (its own route compiler and has/missing matcher): every rule that
 * matches, later ones overriding earlier ones for the same header.
 */
function headersFor(rules: HeaderRule[], { path, cookies = [], headers = {} }: Request): Map<string, string> {
  const req = {
    headers: { ...headers, cookie: cookies.map((c) => `${c}=x`).join('; ') },
    cookies: Object.fromEntries(cookies.map((c) => [c, 'x'])),
  } as unknown as Parameters<typeof matchHas>[0]
  const result = new Map<string, string>()
  for (const rule of rules) {
    const compiled = buildCustomRoute('header', { ...rule, headers: rule.headers }) as { regex: string }
    if (!new RegExp(compiled.regex).test(path)) continue
    if (!matchHas(req, {}, rule.has, rule.missing)) continue
    for (const { key, value } of rule.headers) result.set(key, value)
  }
  return result
}

describe('the rules for next.config headers()', () => {
  const rules = securityHeaderRules()

  it('give every response the headers every response needs', () => {
    for (const path of ['/', '/about', '/best-practices/x', '/api/revalidate', '/feed.xml', '/sitemap.xml', '/no-such-page', '/_next/static/chunks/a.js', '/_next/image', '/studio', '/studio/structure']) {
      for (const request of [{ path }, { path, headers: { rsc: '1' } }, { path, headers: { rsc: '0' } }]) {
        const headers = headersFor(rules, request)
        for (const { key, value } of everyResponseHeaders()) expect(headers.get(key), `${path} ${key}`).toBe(value)
      }
    }
  })

  it('put the right policy on each document, and none on build files and RSC payloads', () => {
    const cases: [Request, CspPart | null][] = [
      [{ path: '/' }, 'site'],
      [{ path: '/compact/1' }, 'site'],
      [{ path: '/api/revalidate' }, 'site'],
      [{ path: '/feed.xml' }, 'site'],
      [{ path: '/studios-of-the-city' }, 'site'],
      [{ path: '/_next/image' }, 'site'],
      [{ path: '/api/draft-mode/enable' }, 'preview'],
      [{ path: '/api/draft-mode/disable' }, 'preview'],
      [{ path: '/', cookies: ['__prerender_bypass'] }, 'preview'],
      [{ path: '/cities/x', cookies: ['__next_preview_data'] }, 'preview'],
      [{ path: '/studio' }, 'studio'],
      [{ path: '/studio/presentation', cookies: ['__prerender_bypass'] }, 'studio'],
      [{ path: '/_next/static/chunks/a.js' }, null],
      [{ path: '/_next/static/css/a.css', cookies: ['__prerender_bypass'] }, null],
      [{ path: '/about', headers: { rsc: '1' } }, null],
      [{ path: '/studio', headers: { rsc: '1' } }, null],
      // Next answers the HTML document to any other value (issue 28): it gets its policy.
      [{ path: '/about', headers: { rsc: '0' } }, 'site'],
      [{ path: '/about', headers: { rsc: '' } }, 'site'],
      [{ path: '/about', headers: { rsc: 'true' } }, 'site'],
      [{ path: '/about', headers: { rsc: '1, 1' } }, 'site'],
      [{ path: '/about', headers: { rsc: '11' } }, 'site'],
      [{ path: '/studio', headers: { rsc: '0' } }, 'studio'],
      [{ path: '/', headers: { rsc: '0' }, cookies: ['__prerender_bypass'] }, 'preview'],
    ]
    for (const [request, part] of cases) {
      const what = JSON.stringify(request)
      expect(partFor(request.path, request.cookies, request.headers), what).toBe(part)
      const headers = headersFor(rules, request)
      if (part === null) {
        for (const key of ['Content-Security-Policy', 'X-Frame-Options', 'Permissions-Policy']) expect(headers.has(key), `${what} ${key}`).toBe(false)
      } else {
        for (const { key, value } of documentHeaders(part)) expect(headers.get(key), `${what} ${key}`).toBe(value)
      }
    }
  })

  it('match the draft-mode cookies Next sets', () => {
    expect(DRAFT_MODE_COOKIES).toEqual(['__prerender_bypass', '__next_preview_data'])
  })
})
