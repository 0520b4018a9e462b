/**
 * Types of deploy/recipe.mjs for TypeScript callers (bench/run.ts, tests/e2e/recipe.spec.ts): the
 * module itself is plain JavaScript so that servers run it with `node` alone, and tsconfig.json
 * does not check JavaScript (allowJs is off). Keep in step with the JSDoc there.
 */
import type { ChildProcess, SpawnOptions } from 'node:child_process'

export type Log = (message: string) => void

export declare const TEMPLATE: string
export declare const DEFAULT_MIME_TYPES: string
export declare const DEFAULT_MODULES_DIR: string
export declare const BROTLI_MODULE_FILE: string
export declare const DEFAULT_FINDER_RATE: string
export declare const DEFAULT_FINDER_BURST: number

export declare function findNginx(explicit?: string | null): string | null
export declare function findBrotliModule(modulesDir?: string): string | null
export declare function renderTemplate(template: string, values: Record<string, string | number>): string

export interface RunDir {
  /** Absolute. */
  runDir: string
  /** <runDir>/www, holding _next/static (a link to <dist>/static). */
  staticRoot: string
  /** The Brotli module's path, or null (gzip only). */
  brotliModule: string | null
}

export declare function prepareRunDir(options: { dist: string; runDir: string; precompress?: boolean; modulesDir?: string; log?: Log }): RunDir

/** The table of pages (lib/page-table.json). */
export declare const PAGES_TABLE: string

/** The pages that take a form POST, in each language they have ('/submit', '/es/submit'). */
export declare function postPagePaths(table?: string): string[]

/** The nginx locations of those pages (never cached): the template's {{POST_PAGE_LOCATIONS}}. */
export declare function postPageLocations(table?: string): string

export declare function writeNginxConfig(options: { template: string; runDir: string; values: Record<string, string | number>; file?: string }): string

export interface RecipeConfigOptions {
  runDir: string
  staticRoot: string
  brotliModule: string | null
  /** address:port nginx listens on. */
  listen: string
  /** address:port of `next start`. */
  upstream: string
  /** nginx time (5s, 1m); default 5s. */
  cacheTtl?: string
  /** The finder's per-client rate (nginx limit_req: 10r/s); default DEFAULT_FINDER_RATE. */
  finderRate?: string
  /** Requests above that rate answered at once; default DEFAULT_FINDER_BURST. */
  finderBurst?: string | number
  workers?: string | number
  mimeTypes?: string
  template?: string
}

export declare function writeRecipeConfig(options: RecipeConfigOptions): string

export declare function testConfig(options: { config: string; runDir: string; nginx?: string | null }): void

export declare function nginxCommand(options: { config: string; runDir: string; nginx?: string | null }): { command: string; args: string[] }

export declare function startNginx(options: { config: string; runDir: string; nginx?: string | null; spawnOptions?: SpawnOptions }): ChildProcess

export interface PrepareOptions {
  /** The build folder (NEXT_DIST_DIR), relative to the current folder or absolute. */
  dist: string
  runDir: string
  listen: string
  upstream: string
  cacheTtl?: string
  finderRate?: string
  finderBurst?: string | number
  workers?: string | number
  mimeTypes?: string
  modulesDir?: string
  nginx?: string | null
  precompress?: boolean
  template?: string
  log?: Log
}

export interface Prepared extends RunDir {
  config: string
  nginx: string
}

export declare function prepare(options: PrepareOptions): Prepared
