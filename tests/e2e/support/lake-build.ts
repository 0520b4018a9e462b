/**
 * One production build, shared by the specs that run the site against the loopback Content Lake
 * (faults.spec.ts, revalidation.spec.ts, live.spec.ts, studio-*.spec.ts): the union of the routes they read, built once
 * per Playwright run by whichever of them runs first (they run one after another, in the `lake`
 * project of playwright.config.ts), instead of three partial builds of 3–7 minutes each.
 *
 * What a build fixes, and so what the three specs share:
 * - the lake's address: SANITY_API_HOST's origin is in the CSP's connect-src (next.config.ts headers)
 *   and in the prerendered pages' <SanityLive /> props, so every spec serves its lake (or the gate in
 *   front of it) on LAKE_PORT, one spec after another (the `lake` project has one worker);
 * - the project and dataset the pages were prerendered from;
 * - the secrets the build saw: one set of recognizable fake ones (a tag per build), which
 *   faults.spec.ts checks never reach the browser. The revalidation secret and delay, and the read
 *   token, are read per request: each spec starts `next start` with its own.
 *
 * The build reads the lake (pages prerender from it): a lake with the dataset runs on LAKE_PORT during
 * the build, and what it was asked is kept in the record (`requests`) for the specs that check what
 * the build read. Each spec serves from its own fresh copy of the build (`siteDistDir`): `next start`
 * writes regenerated pages into its folder, and a spec must not see another's changes.
 *
 * The record (<LAKE_DIST_DIR>/lake-build.json) names the Playwright run (E2E_RUN_ID, set in
 * playwright.config.ts): a build from an earlier run (older code) is never reused. A build that
 * failed is recorded too, so the next spec fails at once instead of building again.
 */
import { randomBytes } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DATASET_FILE } from '../../support/dataset'
import { startQueryServer, type RecordedRequest } from '../../support/query-server'
import { buildSite, lakeSiteEnv, Output, ROOT } from './revalidation-server'

export const LAKE_PORT = Number(process.env.E2E_LAKE_PORT ?? 3171)
/** The port each spec's `next start` listens on (one at a time). */
export const LAKE_SITE_PORT = Number(process.env.E2E_LAKE_SITE_PORT ?? 3172)
export const LAKE_DIST_DIR = process.env.E2E_LAKE_DIST_DIR ?? '.next-lake'
export const LAKE_API_HOST = `http://127.0.0.1:${LAKE_PORT}`
/**
 * The same lake as the Studio reaches it: over HTTPS (and so HTTP/2) on the same port, since the
 * Studio keeps more than the six HTTP/1.1 connections a browser opens to one host (studio-*.spec.ts).
 */
export const LAKE_STUDIO_API_HOST = `https://127.0.0.1:${LAKE_PORT}`
export const LAKE_PROJECT_ID = 'lake-test'
export const LAKE_DATASET = 'production'
const RECORD = 'lake-build.json'
export const BUILD_TIMEOUT_MS = 900_000

/** Recognizable fake secrets, built in: if any leaks, faults.spec.ts names it. */
export interface FakeSecrets {
  SANITY_API_READ_TOKEN: string
  SANITY_WRITE_TOKEN: string
  SANITY_API_WRITE_TOKEN: string
  SANITY_REVALIDATE_SECRET: string
}

export interface LakeBuild {
  runId: string | null
  tag: string
  secrets: FakeSecrets
  /** What the build asked the lake, in order. */
  requests: RecordedRequest[]
}

function fakeSecrets(tag: string): FakeSecrets {
  return {
    SANITY_API_READ_TOKEN: `sk-fake-read-${tag}`,
    SANITY_WRITE_TOKEN: `sk-fake-write-${tag}`,
    SANITY_API_WRITE_TOKEN: `sk-fake-apiwrite-${tag}`,
    SANITY_REVALIDATE_SECRET: `fake-revalidate-secret-${tag}`,
  }
}

/**
 * The app files serving a route, wherever they sit (a route group such as app/(studio)/, and the language
 * segment app/[lang]/, are not part of the address): `--debug-build-paths` wants files.
 */
