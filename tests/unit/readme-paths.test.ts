/**
 * The README and the docs are a map of the house: every file or folder of the repository they name
 * exists. A path is named in code spans (`lib/routes.ts`, from the repository's root) or relative
 * links ([…](docs/editing.md), from the document's own folder); it counts when it starts at a
 * top-level entry of the repository. Placeholders (`<slug>`, `$DIR`, `*`, `…`) are
 * addresses or patterns, not paths, and are passed over.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(__dirname, '..', '..')

/** Names the README uses for files that are made, not committed. */
const GENERATED = new Set(['.next', 'node_modules', 'bench/out', '.data'])

/** The README and every page of the docs, as paths from the root. */
const DOCS = ['README.md', 'bench/README.md', ...readdirSync(join(ROOT, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)]

/** `folder`: the document's folder from the root, against which its links resolve. */
function namedPaths(markdown: string, topLevel: ReadonlySet<string>, folder = ''): string[] {
  const candidates = [
    ...[...markdown.matchAll(/`([^`\n]+)`/g)].map((m) => m[1] ?? ''),
    ...[...markdown.matchAll(/\]\(([^)\s]+)\)/g)]
      .map((m) => m[1] ?? '')
      .filter((link) => !/^[a-z]+:/.test(link) && !link.startsWith('#'))
      .map((link) => relative(ROOT, join(ROOT, folder, link))),
  ]
  const paths = new Set<string>()
  for (const raw of candidates) {
    const candidate = raw.trim().replace(/^\.\//, '')
    if (/[\s<>$*…?#:]|^\//.test(candidate)) continue
    const first = candidate.split('/')[0] ?? ''
    if (!topLevel.has(first)) continue
    if (GENERATED.has(first) || [...GENERATED].some((g) => candidate.startsWith(`${g}/`))) continue
    paths.add(candidate.replace(/\/$/, ''))
  }
  return [...paths].sort()
}

describe.each(DOCS)('paths named in %s', (doc) => {
  const topLevel = new Set(readdirSync(ROOT).filter((name) => name !== '.git'))
  const paths = namedPaths(readFileSync(join(ROOT, doc), 'utf8'), topLevel, dirname(doc))

  it('names only paths that exist', () => {
    expect(paths.filter((path) => !existsSync(join(ROOT, path)))).toEqual([])
  })
})

describe('the path finder', () => {
  const topLevel = new Set(readdirSync(ROOT).filter((name) => name !== '.git'))

  it('finds the paths the README names', () => {
    const paths = namedPaths(readFileSync(join(ROOT, 'README.md'), 'utf8'), topLevel)
    // A floor, so that a parser that finds nothing cannot pass.
    expect(paths.length).toBeGreaterThan(25)
    expect(paths).toContain('lib/env.ts')
    expect(paths).toContain('docs/editing.md')
  })

  it('resolves a link from its document’s folder', () => {
    expect(namedPaths('[guide](editing.md) [bench](../bench/README.md)', topLevel, 'docs')).toEqual(['bench/README.md', 'docs/editing.md'])
  })

  it('passes over placeholders and addresses', () => {
    const names = namedPaths(
      '`lib/a.ts` `/about` `$SUBMISSIONS_DIR/x` `sanity/dataset/<dataset>.ndjson` `app/x/*` [a](docs/b.md) [c](https://x.org/y)',
      new Set(['lib', 'docs', 'app', 'sanity']),
    )
    expect(names).toEqual(['docs/b.md', 'lib/a.ts'])
  })
})
