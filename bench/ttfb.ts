/**
 * Time to first byte and to the full response of the pages Next renders per request (the finder
 * with a query, a state's cities), against a prerendered page, on `next start` alone and with the
 * recipe (nginx, deploy/) in front: idle (one request at a time) and under 64 connections.
 *
 * The finder and the city list render whole per address (no static shell: docs/caching.md, "Caching and
 * freshness"), so their first byte waits for their render; a prerendered page's is served at once.
 * The goal (issue 12): the finder's first byte within 3 times a prerendered page's, in the same run.
 *
 *   npm run bench -- --only ttfb        # part of the bench (bench/run.ts), on its build
 *   npx tsx bench/ttfb.ts --dist .next  # alone, on an existing build (prints; writes nothing)
 *
 * Measured with Node's http client on keep-alive connections, gzip accepted: first byte is the first
 * byte of the decoded page (the shell's first bytes), full is the response's end.
 */
import { chmodSync, mkdtempSync } from 'node:fs'
import { Agent, request } from 'node:http'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { createGunzip } from 'node:zlib'
import { nginxCommand, prepare as prepareRecipe } from '../deploy/recipe.mjs'
import { BUDGETS } from './budgets'
import { log, NEXT_BIN, percentile, ROOT, round, start, table, waitFor, type Running } from './lib'

const HOST = '127.0.0.1'
export const TTFB_PAGES = [
  { page: 'prerendered (/about)', path: '/about' },
  { page: 'finder with a query', path: '/best-practices?q=police&topic=training' },
  { page: 'cities of a state', path: '/cities?state=TX' },
] as const
const IDLE_REQUESTS = 60
const LOAD_CONNECTIONS = 64
const LOAD_SECONDS = 8

export interface Timing {
  firstByteP50Ms: number
  firstByteP99Ms: number
  fullP50Ms: number
  fullP99Ms: number
  requests: number
  non200: number
}

export interface TtfbRow {
  page: string
  path: string
  nextStart: { idle: Timing; loaded: Timing }
  recipe: { idle: Timing; loaded: Timing }
}

export interface TtfbResults {
  measuredAt: string
  loadAverage: number[]
  tool: string
  rows: TtfbRow[]
  /** The finder's idle first byte on next start, over the prerendered page's. */
  finderFirstByteRatio: number
  goal: string
  goalMet: boolean
}

/**
 * One GET: ms to the first byte of the page itself and to the end. A compressed body is decoded as
 * it arrives: Next's compression sends gzip's 10-byte header (and an empty flush) the moment the
 * response starts, before the page has rendered, so the first compressed chunk says nothing of when
 * the page's first byte left; the first decoded byte does.
 */
export function timeOne(url: URL, agent: Agent): Promise<{ firstByte: number; full: number; status: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    let firstByte = 0
    const req = request(url, { agent, headers: { 'accept-encoding': 'gzip' } }, (res) => {
      const body = res.headers['content-encoding'] === 'gzip' ? res.pipe(createGunzip()) : res
      body.on('data', (chunk: Buffer) => {
        if (!firstByte && chunk.length > 0) firstByte = performance.now() - started
      })
      body.on('end', () => resolve({ firstByte: firstByte || performance.now() - started, full: performance.now() - started, status: res.statusCode ?? 0 }))
      body.on('error', reject)
      res.on('error', reject)
    })
    req.setTimeout(20_000, () => req.destroy(new Error(`timeout: ${url}`)))
    req.on('error', reject)
    req.end()
  })
}

function summarize(samples: { firstByte: number; full: number; status: number }[]): Timing {
  const first = samples.map((s) => s.firstByte)
  const full = samples.map((s) => s.full)
  return {
    firstByteP50Ms: round(percentile(first, 50), 1),
    firstByteP99Ms: round(percentile(first, 99), 1),
    fullP50Ms: round(percentile(full, 50), 1),
    fullP99Ms: round(percentile(full, 99), 1),
    requests: samples.length,
    non200: samples.filter((s) => s.status !== 200).length,
  }
}

/** One request at a time, after a warm-up. */
async function idle(url: URL): Promise<Timing> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 })
  try {
    for (let i = 0; i < 5; i++) await timeOne(url, agent)
    const samples = []
    for (let i = 0; i < IDLE_REQUESTS; i++) samples.push(await timeOne(url, agent))
    return summarize(samples)
  } finally {
    agent.destroy()
  }
}

/** LOAD_CONNECTIONS connections asking in a loop for LOAD_SECONDS; every request timed. */
async function loaded(url: URL): Promise<Timing> {
  const agent = new Agent({ keepAlive: true, maxSockets: LOAD_CONNECTIONS })
  const samples: { firstByte: number; full: number; status: number }[] = []
  const deadline = performance.now() + LOAD_SECONDS * 1000
  try {
    await Promise.all(
      Array.from({ length: LOAD_CONNECTIONS }, async () => {
        while (performance.now() < deadline) samples.push(await timeOne(url, agent))
      }),
    )
    return summarize(samples)
  } finally {
    agent.destroy()
  }
}

