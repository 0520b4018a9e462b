/**
 * What a benchmark measured: a digest of every source file that affects the build and the serving
 * (routes, components, the content door, schemas, the Studio and dataset, Next's config, the locked
 * dependencies, the nginx recipe). `npm run bench` stores it in bench/results.json; `npm run
 * bench:check` computes it again and fails, naming the files, when the tree is no longer the one
 * measured. The results file itself is not part of it.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

/** Folders and files (relative to the project's root) whose contents the figures depend on. */
export const FINGERPRINT_PATHS = [
  'app',
  'components',
  'lib',
  'schemas',
  'sanity',
  'public',
  'deploy',
  'next.config.ts',
  'proxy.ts',
  'postcss.config.mjs',
  'sanity.config.ts',
  'package-lock.json',
] as const

/** Never part of it: build output, dependencies, editor and OS litter. */
const SKIPPED = /^(node_modules|\.next.*|\.DS_Store|.*\.tsbuildinfo|.*~)$/

export interface Fingerprint {
  /** sha256 over every file's path and content digest, in path order. */
  digest: string
  /** The paths it covers (as FINGERPRINT_PATHS; those absent at the time are simply not there). */
  paths: string[]
  /** Each file's sha256 (first 16 hex digits), by path relative to the root, `/`-separated. */
  files: Record<string, string>
}

function walk(root: string, path: string, out: string[]): void {
  const full = join(root, path)
  if (!existsSync(full)) return
  if (statSync(full).isDirectory()) {
    for (const entry of readdirSync(full).sort()) if (!SKIPPED.test(entry)) walk(root, join(path, entry), out)
  } else {
    out.push(relative(root, full).split(sep).join('/'))
  }
}

/** The fingerprint of the tree at `root` as it is on disk now (committed or not). */
export function fingerprint(root: string, paths: readonly string[] = FINGERPRINT_PATHS): Fingerprint {
  const list: string[] = []
  for (const path of paths) walk(root, path, list)
  list.sort()
  const files: Record<string, string> = {}
  const whole = createHash('sha256')
  for (const file of list) {
    const hash = createHash('sha256').update(readFileSync(join(root, file))).digest('hex').slice(0, 16)
    files[file] = hash
    whole.update(`${file}\0${hash}\n`)
  }
  return { digest: whole.digest('hex'), paths: [...paths], files }
}

export interface TreeChanges {
  changed: string[]
  added: string[]
  removed: string[]
}

/** How the tree at `root` differs from the one `measured` describes (empty lists: the same). */
export function treeChanges(measured: Fingerprint, root: string): TreeChanges {
  const now = fingerprint(root, measured.paths)
  if (now.digest === measured.digest) return { changed: [], added: [], removed: [] }
  const before = measured.files
  return {
    changed: Object.keys(now.files).filter((f) => f in before && before[f] !== now.files[f]),
    added: Object.keys(now.files).filter((f) => !(f in before)),
    removed: Object.keys(before).filter((f) => !(f in now.files)),
  }
}
