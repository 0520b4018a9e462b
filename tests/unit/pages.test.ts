/**
 * The table of pages (lib/page-table.json, lib/pages.ts) and every list derived from it: each row has its
 * route in app/[lang]/ and each route its row; the language switch, hreflang and the proxy's 404s
 * (hasSpanishVersion, pageRoute), the sitemap's pages, cache headers, the pages that take a POST
 * (the proxy's methods, the nginx recipe's locations), the bench's templates and the tests' lists.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { QUICK_TEMPLATES } from '@/bench/budgets'
import { publicTemplates } from '@/bench/templates'
import { postPageLocations, postPagePaths, renderTemplate, TEMPLATE } from '@/deploy/recipe.mjs'
import { SHARED_PAGES } from '@/lib/cache-headers'
import { hasSpanishVersion, hrefIn, isPageAddress, localePath, pageRoute, publicPath } from '@/lib/i18n/locales'
import { FIXED_PAGES, pageOf, PAGES, type PageRow } from '@/lib/pages'
import { SECTION_PATHS } from '@/lib/routes'
import { SUBMIT_PATHS } from '@/lib/submissions/paths'
import { NOT_FOUND_PATH } from '@/proxy'

const ROOT = join(__dirname, '..', '..')
const APP = join(ROOT, 'app', '[lang]')
const APP_ROOT = join(ROOT, 'app')

/** The route folder of a row: '/cities/:slug' → app/[lang]/cities/[slug]. */
const routeDir = (row: PageRow) => join(APP, ...row.path.split('/').filter(Boolean).map((s) => (s.startsWith(':') ? `[${s.slice(1)}]` : s)))
/** An address of a row (a detail page: a made-up key of the right form). */
const addressOf = (row: PageRow) => row.path.replace(':number', '7').replace(':slug', 'some-slug')
/** Both languages' addresses of the pages a row has. */
const inEachLanguage = (paths: string[]) => paths.flatMap((p) => (hasSpanishVersion(p) ? [p, localePath('es', p)] : [p]))

function pageFiles(dir: string, at = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return pageFiles(join(dir, entry.name), `${at}/${entry.name}`)
    return entry.name === 'page.tsx' ? [at || '/'] : []
  })
}

