/**
 * The figures the docs print, generated from the committed bench/results.json (scripts/docs-blocks.ts
 * puts them into their blocks): never copied by hand, so a new run of `npm run bench` followed by
 * `npm run docs:generate` brings every figure in the docs up to date, and
 * tests/unit/docs-generated.test.ts fails while one is stale.
 *
 * Each generator says which run the figures come from (its date, commit and mode) and prints
 * "not measured" for a part the run did not measure, never a figure of another run.
 */

/** The parts of bench/results.json these blocks read (bench/run.ts writes them). */
export interface FigureResults {
  date?: string
  commit?: string
  mode?: string
  ttfb?: {
    finderFirstByteRatio?: number
    goal?: string
    goalMet?: boolean
    rows?: {
      page: string
      path: string
      nextStart?: { idle?: Timing; loaded?: Timing }
      recipe?: { idle?: Timing; loaded?: Timing }
    }[]
  } | { skipped: string }
  search?: {
    engine?: Record<string, EngineFigures | undefined>
    finderPageHttp?: Record<string, { runs: number; p50Ms: number; p95Ms: number } | undefined>
  } | { skipped: string }
  build?: {
    synthetic?: {
      dataset?: string
      completed?: boolean
      seconds?: number
      peakTreeMb?: number
      pagesPrerendered?: string
      perPage?: { practiceMs?: number; cityMs?: number }
    } | { skipped: string }
  }
}

interface Timing {
  firstByteP50Ms: number
  fullP50Ms: number
}

interface Percentiles {
  p50Ms: number
  p95Ms: number
  p99Ms: number
}

interface EngineFigures {
  documents: number
  buildIndexMs?: number
  [search: string]: Percentiles | number | undefined
}

const ms = (value: number | undefined) => (value == null ? 'not measured' : `${value} ms`)
const skipped = (part: unknown): part is { skipped: string } => typeof part === 'object' && part !== null && 'skipped' in part

/** "the full run of 30 November 2026 at 4f1e69fcfe" */
export function runName(results: FigureResults): string {
  const date = results.date ? new Date(results.date).toLocaleDateString('en-US', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }) : 'an undated run'
  return `the ${results.mode ?? 'full'} run of ${date} at ${results.commit?.slice(0, 10) ?? 'an unknown commit'}`
}

/** docs/caching.md: what rendering per request costs, first byte and whole response, idle. */
export function ttfbBlock(results: FigureResults): string {
  const ttfb = results.ttfb
  if (!ttfb || skipped(ttfb) || !ttfb.rows?.length) return `First-byte figures: not measured in ${runName(results)}.`
  const lines = [
    `From ${runName(results)} (\`bench/results.json\`, \`ttfb\`): p50 of 60 requests one at a time, idle.`,
    '',
    '| page | `next start`: first byte / whole | behind the recipe (nginx cache): first byte / whole |',
    '| --- | ---: | ---: |',
    ...ttfb.rows.map((row) => {
      const next = row.nextStart?.idle
      const recipe = row.recipe?.idle
      const pair = (t?: Timing) => (t ? `${t.firstByteP50Ms} / ${t.fullP50Ms} ms` : 'not measured')
      return `| ${row.page.replace(/\s*\(.*\)$/, '')}, \`${row.path}\` | ${pair(next)} | ${pair(recipe)} |`
    }),
  ]
  if (ttfb.finderFirstByteRatio != null) {
    lines.push('', `The finder's first byte is **${ttfb.finderFirstByteRatio}×** a prerendered page's: the goal, at most 3×, is ${ttfb.goalMet ? 'met' : 'missed'}.`)
  }
  return lines.join('\n')
}

const SEARCHES: [key: string, label: string][] = [
  ['query+2 facets', 'words + two facets (the target: p95 under 30 ms)'],
  ['query', 'words alone'],
  ['2 facets', 'two facets alone'],
  ['typo', 'a typo (fuzzy)'],
]

/** docs/finder.md: the search function's times on both datasets, and the page's over HTTP. */
export function searchBlock(results: FigureResults): string {
  const search = results.search
  if (!search || skipped(search) || !search.engine) return `Search figures: not measured in ${runName(results)}.`
  const datasets = Object.entries(search.engine).filter((entry): entry is [string, EngineFigures] => Boolean(entry[1]))
  const lines = [`From ${runName(results)} (\`bench/results.json\`, \`search\`), 500 runs of each search:`, '']
  for (const [name, figures] of datasets) {
    lines.push(
      `**${name === 'synthetic' ? 'The synthetic dataset' : "The Center's dataset"}** (${figures.documents.toLocaleString('en-US')} documents; index built in ${ms(figures.buildIndexMs)}):`,
      '',
      '| Search | p50 | p95 | p99 |',
      '| --- | ---: | ---: | ---: |',
      ...SEARCHES.map(([key, label]) => {
        const p = figures[key] as Percentiles | undefined
        return p ? `| ${label} | ${p.p50Ms} ms | ${p.p95Ms} ms | ${p.p99Ms} ms |` : `| ${label} | not measured | | |`
      }),
      '',
    )
  }
  const http = search.finderPageHttp ?? {}
  const pages = Object.entries(http).filter((entry): entry is [string, { runs: number; p50Ms: number; p95Ms: number }] => Boolean(entry[1]))
  if (pages.length) {
    lines.push(
      `The whole finder page over HTTP (\`next start\`): ${pages.map(([name, p]) => `${name === 'synthetic' ? 'synthetic dataset' : "the Center's"} p50 ${p.p50Ms} ms, p95 ${p.p95Ms} ms (${p.runs} requests)`).join('; ')}.`,
    )
  }
  return lines.join('\n').trimEnd()
}

/** docs/finder.md: the build on 10,000 practices. */
export function synthBuildBlock(results: FigureResults): string {
  const synth = results.build?.synthetic
  if (!synth || skipped(synth)) return `The build on the synthetic dataset: not measured in ${runName(results)}.`
  const done = synth.completed ? 'completes' : 'did not complete within the bench’s limit'
  return [
    `From ${runName(results)} (\`bench/results.json\`, \`build.synthetic\`; ${synth.dataset ?? 'the synthetic dataset'}):`,
    `the build ${done}, prerenders ${/^\d+/.exec(synth.pagesPrerendered ?? '')?.[0] ?? 'an unknown number of'} pages in ${synth.seconds ?? '?'} s,`,
    `with a peak of ${synth.peakTreeMb != null ? `${(synth.peakTreeMb / 1024).toFixed(1)} GB` : 'unknown memory'}; a practice not prerendered takes`,
    `${ms(synth.perPage?.practiceMs)} on its first visit, a city ${ms(synth.perPage?.cityMs)}.`,
  ].join('\n')
}
