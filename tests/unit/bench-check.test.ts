/**
 * `npm run bench:check` as a gate: it passes on results measured on the tree as it is, and fails,
 * naming each file, once the tree has changed since. Run on a small tree in a temporary folder,
 * through the real command (bench/check.ts with --root), never on the project's own tree.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkTree } from '@/bench/budgets'
import { fingerprint, treeChanges } from '@/bench/fingerprint'
import { results, row } from '../support/bench-results'

const ROOT = join(__dirname, '..', '..')
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs')
const CHECK = join(ROOT, 'bench', 'check.ts')

let tree: string

function write(path: string, text: string) {
  mkdirSync(dirname(join(tree, path)), { recursive: true })
  writeFileSync(join(tree, path), text)
}

/** Runs bench:check on `file` against the temporary tree: its exit code and everything it printed. */
function check(file: string): { code: number; output: string } {
  try {
    const out = execFileSync(process.execPath, [TSX, CHECK, file, '--root', tree], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
    return { code: 0, output: out }
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string }
    return { code: e.status, output: `${e.stdout}${e.stderr}` }
  }
}

beforeEach(() => {
  tree = mkdtempSync(join(tmpdir(), 'bench-check-'))
  write('app/page.tsx', 'export default function Home() { return <h1>Home</h1> }\n')
  write('components/map/geo.ts', 'export const MAP_WIDTH = 975\n')
  write('lib/content/index.ts', 'export const door = 1\n')
  write('next.config.ts', 'export default {}\n')
  write('package-lock.json', '{"lockfileVersion": 3}\n')
  // Not part of what is measured: the results themselves, tests, notes.
  write('tests/unit/a.test.ts', 'test\n')
  write('README.md', '# readme\n')
})

afterEach(() => {
  rmSync(tree, { recursive: true, force: true })
})

function measured(): string {
  const file = join(tree, 'bench', 'results.json')
  write('bench/results.json', JSON.stringify({ ...results([row(), row({ template: 'home', path: '/' })]), fingerprint: fingerprint(tree) }, null, 2))
  return file
}

describe('bench:check against the tree it measured', () => {
  it('passes on results measured on the tree as it is, and ignores files that do not affect the build', () => {
    const file = measured()
    write('README.md', '# readme, edited\n')
    write('tests/unit/b.test.ts', 'another test\n')
    const { code, output } = check(file)
    expect(output).toContain('the tree is the one measured')
    expect(output).toContain('all budgets met')
    expect(code).toBe(0)
  })

  it('fails on a tree changed after the measurement, naming each file changed, added or removed', () => {
    const file = measured()
    write('components/map/geo.ts', 'export const MAP_WIDTH = 640\n')
    write('lib/content/new-query.ts', 'export const q = 2\n')
    rmSync(join(tree, 'next.config.ts'))
    const { code, output } = check(file)
    expect(code).toBe(1)
    expect(output).toContain('the results measured another tree')
    expect(output).toContain('3 file(s) differ since the run')
    expect(output).toContain('components/map/geo.ts (changed)')
    expect(output).toContain('lib/content/new-query.ts (added)')
    expect(output).toContain('next.config.ts (removed)')
    expect(output).not.toContain('all budgets met')
  })

  it('fails on results that carry no fingerprint, and on a missed budget of a matching tree', () => {
    write('bench/old.json', JSON.stringify(results([row()])))
    const old = check(join(tree, 'bench', 'old.json'))
    expect(old.code).toBe(1)
    expect(old.output).toContain('measured before fingerprints')

    write('bench/slow.json', JSON.stringify({ ...results([row({ scores: { performance: 89, accessibility: 100, bestPractices: 100, seo: 100 } })]), fingerprint: fingerprint(tree) }))
    const slow = check(join(tree, 'bench', 'slow.json'))
    expect(slow.code).toBe(1)
    expect(slow.output).toContain("practice (/best-practices/a) Lighthouse performance: 89 (budget ≥ 90: the floor's 92 − 2)")
  })
})

describe('the fingerprint', () => {
  it('changes with the content of a file, not with its modification time alone', () => {
    const before = fingerprint(tree)
    write('app/page.tsx', 'export default function Home() { return <h1>Home</h1> }\n')
    expect(fingerprint(tree).digest).toBe(before.digest)
    write('app/page.tsx', 'export default function Home() { return <h1>Start</h1> }\n')
    expect(treeChanges(before, tree)).toEqual({ changed: ['app/page.tsx'], added: [], removed: [] })
    expect(checkTree({ ...results([row()]), fingerprint: before }, tree)[0]?.files).toEqual(['app/page.tsx (changed)'])
  })

  it('leaves out build output and dependencies inside the measured folders', () => {
    const before = fingerprint(tree)
    write('app/.next/cache.json', '{}\n')
    write('sanity/node_modules/x/index.js', '1\n')
    expect(fingerprint(tree).digest).toBe(before.digest)
    expect(Object.keys(before.files)).toEqual(['app/page.tsx', 'components/map/geo.ts', 'lib/content/index.ts', 'next.config.ts', 'package-lock.json'])
  })
})
