/**
 * Where the finder's first byte goes: several builds served side by side by `next start`, their
 * pages timed in one run, interleaved (round after round, each page a few requests in turn), so
 * that the machine's speed, which moves from minute to minute on this shared machine, weighs on
 * every page alike. Ratios within one run are the figures to compare, not milliseconds across runs.
 *
 *   npx tsx bench/ttfb-compare.ts --rounds 12 --per-round 10 \
 *     site-on=.next-base:3501 site-off=/tmp/speed-off/.next:3502 floor-on=/tmp/floor-on/.next:3503 …
 *
 * Each server is `name=<dist folder>:<port>`; a dist folder's parent is the app's folder (its
 * next.config and public files), except the site's own folders (`.next…`, relative), served from
 * this repository with NEXT_DIST_DIR. The paths timed on each: the site's prerendered /about and its
 * finder with `?q=police`; a floor's prerendered `/` and its page rendered per request `/dynamic`
 * (bench/floor.ts, floorDynamicPage). First byte as bench/ttfb.ts times it (the first decoded byte).
 */
import { Agent } from 'node:http'
import { loadavg } from 'node:os'
import { dirname, isAbsolute } from 'node:path'
import { log, NEXT_BIN, percentile, ROOT, round, start, table, waitFor, type Running } from './lib'
import { timeOne } from './ttfb'

const HOST = '127.0.0.1'

export interface CompareServer {
  name: string
  dist: string
  port: number
}

/** The paths timed on a server: the site's or a floor's (named `floor…`). */
export function pathsFor(name: string): { label: string; path: string }[] {
  return name.startsWith('floor')
    ? [
        { label: 'prerendered /', path: '/' },
        { label: 'per request /dynamic', path: '/dynamic?q=police' },
      ]
    : [
        { label: 'prerendered /about', path: '/about' },
        { label: 'finder ?q=police', path: '/best-practices?q=police' },
      ]
}

export function parseServer(arg: string): CompareServer {
  const m = /^([\w-]+)=(.+):(\d+)$/.exec(arg)
  if (!m) throw new Error(`server "${arg}": name=<dist>:<port>`)
  return { name: m[1]!, dist: m[2]!, port: Number(m[3]) }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2)
  const value = (name: string, fallback: number) => {
    const i = argv.indexOf(`--${name}`)
    return i >= 0 ? Number(argv[i + 1]) : fallback
  }
  const rounds = value('rounds', 12)
  const perRound = value('per-round', 10)
  const servers = argv.filter((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--')).map(parseServer)
  const env = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', SANITY_PROJECT_ID: '', SANITY_DATASET: '', SANITY_API_HOST: '' } as NodeJS.ProcessEnv
  const running: Running[] = []
  try {
    for (const s of servers) {
      const external = isAbsolute(s.dist)
      const cwd = external ? dirname(s.dist) : ROOT
      const proc = start(process.execPath, [NEXT_BIN, 'start', '--hostname', HOST, '--port', String(s.port)], { ...env, NEXT_DIST_DIR: external ? '.next' : s.dist }, cwd)
      running.push(proc)
      await waitFor(`http://${HOST}:${s.port}${pathsFor(s.name)[0]!.path}`, 90_000, proc)
      log(`${s.name}: next start on ${s.port} (${s.dist})`)
    }
    const targets = servers.flatMap((s) => pathsFor(s.name).map((p) => ({ server: s.name, ...p, url: new URL(p.path, `http://${HOST}:${s.port}`), samples: [] as number[], full: [] as number[], bytes: 0 })))
    const agents = new Map(targets.map((t) => [t, new Agent({ keepAlive: true, maxSockets: 1 })]))
    for (const t of targets) for (let i = 0; i < 8; i++) await timeOne(t.url, agents.get(t)!)
    for (const t of targets) {
      const res = await fetch(t.url, { headers: { 'accept-encoding': 'identity' } })
      t.bytes = (await res.arrayBuffer()).byteLength
      if (res.status !== 200) throw new Error(`${t.server} ${t.path}: ${res.status}`)
    }
    for (let r = 0; r < rounds; r++) {
      // Each round in another order, so that no page always follows the same one.
      const order = r % 2 === 0 ? targets : [...targets].reverse()
      for (const t of order) {
        for (let i = 0; i < perRound; i++) {
          const one = await timeOne(t.url, agents.get(t)!)
          t.samples.push(one.firstByte)
          t.full.push(one.full)
        }
      }
      log(`round ${r + 1}/${rounds}`)
    }
    for (const a of agents.values()) a.destroy()
    const p50 = (xs: number[]) => round(percentile(xs, 50), 2)
    console.log(`\n${new Date().toISOString()}, load ${loadavg().map((n) => round(n, 2)).join(' ')}; ${rounds} rounds × ${perRound} requests a page, interleaved; first byte / full response, ms`)
    console.log(
      table(
        ['server', 'page', 'first byte p50', 'p90', 'full p50', 'HTML'],
        targets.map((t) => [t.server, `${t.label}`, p50(t.samples), round(percentile(t.samples, 90), 2), p50(t.full), `${round(t.bytes / 1024, 1)} KB`]),
      ),
    )
    console.log('\nratios (first byte p50 of the page rendered per request over the prerendered page of the same server):')
    for (const s of servers) {
      const [pre, dyn] = targets.filter((t) => t.server === s.name)
      console.log(`  ${s.name}: ${round(percentile(dyn!.samples, 50) / percentile(pre!.samples, 50), 2)}× (${p50(dyn!.samples)} / ${p50(pre!.samples)} ms; extra ${round(percentile(dyn!.samples, 50) - percentile(pre!.samples, 50), 2)} ms)`)
    }
  } finally {
    for (const p of running.reverse()) await p.stop()
  }
}

if (process.argv[1] && /ttfb-compare\.ts$/.test(process.argv[1])) {
  main().catch((error: unknown) => {
    console.error(error)
    process.exit(1)
  })
}
