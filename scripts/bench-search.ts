/**
 * Measures the finder's search on a large dataset: the pure function the page calls
 * (`searchFinder`, lib/search/engine.ts), not the HTTP round trip.
 *
 *   npm run bench:search -- [--file path.ndjson] [--runs 500] [--json]
 *
 * Without --file it synthesizes 10,000 practices in 1,000 cities (seed 42) in memory
 * (scripts/synth-dataset.ts). It prints the time to load the documents through the content query,
 * to build the index, and the 50th, 95th and 99th percentile and maximum times of: a keyword query
 * with two facets (the target: p95 under 30 ms), a keyword query alone, two facets alone, and a
 * query with a typo. --json prints the same figures as one JSON object (for a benchmark runner).
 */
import { fileURLToPath } from 'node:url'
import { searchDocumentsQuery } from '../lib/content/queries'
import { runQuery } from '../lib/content/run'
import { createEmbeddedSource, parseNdjson } from '../lib/content/source-embedded'
import { toSearchDocs } from '../lib/search/documents'
import { buildFinderIndex, searchFinder, type FinderIndex } from '../lib/search/engine'
import { EMPTY_FINDER_STATE, type FinderState } from '../lib/search/url'
import { FINDER_KIND_VALUES, TIER_VALUES, TOPIC_VALUES } from '../lib/search/vocabulary'
import { rng, synthNdjson } from './synth-dataset'

export const TARGET_P95_MS = 30

const WORDS = [
  'youth mentoring', 'crisis', 'de-escalation training', 'homeless outreach', 'civilian oversight', 'police',
  'equity budget', 'immigrant legal', 'hate incident', 'diversion', 'mental health', 'community trust',
  'dashboard', 'listening sessions', 'summer jobs', 'responders', 'treatment', 'language access',
]
const TYPOS = ['polcie', 'mentorng', 'homless', 'deescalation', 'oversigth', 'immigrnt', 'trainings', 'policing']

export interface Percentiles {
  runs: number
  p50: number
  p95: number
  p99: number
  max: number
}

function percentiles(times: number[]): Percentiles {
  const sorted = [...times].sort((a, b) => a - b)
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
  const round = (n: number) => Math.round(n * 100) / 100
  return { runs: times.length, p50: round(at(50)), p95: round(at(95)), p99: round(at(99)), max: round(sorted[sorted.length - 1]!) }
}

/** The states searched: deterministic from the seed, drawn from what the index holds. */
function states(index: FinderIndex, kind: 'query+2 facets' | 'query' | '2 facets' | 'typo', runs: number, seed = 7): FinderState[] {
  const r = rng(seed)
  const stateCodes = [...index.facets.state.values].sort()
  const years = [...index.facets.year.values].sort()
  const facetPicks: (() => Partial<FinderState>)[] = [
    () => ({ topic: [r.pick(TOPIC_VALUES)] }),
    () => ({ state: [r.pick(stateCodes)] as FinderState['state'] }),
    () => ({ tier: [r.pick(TIER_VALUES)] }),
    () => ({ component: [r.int(1, 10)] }),
    () => ({ kind: [r.pick(FINDER_KIND_VALUES)] }),
    () => ({ year: [Number(r.pick(years))] }),
  ]
  return Array.from({ length: runs }, () => {
    const [a, b] = r.some(facetPicks, 2)
    const facets = { ...a!(), ...b!() }
    switch (kind) {
      case 'query+2 facets':
        return { ...EMPTY_FINDER_STATE, q: r.pick(WORDS), ...facets }
      case 'query':
        return { ...EMPTY_FINDER_STATE, q: r.pick(WORDS) }
      case '2 facets':
        return { ...EMPTY_FINDER_STATE, ...facets }
      case 'typo':
        return { ...EMPTY_FINDER_STATE, q: r.pick(TYPOS) }
    }
  })
}

/**
 * Times each search twice over: wall-clock time, and the process's CPU time (user + system), which
 * other work on a busy machine disturbs less. Both are reported; the target is on wall-clock time.
 */
export function timeSearches(index: FinderIndex, list: FinderState[], warmup = 30): { wall: Percentiles; cpu: Percentiles } {
  for (const s of list.slice(0, warmup)) searchFinder(index, s)
  const wall: number[] = []
  const cpu: number[] = []
  for (const s of list) {
    const c = process.cpuUsage()
    const t = performance.now()
    searchFinder(index, s)
    wall.push(performance.now() - t)
    const used = process.cpuUsage(c)
    cpu.push((used.user + used.system) / 1000)
  }
  return { wall: percentiles(wall), cpu: percentiles(cpu) }
}

export async function bench({ file, runs = 500 }: { file?: string; runs?: number } = {}) {
  let t = performance.now()
  const source = file
    ? createEmbeddedSource({ file })
    : createEmbeddedSource({ documents: parseNdjson(synthNdjson({ practices: 10_000, cities: 1_000, seed: 42 })) })
  const synthMs = performance.now() - t
  t = performance.now()
  const data = await runQuery(searchDocumentsQuery, {}, { source })
  const loadMs = performance.now() - t
  t = performance.now()
  const docs = toSearchDocs(data)
  const index = buildFinderIndex(docs)
  const buildMs = performance.now() - t
  const kinds = ['query+2 facets', 'query', '2 facets', 'typo'] as const
  const results = Object.fromEntries(kinds.map((k) => [k, timeSearches(index, states(index, k, runs))]))
  return {
    dataset: file ?? 'synthetic: 10,000 practices, 1,000 cities, seed 42 (in memory)',
    documents: docs.length,
    practices: data.practices.length,
    node: process.version,
    ms: { synthesize: Math.round(file ? 0 : synthMs), loadThroughQuery: Math.round(loadMs), buildIndex: Math.round(buildMs) },
    search: results as Record<(typeof kinds)[number], { wall: Percentiles; cpu: Percentiles }>,
    targetP95Ms: TARGET_P95_MS,
    meetsTarget: results['query+2 facets']!.wall.p95 < TARGET_P95_MS,
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2)
  const value = (name: string) => {
    const i = args.indexOf(`--${name}`)
    return i >= 0 ? args[i + 1] : undefined
  }
  void bench({ file: value('file'), runs: Number(value('runs') ?? 500) }).then((report) => {
    if (args.includes('--json')) {
      console.log(JSON.stringify(report, null, 2))
      return
    }
    console.log(`Finder search benchmark: ${report.dataset}`)
    console.log(`${report.documents} documents (${report.practices} practices), Node ${report.node}`)
    console.log(`load through searchDocumentsQuery ${report.ms.loadThroughQuery} ms, build index ${report.ms.buildIndex} ms`)
    console.log('search (ms)          runs    wall: p50     p95     p99     max    cpu: p50     p95     p99')
    for (const [kind, { wall, cpu }] of Object.entries(report.search)) {
      const f = (n: number) => n.toFixed(2).padStart(7)
      console.log(
        `${kind.padEnd(18)} ${String(wall.runs).padStart(6)}      ${[wall.p50, wall.p95, wall.p99, wall.max].map(f).join(' ')}      ${[cpu.p50, cpu.p95, cpu.p99].map(f).join(' ')}`,
      )
    }
    const p95 = report.search['query+2 facets'].wall.p95
    console.log(`keyword + two facets: p95 ${p95} ms, ${report.meetsTarget ? 'under' : 'OVER'} the ${TARGET_P95_MS} ms target`)
  })
}