describe('the table of pages', () => {
  it('has one row per address, and no two rows for one address', () => {
    expect(new Set(PAGES.map((r) => r.path)).size).toBe(PAGES.length)
    for (const row of PAGES) expect(pageOf(addressOf(row)), row.path).toBe(row)
    expect(pageOf('/no-such-page')).toBeNull()
    expect(pageOf('/compact/100')).toBeNull()
    expect(pageOf('/compact/0')).toBeNull()
  })

  it('every row has its route in app/[lang]/ and every route there has its row', () => {
    for (const row of PAGES) expect(existsSync(join(routeDir(row), 'page.tsx')), row.path).toBe(true)
    const routes = pageFiles(APP).map((p) => p.replace(/\[(\w+)\]/g, ':$1'))
    expect(routes.sort()).toEqual(PAGES.map((r) => r.path).sort())
  })

  it('an English-only page is prerendered in English only; a page with a Spanish version in both languages', () => {
    for (const row of PAGES) {
      const source = readFileSync(join(routeDir(row), 'page.tsx'), 'utf8')
      expect(/englishOnly(Params\b|\()/.test(source), `${row.path}: englishOnly in its generateStaticParams`).toBe(!row.spanish)
      if (row.spanish) expect(/routeLang\(params\)/.test(source), `${row.path}: its language from the route`).toBe(true)
    }
  })

  it('every section of the Center is a row', () => {
    for (const path of Object.values(SECTION_PATHS)) expect(pageOf(path), path).not.toBeNull()
  })

  it('the proxy leaves every address outside app/[lang] alone: the Studio, route handlers, metadata files and public/', () => {
    const outside = [
      ...readdirSync(APP_ROOT).filter((name) => !name.startsWith('[') && !/^global-not-found|\.css$|^layout\./.test(name)),
      ...readdirSync(join(ROOT, 'public')),
    ].flatMap((name) => {
      if (name.startsWith('(')) return readdirSync(join(APP_ROOT, name)).filter((child) => !/\.tsx?$/.test(child))
      return [name.replace(/\.(ts|tsx)$/, (ext) => (name === 'robots.ts' ? '.txt' : name === 'sitemap.ts' ? '.xml' : ext))]
    })
    expect(outside.length).toBeGreaterThan(4)
    for (const name of outside) expect(isPageAddress(`/${name}`), name).toBe(false)
  })

  it('the internal not-found address is no page of the table', () => {
    expect(pageOf(NOT_FOUND_PATH)).toBeNull()
    expect(NOT_FOUND_PATH.split('/').filter(Boolean).length).toBeGreaterThan(1)
  })
})

describe('lists derived from the table', () => {
  it('the language switch, hreflang links and the proxy: a Spanish version exactly where the table says', () => {
    for (const row of PAGES) {
      const path = addressOf(row)
      expect(hasSpanishVersion(path), path).toBe(Boolean(row.spanish))
      expect(hrefIn('es', path), path).toEqual(row.spanish ? { href: localePath('es', path), lang: 'es' } : { href: path, lang: 'en' })
      expect(pageRoute(localePath('es', path)), path).toBe(row.spanish ? localePath('es', path) : null)
      expect(pageRoute(path), path).toBe(path === '/' ? '/en' : `/en${path}`)
    }
  })

  it('a route’s path seen on the server (/en/…) is turned back into the public address (the language switch, the preview bar)', () => {
    expect(publicPath('/en/compact/3')).toBe('/compact/3')
    expect(publicPath('/en')).toBe('/')
    expect(publicPath('/es/compact/3')).toBe('/es/compact/3')
    expect(publicPath('/compact/3')).toBe('/compact/3')
    expect(publicPath('/english')).toBe('/english')
  })

  it('cache headers: the shared pages, in each language they have', () => {
    expect([...SHARED_PAGES].sort()).toEqual(inEachLanguage(FIXED_PAGES.filter((r) => r.shared).map((r) => r.path)).sort())
  })

  it('the pages that take a POST: the proxy’s and the nginx recipe’s, in each language', () => {
    const expected = inEachLanguage(FIXED_PAGES.filter((r) => r.post).map((r) => r.path)).sort()
    expect([...SUBMIT_PATHS].sort()).toEqual(expected)
    expect([...postPagePaths()].sort()).toEqual(expected)
    const template = readFileSync(TEMPLATE, 'utf8')
    const values = Object.fromEntries([...template.matchAll(/\{\{(\w+)\}\}/g)].map(([, name]) => [name!, name === 'POST_PAGE_LOCATIONS' ? postPageLocations() : 'x']))
    const config = renderTemplate(template, values)
    const locations = [...config.matchAll(/location (\/[^\s{]*) \{\s*proxy_pass http:\/\/next_app;\s*proxy_cache off;/g)].map((m) => m[1])
    for (const path of expected) expect(locations, path).toContain(path)
    expect(locations.filter((l) => l !== '/api/' && l !== '/studio').sort()).toEqual(expected)
  })

  it('the sitemap lists the table’s pages (app/sitemap.ts reads `sitemap`), never the confirmation', () => {
    const source = readFileSync(join(ROOT, 'app', 'sitemap.ts'), 'utf8')
    expect(source).toMatch(/row\.sitemap === 'page'/)
    expect(source).not.toMatch(/LISTING_PATHS|SECTION_PATHS/)
    expect(pageOf('/submit/received')?.sitemap).toBe(false)
  })

  it('the bench measures every row, and every Spanish version, once', () => {
    const samples = Object.fromEntries(PAGES.filter((r) => r.path.includes(':') && !r.sample).map((r) => [r.path, addressOf(r)]))
    const templates = publicTemplates(samples, false)
    expect(new Set(templates.map(([name]) => name)).size).toBe(templates.length)
    const paths = templates.map(([, path]) => path)
    expect(paths.filter((p) => !p.startsWith('/es')).map((p) => pageOf(p)?.path).sort()).toEqual(PAGES.map((r) => r.path).sort())
    expect(paths.filter((p) => p.startsWith('/es')).map((p) => pageOf(p.slice(3) || '/')?.path).sort()).toEqual(PAGES.filter((r) => r.spanish).map((r) => r.path).sort())
    const quick = publicTemplates(samples, true)
    expect(quick.map(([template]) => template).sort()).toEqual(QUICK_TEMPLATES.map((q) => q.template).sort())
  })

  it('the tests’ lists of pages read the table (the Spanish pairs, the addresses recorded before the one tree)', () => {
    const spanishSpec = readFileSync(join(ROOT, 'tests', 'e2e', 'spanish.spec.ts'), 'utf8')
    expect(spanishSpec).toMatch(/const PAIRS[^=]*= PAGES\.filter\(/)
    const recorded: { path: string; status: number }[] = JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'addresses.json'), 'utf8'))
    for (const { path, status } of recorded.filter((r) => isPageAddress(r.path))) {
      const { lang, rest } = path === '/es' || path.startsWith('/es/') ? { lang: 'es', rest: path.slice(3) || '/' } : { lang: 'en', rest: path }
      const row = pageOf(rest)
      if (status === 200) {
        expect(row, path).not.toBeNull()
        if (lang === 'es') expect(row!.spanish, path).toBeTruthy()
      }
      if (status === 404 && lang === 'es' && row && !row.spanish) expect(pageRoute(path), path).toBeNull()
    }
  })
})
