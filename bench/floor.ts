/**
 * The bench's floor (A) and limit (B), the two pages every template is measured against
 * (bench/run.ts, the lighthouse part):
 *
 * - A, the floor: a bare Next App Router page (one heading, one paragraph, the site's stylesheet)
 *   with a copy of this `next.config.ts`, built by the bench with this repository's `next` in a
 *   temporary folder. Nothing in it is the site's but its configuration and its stylesheet, so its
 *   figures are what the framework costs on this machine, Chromium and settings.
 * - B, the limit: a template's HTML as the site serves it, with every script removed (and the
 *   preloads of scripts), served as files by nginx: what the same page would score with no
 *   JavaScript at all.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join, parse, sep } from 'node:path'
import { gzipSync } from 'node:zlib'

/**
 * The site's configuration, copied into the floor's folder: next.config.ts (as site.next.config.ts)
 * and what it imports (lib/, sanity/api-host.ts). tests/unit/bench-floor.test.ts checks that every
 * local import of next.config.ts is among them.
 */
export const FLOOR_CONFIG_FILES: [from: string, to: string][] = [
  ['next.config.ts', 'site.next.config.ts'],
  ['lib', 'lib'],
  ['sanity/api-host.ts', 'sanity/api-host.ts'],
]

/** The deepest folder holding both paths (`/` for /tmp/x and /work/y). */
export function commonAncestor(a: string, b: string): string {
  const partsA = a.split(sep)
  const partsB = b.split(sep)
  let i = 0
  while (i < partsA.length && i < partsB.length && partsA[i] === partsB[i]) i++
  return partsA.slice(0, i).join(sep) || parse(a).root
}

/** The floor's page: its title, heading and paragraph (plain text, no data, no client component). */
export const FLOOR_TEXT = {
  title: 'Floor',
  heading: 'A bare Next page',
  paragraph:
    'One heading and one paragraph, with the site’s stylesheet and configuration: what the framework alone costs a page on this machine.',
} as const

/**
 * The floor app's own files (path → text): a root layout linking the site's stylesheet (copied as
 * `site.css`, the CSS the site's build serves) and a page. Static: the build prerenders it.
 */
export function floorAppFiles(turbopackRoot: string): Record<string, string> {
  return {
    // The site's configuration as it is, with one key more: Turbopack compiles nothing outside its
    // root, and the floor's node_modules is a link to this repository's (a folder outside the
    // floor's). Setting turbopack.root to a folder holding both is how Next accepts the link; it
    // changes what Turbopack may read, not what it builds.
    'next.config.ts': [
      "import type { NextConfig } from 'next'",
      "import site from './site.next.config'",
      '',
      `const config: NextConfig = { ...site, turbopack: { ...site.turbopack, root: ${JSON.stringify(turbopackRoot)} } }`,
      'export default config',
      '',
    ].join('\n'),
    // Type-checked: the floor's own pages only (the copied lib/ is the site's, checked there).
    'tsconfig.json': `${JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          lib: ['dom', 'dom.iterable', 'esnext'],
          skipLibCheck: true,
          strict: true,
          noEmit: true,
          esModuleInterop: true,
          module: 'esnext',
          moduleResolution: 'bundler',
          resolveJsonModule: true,
          isolatedModules: true,
          jsx: 'react-jsx',
          plugins: [{ name: 'next' }],
        },
        include: ['next-env.d.ts', 'app/**/*.tsx', '.next/types/**/*.ts'],
        exclude: ['node_modules'],
      },
      null,
      2,
    )}\n`,
    'app/layout.tsx': [
      "import type { Metadata, Viewport } from 'next'",
      "import type { ReactNode } from 'react'",
      "import './site.css'",
      '',
      `export const metadata: Metadata = { title: ${JSON.stringify(FLOOR_TEXT.title)}, description: ${JSON.stringify(FLOOR_TEXT.paragraph)} }`,
      "export const viewport: Viewport = { width: 'device-width', initialScale: 1 }",
      '',
      'export default function RootLayout({ children }: { children: ReactNode }) {',
      '  return (',
      '    <html lang="en">',
      '      <body className="flex min-h-screen flex-col">{children}</body>',
      '    </html>',
      '  )',
      '}',
      '',
    ].join('\n'),
    'app/page.tsx': [
      'export default function Page() {',
      '  return (',
      '    <main className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">',
      `      <h1 className="font-serif text-display text-navy">${FLOOR_TEXT.heading}</h1>`,
      `      <p className="mt-4 text-lg text-ink">${FLOOR_TEXT.paragraph}</p>`,
      '    </main>',
      '  )',
      '}',
      '',
    ].join('\n'),
    'package.json': `${JSON.stringify({ name: 'center-bench-floor', private: true }, null, 2)}\n`,
  }
}

