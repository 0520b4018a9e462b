/**
 * The README is a map of the house: every file or folder of the repository it names exists. A path
 * is named in code spans (`lib/routes.ts`) or relative links ([…](docs/editing.md)); it counts when
 * it starts at a top-level entry of the repository. Placeholders (`<slug>`, `$DIR`, `*`, `…`) are
 * addresses or patterns, not paths, and are passed over.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(__dirname, '..', '..')

/** Names the README uses for files that are made, not committed. */
const GENERATED = new Set(['.next', 'node_modules', 'bench/out', '.data'])

function namedPaths(markdown: string, topLevel: ReadonlySet<string>): string[] {
  const candidates = [
    ...[...markdown.matchAll(/`([^`\n]+)`/g)].map((m) => m[1] ?? ''),
    ...[...markdown.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? ''),
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

describe('README paths', () => {
  const topLevel = new Set(readdirSync(ROOT).filter((name) => name !== '.git'))
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  const paths = namedPaths(readme, topLevel)

  it('finds the paths it names', () => {
    // A floor, so that a parser that finds nothing cannot pass.
    expect(paths.length).toBeGreaterThan(40)
    expect(paths).toContain('lib/content/queries.ts')
  })

  it('names only paths that exist', () => {
    expect(paths.filter((path) => !existsSync(join(ROOT, path)))).toEqual([])
  })

  it('passes over placeholders and addresses', () => {
    const names = namedPaths(
      '`lib/a.ts` `/about` `$SUBMISSIONS_DIR/x` `sanity/dataset/<dataset>.ndjson` `app/x/*` [a](docs/b.md) [c](https://x.org/y)',
      new Set(['lib', 'docs', 'app', 'sanity']),
    )
    expect(names).toEqual(['docs/b.md', 'lib/a.ts'])
  })
})
