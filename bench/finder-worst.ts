/**
 * The finder's worst case, as the security review tried it: 200 finder addresses at once, each as
 * long as the site accepts (MAX_ADDRESS_QUERY_BYTES after the `?`; the review's 15 KB addresses are
 * now refused by proxy.ts with 414 before Next reads them, tested in tests/e2e/security-review.spec.ts):
 * 60 made-up `city=` values, the rest other made-up pairs, a long `q`, each different so that no
 * cache helps, while a cached page is asked for alongside. Reports how long the 200 took and what
 * the cached page's visitors waited meanwhile. A step of `npm run bench` (bench/run.ts, "search"),
 * on `next start` with no cache in front; also runnable alone:
 *
 *   npx tsx bench/finder-worst.ts http://127.0.0.1:3000
 */
import { MAX_ADDRESS_QUERY_BYTES } from '../lib/search/url'
import { log, percentile, round } from './lib'

export interface FinderWorstCase {
  requests: number
  addressBytes: number
  allMs: number
  p50Ms: number
  p95Ms: number
  /** A cached page (/about) asked for every 50 ms while the 200 run. */
  cachedPageP95Ms: number
  cachedPageMaxMs: number
  statuses: Record<string, number>
}

export function worstFinderAddress(i: number): string {
  const params = new URLSearchParams()
  params.append('q', `youth violence prevention crisis response ${i} `.repeat(5).slice(0, 200))
  for (let c = 0; c < 60; c++) params.append('city', `made-up-city-${i}-${c}-${'x'.repeat(60)}`)
  while (params.toString().length < MAX_ADDRESS_QUERY_BYTES - 10) params.append('year', String(1900 + (params.size % 300)))
  return `/best-practices?${params}`
}

export async function finderWorstCase(origin: string, requests = 200): Promise<FinderWorstCase> {
  log(`search: the finder's worst case (${requests} addresses of ~${Math.round(MAX_ADDRESS_QUERY_BYTES / 1000)} KB at once, a cached page alongside)…`)
  await fetch(`${origin}/about`).then((r) => r.arrayBuffer())
  await fetch(`${origin}${worstFinderAddress(-1)}`).then((r) => r.arrayBuffer())
  const statuses: Record<string, number> = {}
  const times: number[] = []
  const cached: number[] = []
  let running = true
  const probe = (async () => {
    while (running) {
      const t = performance.now()
      await fetch(`${origin}/about`).then((r) => r.arrayBuffer())
      cached.push(performance.now() - t)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  })()
  const started = performance.now()
  await Promise.all(
    Array.from({ length: requests }, async (_, i) => {
      const t = performance.now()
      const response = await fetch(`${origin}${worstFinderAddress(i)}`, { signal: AbortSignal.timeout(120_000) })
      await response.arrayBuffer()
      times.push(performance.now() - t)
      statuses[response.status] = (statuses[response.status] ?? 0) + 1
    }),
  )
  const allMs = performance.now() - started
  running = false
  await probe
  return {
    requests,
    addressBytes: worstFinderAddress(0).length,
    allMs: round(allMs, 0),
    p50Ms: round(percentile(times, 50), 0),
    p95Ms: round(percentile(times, 95), 0),
    cachedPageP95Ms: round(percentile(cached, 95), 0),
    cachedPageMaxMs: round(Math.max(...cached), 0),
    statuses,
  }
}

if (process.argv[1]?.endsWith('finder-worst.ts')) {
  const origin = process.argv[2] ?? 'http://127.0.0.1:3000'
  finderWorstCase(origin).then(
    (result) => console.log(JSON.stringify(result, null, 2)),
    (error: unknown) => {
      console.error(error)
      process.exit(1)
    },
  )
}