async function measure(origin: string, path: string): Promise<{ idle: Timing; loaded: Timing }> {
  const url = new URL(path, origin)
  const quiet = await idle(url)
  const busy = await loaded(url)
  return { idle: quiet, loaded: busy }
}

export interface TtfbOptions {
  /** The build to serve (relative to the repository). */
  dist: string
  /** Ports for next start and nginx. */
  ports: { next: number; recipe: number }
  /** Where nginx keeps its files. */
  runDir: string
  /** The site's environment for next start (the embedded dataset). */
  env: NodeJS.ProcessEnv
}

/** Runs the measurements; the servers are started and stopped here. */
export async function ttfb({ dist, ports, runDir, env }: TtfbOptions): Promise<TtfbResults> {
  const next: Running = start(process.execPath, [NEXT_BIN, 'start', '--hostname', HOST, '--port', String(ports.next)], { ...env, NEXT_DIST_DIR: dist })
  let recipe: Running | null = null
  try {
    await waitFor(`http://${HOST}:${ports.next}/robots.txt`, 60_000, next)
    const prepared = prepareRecipe({
      dist: join(ROOT, dist),
      runDir,
      listen: `${HOST}:${ports.recipe}`,
      upstream: `${HOST}:${ports.next}`,
      cacheTtl: '5s',
      mimeTypes: '/etc/nginx/mime.types',
      log,
    })
    const { command, args } = nginxCommand(prepared)
    recipe = start(command, args)
    await waitFor(`http://${HOST}:${ports.recipe}/robots.txt`, 20_000, recipe)
    const rows: TtfbRow[] = []
    for (const { page, path } of TTFB_PAGES) {
      log(`ttfb: ${page} (${path}) on next start`)
      const alone = await measure(`http://${HOST}:${ports.next}`, path)
      log(`ttfb: ${page} (${path}) through the recipe`)
      const proxied = await measure(`http://${HOST}:${ports.recipe}`, path)
      rows.push({ page, path, nextStart: alone, recipe: proxied })
    }
    const prerendered = rows[0]!.nextStart.idle.firstByteP50Ms
    const finder = rows[1]!.nextStart.idle.firstByteP50Ms
    const ratio = round(finder / Math.max(prerendered, 0.1), 2)
    return {
      measuredAt: new Date().toISOString(),
      loadAverage: loadavg().map((n) => round(n, 2)),
      tool: `Node http client, keep-alive, gzip accepted; idle: ${IDLE_REQUESTS} requests one at a time after 5 to warm up; loaded: ${LOAD_CONNECTIONS} connections for ${LOAD_SECONDS} s, every request timed; first byte = the first byte of the decoded page (not gzip's header)`,
      rows,
      finderFirstByteRatio: ratio,
      goal: `the finder’s first byte (idle, next start) within ${BUDGETS.maxFinderFirstByteRatio}× a prerendered page’s`,
      goalMet: ratio <= BUDGETS.maxFinderFirstByteRatio,
    }
  } finally {
    await recipe?.stop()
    await next.stop()
  }
}

/** The table for the bench's report and the README. */
export function ttfbTable(results: TtfbResults): string {
  const cell = (t: Timing) => `${t.firstByteP50Ms} / ${t.fullP50Ms} (p99 ${t.firstByteP99Ms} / ${t.fullP99Ms})`
  return table(
    ['page', 'next start, idle', `next start, ${LOAD_CONNECTIONS} conn.`, 'recipe, idle', `recipe, ${LOAD_CONNECTIONS} conn.`],
    results.rows.map((r) => [r.page, cell(r.nextStart.idle), cell(r.nextStart.loaded), cell(r.recipe.idle), cell(r.recipe.loaded)]),
  )
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2)
  const at = argv.indexOf('--dist')
  const dist = at >= 0 ? argv[at + 1]! : '.next'
  const runDir = mkdtempSync(join(tmpdir(), 'center-ttfb-'))
  chmodSync(runDir, 0o755) // nginx's workers read in here
  const env = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', SANITY_PROJECT_ID: '', SANITY_DATASET: '', SANITY_API_HOST: '' } as NodeJS.ProcessEnv
  const results = await ttfb({ dist, ports: { next: 3193, recipe: 8193 }, runDir, env })
  console.log(`first byte / full response, p50 ms (p99), ${results.measuredAt}, load ${results.loadAverage.join(' ')}`)
  console.log(ttfbTable(results))
  console.log(`finder first byte = ${results.finderFirstByteRatio}× the prerendered page's: goal ${results.goalMet ? 'met' : 'MISSED'}`)
  console.log(JSON.stringify(results, null, 2))
}

if (process.argv[1] && /ttfb\.ts$/.test(process.argv[1])) {
  main().catch((error: unknown) => {
    console.error(error)
    process.exit(1)
  })
}
