/** The floor (A) and the limit (B) of the bench's Lighthouse part (bench/floor.ts). */
import { existsSync, mkdtempSync, readFileSync, readlinkSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { commonAncestor, floorAppFiles, stripScripts, stylesheetsOf, writeFloorApp, writeStaticPage } from '@/bench/floor'

const ROOT = join(__dirname, '..', '..')

const PAGE = [
  '<!DOCTYPE html><html lang="en"><head>',
  '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/b.js"/>',
  '<script src="/_next/static/chunks/c.js" async=""></script>',
  '</head><body><main><h1>Title</h1><p>Text with <a href="/about">a link</a>.</p></main>',
  '<script>self.__next_f.push([1,"0:{\\"P\\":null}\\n"])</script>',
  '<script type="application/ld+json">{"@type":"Organization"}</script>',
  '<SCRIPT>alert(1)</SCRIPT >',
  '</body></html>',
].join('\n')

describe('B: a template without its scripts', () => {
  it('removes every script element and every preload of a script, and keeps the rest byte for byte', () => {
    const stripped = stripScripts(PAGE)
    expect(stripped).not.toMatch(/<script/i)
    expect(stripped).not.toContain('as="script"')
    expect(stripped).not.toContain('modulepreload')
    expect(stripped).toContain('<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>')
    expect(stripped).toContain('<main><h1>Title</h1><p>Text with <a href="/about">a link</a>.</p></main>')
  })

  it('writes a page where the plain nginx serves its path, with a gzip twin', () => {
    const root = mkdtempSync(join(tmpdir(), 'bench-floor-'))
    try {
      writeStaticPage(root, '/', '<p>home</p>')
      writeStaticPage(root, '/es/about', '<p>es</p>')
      expect(readFileSync(join(root, 'index.html'), 'utf8')).toBe('<p>home</p>')
      expect(readFileSync(join(root, 'es', 'about', 'index.html'), 'utf8')).toBe('<p>es</p>')
      expect(readFileSync(join(root, 'es', 'about', 'index.html.gz')).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]))
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })
})

describe('A: the floor app', () => {
  it('finds the stylesheets a page links from the build', () => {
    expect(stylesheetsOf(PAGE)).toEqual(['/_next/static/chunks/site.css'])
  })

  it('is the site’s configuration with Turbopack’s root over both folders, a static page and the site’s stylesheet', () => {
    expect(commonAncestor('/tmp/center-bench-1/floor', '/work/wt-bench')).toBe('/')
    expect(commonAncestor('/work/wt-bench/.floor', '/work/wt-bench')).toBe('/work/wt-bench')
    const files = floorAppFiles('/')
    expect(files['next.config.ts']).toContain("import site from './site.next.config'")
    expect(files['next.config.ts']).toContain('turbopack: { ...site.turbopack, root: "/" }')
    expect(files['app/layout.tsx']).toContain("import './site.css'")
    expect(files['app/page.tsx']).toMatch(/<h1[^>]*>[^<]+<\/h1>/)
    expect(files['app/page.tsx']).not.toContain('use client')

    const dir = mkdtempSync(join(tmpdir(), 'bench-floor-app-'))
    try {
      writeFloorApp(dir, ROOT, '.x{color:red}')
      expect(readFileSync(join(dir, 'site.next.config.ts'), 'utf8')).toBe(readFileSync(join(ROOT, 'next.config.ts'), 'utf8'))
      expect(readFileSync(join(dir, 'lib', 'env.ts'), 'utf8')).toBe(readFileSync(join(ROOT, 'lib', 'env.ts'), 'utf8'))
      expect(readFileSync(join(dir, 'app', 'site.css'), 'utf8')).toBe('.x{color:red}')
      expect(readlinkSync(join(dir, 'node_modules'))).toBe(join(ROOT, 'node_modules'))
      // Every file next.config.ts imports from this repository is copied (a missing one fails the floor's build).
      const config = readFileSync(join(ROOT, 'next.config.ts'), 'utf8')
      const local = [...config.matchAll(/from '\.\/([^']+)'/g)].map((m) => m[1]!)
      expect(local.length).toBeGreaterThan(0)
      for (const path of local) {
        expect(existsSync(join(dir, `${path}.ts`)) || existsSync(join(dir, path)), `${path}, imported by next.config.ts`).toBe(true)
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