export function appFile(route: string, name: 'page' | 'route'): string {
  // Both languages are one tree (app/[lang]): /es/compact/[number] is served by app/[lang]/compact/[number].
  const want = route.split('/').filter(Boolean)
  if (want[0] === 'es') want.shift()
  const found: string[] = []
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`
      if (entry.isDirectory()) {
        const group = /^\(.+\)$/.test(entry.name) || (dir === 'app' && entry.name === '[lang]')
        if (group) walk(path, segments)
        else if (segments[0] === entry.name) walk(path, segments.slice(1))
      } else if (segments.length === 0 && new RegExp(`^${name}\\.(tsx|ts|jsx|js)$`).test(entry.name)) {
        found.push(path)
      }
    }
  }
  walk('app', want)
  if (found.length !== 1) throw new Error(`expected one app file for ${route} (${name}), found: ${found.join(', ') || 'none'}`)
  return found[0]!
}

/** The routes the three specs read (with the 404 page and the layouts, which every build has). */
function routes(): string[] {
  return [
    // faults.spec.ts
    appFile('/', 'page'),
    appFile('/compact/[number]', 'page'),
    appFile('/api/revalidate', 'route'),
    appFile('/api/draft-mode/enable', 'route'),
    appFile('/submit', 'page'),
    // The Studio: the largest client bundle, and the one code that talks to Sanity from the browser.
    appFile('/studio/[[...tool]]', 'page'),
    // revalidation.spec.ts
    appFile('/es/compact/[number]', 'page'),
    // live.spec.ts
    appFile('/videos', 'page'),
    // studio-*.spec.ts: what staff change in the Studio shows on a practice's page, in the finder, on
    // its city's page, in Spanish, and in draft mode (the Presentation tool)
    appFile('/best-practices/[slug]', 'page'),
    appFile('/best-practices', 'page'),
    appFile('/cities/[slug]', 'page'),
    appFile('/submit/received', 'page'),
    appFile('/api/draft-mode/disable', 'route'),
  ]
}

/** The environment of a site served from `distDir` reading the lake on LAKE_PORT; `extra` adds or overrides. */
export function lakeBuildEnv(distDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return lakeSiteEnv({ distDir, projectId: LAKE_PROJECT_ID, dataset: LAKE_DATASET, apiHost: LAKE_API_HOST }, { SANITY_STUDIO_API_HOST: LAKE_STUDIO_API_HOST, ...extra })
}

/** Builds the shared site (a lake with the dataset up on LAKE_PORT meanwhile) and writes its record. */
export async function buildLakeSite(output: Output = new Output()): Promise<LakeBuild> {
  const runId = process.env.E2E_RUN_ID ?? null
  const tag = randomBytes(6).toString('hex')
  const secrets = fakeSecrets(tag)
  const record = join(ROOT, LAKE_DIST_DIR, RECORD)
  rmSync(record, { force: true })
  const started = Date.now()
  const lake = await startQueryServer({ file: DATASET_FILE, dataset: LAKE_DATASET, token: secrets.SANITY_API_READ_TOKEN, port: LAKE_PORT })
  try {
    await buildSite(lakeBuildEnv(LAKE_DIST_DIR, { ...secrets }), output, BUILD_TIMEOUT_MS, routes())
  } catch (error) {
    mkdirSync(join(ROOT, LAKE_DIST_DIR), { recursive: true })
    writeFileSync(record, JSON.stringify({ runId, error: String(error) }))
    throw error
  } finally {
    await lake.stop()
  }
  const build: LakeBuild = { runId, tag, secrets, requests: lake.requests }
  writeFileSync(record, JSON.stringify(build))
  console.log(`lake build: ${((Date.now() - started) / 1000).toFixed(0)} s into ${LAKE_DIST_DIR}, ${lake.requests.length} queries to the lake`)
  return build
}

/** The shared build of this Playwright run: made now by the first spec that asks, then read. */
export async function lakeBuild(): Promise<LakeBuild> {
  const record = join(ROOT, LAKE_DIST_DIR, RECORD)
  if (existsSync(record)) {
    const build = JSON.parse(readFileSync(record, 'utf8')) as LakeBuild & { error?: string }
    if (build.runId !== null && build.runId === process.env.E2E_RUN_ID) {
      if (build.error) throw new Error(`the shared Content Lake build failed earlier in this run:\n${build.error}`)
      return build
    }
  }
  return buildLakeSite()
}

/**
 * A fresh copy of the shared build for one spec's `next start` (which writes regenerated pages into
 * its folder): returns the copy's folder, relative to the project root.
 */
export function siteDistDir(name: string): string {
  const dir = `${LAKE_DIST_DIR}-${name}`
  rmSync(join(ROOT, dir), { recursive: true, force: true })
  cpSync(join(ROOT, LAKE_DIST_DIR), join(ROOT, dir), { recursive: true })
  return dir
}

/**
 * A lake spec's teardown: stops what it started, in order (the site first, then the gate and the
 * lake), removes its copy of the build and keeps the site's log beside the test's results.
 */
export async function tearDownLakeSpec(
  started: ({ stop(): Promise<unknown> } | null | undefined)[],
  servedFrom: string | undefined,
  output: Output,
  logFile: string,
): Promise<void> {
  for (const running of started) await running?.stop()
  if (servedFrom) rmSync(join(ROOT, servedFrom), { recursive: true, force: true })
  writeFileSync(logFile, output.text())
}