/** The stylesheets a page links (`<link rel="stylesheet" href="/_next/static/…">`), in order. */
export function stylesheetsOf(html: string): string[] {
  const found: string[] = []
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = m[0]
    if (!/\brel="stylesheet"/.test(tag)) continue
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1]
    if (href?.startsWith('/_next/static/')) found.push(href)
  }
  return found
}

/**
 * Writes the floor app into `dir`: its own files, a copy of the site's configuration, the site's
 * compiled stylesheet (`css`), and `node_modules` as a symbolic link to this repository's (Next and
 * Turbopack resolve packages through it; nothing is installed).
 */
export function writeFloorApp(dir: string, root: string, css: string): void {
  mkdirSync(dir, { recursive: true })
  for (const [path, text] of Object.entries(floorAppFiles(commonAncestor(dir, root)))) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  writeFileSync(join(dir, 'app', 'site.css'), css)
  for (const [from, to] of FLOOR_CONFIG_FILES) cpSync(join(root, from), join(dir, to), { recursive: true })
  if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir')
}

/** The site's compiled stylesheet, as a page of the build links it (the files under the build's static folder). */
export function siteStylesheet(html: string, staticDir: string): string {
  const sheets = stylesheetsOf(html)
  if (sheets.length === 0) throw new Error('the page links no stylesheet under /_next/static/')
  return sheets.map((href) => readFileSync(join(staticDir, href.slice('/_next/static/'.length)), 'utf8')).join('\n')
}

/**
 * B: the page without JavaScript. Removes every `<script>` element (inline, external, JSON) and every
 * preload of a script (`<link rel="preload" as="script">`, `<link rel="modulepreload">`), which would
 * still be fetched; the rest of the HTML is the site's, byte for byte.
 */
export function stripScripts(html: string): string {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<link\b[^>]*>/gi, (tag) => (/\bas="script"/i.test(tag) || /\brel="modulepreload"/i.test(tag) ? '' : tag))
}

/** Writes `html` where the plain nginx (bench/nginx-static.conf.template) serves `path` from, with its gzip twin. */
export function writeStaticPage(root: string, path: string, html: string): void {
  const target = join(root, path.replace(/^\/+/, ''), 'index.html')
  mkdirSync(dirname(target), { recursive: true })
  writeFileSync(target, html)
  writeFileSync(`${target}.gz`, gzipSync(html, { level: 5 }))
}

/**
 * A page of the floor rendered per request (`/dynamic`): the same heading and paragraph, and the
 * words of its query string, so Next renders it for each address, as the finder is. With Cache
 * Components it says `instant = false`, as the finder does (it blocks on the request, no static
 * shell). Not built by the bench's Lighthouse part; bench/ttfb-compare.ts times it against the
 * floor's prerendered page, with Cache Components and without, to show Next's own cost of a page
 * rendered per request.
 */
export function floorDynamicPage(cacheComponents: boolean): string {
  return [
    'type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }',
    '',
    ...(cacheComponents ? ['export const instant = false', ''] : []),
    'export default async function Dynamic({ searchParams }: Props) {',
    '  const { q } = await searchParams',
    '  return (',
    '    <main className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">',
    `      <h1 className="font-serif text-display text-navy">${FLOOR_TEXT.heading}</h1>`,
    `      <p className="mt-4 text-lg text-ink">${FLOOR_TEXT.paragraph}</p>`,
    '      <p className="mt-4">{typeof q === "string" ? q : ""}</p>',
    '    </main>',
    '  )',
    '}',
    '',
  ].join('\n')
}
