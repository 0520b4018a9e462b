/**
 * `npm run bench`: the site's benchmarks, side by side, on this machine. Prints tables and writes
 * bench/results.json (with the date, the commit and the machine).
 *
 *   npm run bench                                  # everything (about 25 minutes on 2 cores)
 *   npm run bench -- --quick                       # before you stop: under 10 minutes (below)
 *   npm run bench -- --only serving,lighthouse     # some parts; the others stay as they were in results.json
 *   npm run bench -- --reuse-build                 # use the last bench build (.next-bench) if there is one
 *   npm run bench -- --lighthouse-runs 5           # Lighthouse runs of A, B and C each, medians taken (default 3)
 *   npm run bench -- --only lighthouse --reuse-build --templates home,/about   # a functional run
 *   npm run bench -- --out /tmp/results.json       # write elsewhere
 *   npm run bench -- --synth-build-minutes 30      # let the synthetic build run longer (default 15)
 *
 * --quick: the Center's build alone, the serving table at 5 s a run, page bytes, Lighthouse on 7
 * templates, one of each kind of page (QUICK_TEMPLATES in bench/budgets.ts: home, a section, a
 * document, the finder, the form, the Spanish home and a Spanish section; 3 runs each of A, B and C,
 * as a full run), the first-byte table and the CPU profile; no
 * synthetic dataset, no build without the Studio, no search.
 * Its results carry the tree's fingerprint as a full run's do, and bench:check accepts them.
 *
 * Parts:
 *   build       `next build` of the Center's dataset (time, peak memory), the same without the
 *               Studio route (its share), and of the synthetic 10,000-practice dataset
 *               (npm run dataset:synth; skipped with a message if the script is missing),
 *               stopped after --synth-build-minutes if not done, plus what a page that was
 *               not prerendered costs on its first visit there
 *   serving     wrk, 64 connections, 10 s, on the home page, a practice and the finder with a
 *               query: `next start` alone (gzip accepted, and not), the recipe
 *               (deploy/nginx.conf.template in front), and plain nginx serving the same HTML from files
 *   pages       every template's HTML from `next start`: bytes, gzipped bytes, and how much of it
 *               is the inline RSC payload (`self.__next_f.push` scripts)
 *   lighthouse  mobile Lighthouse, one Chromium for all runs (bench/lighthouse-worker.mjs), interleaved
 *               (bench/lighthouse.ts): A, the floor, a bare Next page with the site's next.config.ts
 *               and stylesheet built in a temporary folder (bench/floor.ts); B, each template's HTML
 *               without scripts, from files; C, each template through the recipe; medians of ≥ 3 runs
 *   profile     V8's CPU profile of `next start` (--cpu-prof) while wrk loads the three pages of
 *               the serving table: the functions with the most self time
 *   search      the finder's search on both datasets (scripts/bench-search.ts, if present) and
 *               the finder page's HTTP time on both builds
 *   ttfb        first byte and full response of the finder and a state's cities against a
 *               prerendered page, next start alone and the recipe, idle and at 64 connections (bench/ttfb.ts)
 *
 * Everything listens on 127.0.0.1 only; each load run is bounded (10 s).
 * Needs: nginx and wrk (Debian: apt-get install -y nginx wrk), Chromium (CHROME_PATH, default
 * /usr/bin/chromium). `npm run bench:check` then checks the budgets (bench/budgets.ts).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir, totalmem } from 'node:os'
import { dirname, isAbsolute, join } from 'node:path'
import { createInterface } from 'node:readline'
import { gzipSync } from 'node:zlib'
import { parseNdjson } from '../lib/ndjson'
import { pageOf, PAGES } from '../lib/pages'
import { publicTemplates, type DetailSamples } from './templates'
import { nginxCommand, prepare as prepareRecipe, testConfig, writeNginxConfig } from '../deploy/recipe.mjs'
import { ttfb, ttfbTable } from './ttfb'
import { checkBudgets, type CpuProfileEntry, type LighthouseRow, type PageBytesRow, type Results, type ServingFigures, type ServingRow } from './budgets'
import { finderWorstCase } from './finder-worst'
import { siteStylesheet, stripScripts, writeFloorApp, writeStaticPage } from './floor'
import { floorBlock } from './report'
import { benchmarkIndexOf, lighthouseSchedule, rowFrom, type LhJson } from './lighthouse'
import { fingerprint } from './fingerprint'
import {
  NEXT_BIN,
  ROOT,
  log,
  percentile,
  round,
  run,
  sleep,
  start,
  table,
  timedBuild,
  waitFor,
  wrk,
  type LoadResult,
  type Running,
} from './lib'

const PORTS = { next: 3191, recipe: 8191, plain: 8192, synth: 3192, floorNext: 3193, floorRecipe: 8193, stripped: 8194 }
const HOST = '127.0.0.1'
const DIST = { center: '.next-bench', noStudio: '.next-bench-nostudio', synth: '.next-bench-synth' }
const SITE_URL = `http://${HOST}:${PORTS.recipe}`
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium'
const MIME_TYPES = '/etc/nginx/mime.types'
const STUDIO_MARKERS = ['Choose login provider', 'structure-node-id-required', 'sanity/structure']
const FINDER_QUERY = '/best-practices?q=police&topic=training'
/** The floor's name in the results (A). */
const FLOOR_TEMPLATE = 'floor (a bare Next page)'

type Part = 'build' | 'serving' | 'pages' | 'lighthouse' | 'profile' | 'search' | 'ttfb'
const ALL_PARTS: Part[] = ['build', 'serving', 'pages', 'lighthouse', 'profile', 'search', 'ttfb']
const QUICK_PARTS: Part[] = ['build', 'serving', 'pages', 'lighthouse', 'ttfb', 'profile']

interface Options {
  parts: Set<Part>
  quick: boolean
  reuseBuild: boolean
  lighthouseRuns: number
  /** --templates home,/about: the Lighthouse part on these templates only (a functional run; bench:check wants them all). */
  templates: string[] | null
  /** Seconds of each wrk run (10; 5 with --quick). */
  servingSeconds: number
  out: string
  skipSynth: boolean
  synthBuildMinutes: number
}

function parseArgs(argv: string[]): Options {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`)
    return i >= 0 ? argv[i + 1] : undefined
  }
  const only = value('only')
  const quick = argv.includes('--quick')
  const parts = new Set<Part>(only ? (only.split(',').map((p) => p.trim()) as Part[]) : quick ? QUICK_PARTS : ALL_PARTS)
  for (const p of parts) if (!ALL_PARTS.includes(p)) throw new Error(`unknown part ${p}: ${ALL_PARTS.join(', ')}`)
  return {
    parts,
    quick,
    reuseBuild: argv.includes('--reuse-build'),
    // A, B and C are each the median of at least 3 runs, in quick runs too (bench:check refuses fewer).
    lighthouseRuns: Number(value('lighthouse-runs') ?? 3),
    templates: value('templates')?.split(',').map((t) => t.trim()) ?? null,
    servingSeconds: quick ? 5 : 10,
    out: value('out') ?? join(ROOT, 'bench', 'results.json'),
    skipSynth: quick || argv.includes('--skip-synth'),
    synthBuildMinutes: Number(value('synth-build-minutes') ?? 15),
  }
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim()
  } catch {
    return ''
  }
}

/** `nginx -v` writes its version to stderr ("nginx version: nginx/1.22.1"). */
function nginxVersion(): string | null {
  const answer = spawnSync('nginx', ['-v'], { encoding: 'utf8' })
  return `${answer.stdout ?? ''}${answer.stderr ?? ''}`.match(/nginx\/[\w.]+/)?.[0] ?? null
}

function hasCommand(name: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

type Env = Record<string, string | undefined>

function siteEnv(extra: Env = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    SANITY_TELEMETRY_DISABLED: '1',
    // The embedded dataset: the bench measures the site, not a network.
    SANITY_PROJECT_ID: '',
    SANITY_DATASET: '',
    SANITY_API_HOST: '',
    SITE_URL,
    ...extra,
  } as NodeJS.ProcessEnv
}

/** Runs `fn` and puts tsconfig.json back as it was (next build adds its dist folder to it). */
async function keepingTsconfig<T>(fn: () => Promise<T>): Promise<T> {
  const file = join(ROOT, 'tsconfig.json')
  const before = readFileSync(file, 'utf8')
  try {
    return await fn()
  } finally {
    if (readFileSync(file, 'utf8') !== before) writeFileSync(file, before)
  }
}

function dirBytes(dir: string, filter: (name: string) => boolean = () => true): number {
  if (!existsSync(dir)) return 0
  let total = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) total += dirBytes(path, filter)
    else if (filter(entry.name)) total += statSync(path).size
  }
  return total
}

// --- build ---------------------------------------------------------------------------------------

async function buildCenter(options: Options, results: Results): Promise<void> {
  const build: Record<string, unknown> = (results.build as Record<string, unknown>) ?? {}
  const canReuse = options.reuseBuild && existsSync(join(ROOT, DIST.center, 'BUILD_ID'))
  if (canReuse && !options.parts.has('build')) {
    log(`reusing the build in ${DIST.center}`)
    return
  }
  log(`building the site on the Center's dataset into ${DIST.center} (a few minutes)…`)
  rmSync(join(ROOT, DIST.center), { recursive: true, force: true })
  const full = await keepingTsconfig(() => timedBuild(siteEnv({ NEXT_DIST_DIR: DIST.center }), [], 'center build', 1_200_000))
  build.center = summarizeBuild(full, DIST.center)
  build.measuredAt = new Date().toISOString()
  log(`  center: ${full.seconds} s, peak ${full.peakTreeMb} MB (tree)`)
  if (options.parts.has('build') && !options.quick) {
    log(`building again without the Studio route (--debug-build-paths) into ${DIST.noStudio}…`)
    rmSync(join(ROOT, DIST.noStudio), { recursive: true, force: true })
    const noStudio = await keepingTsconfig(() =>
      timedBuild(siteEnv({ NEXT_DIST_DIR: DIST.noStudio }), ['--debug-build-paths', 'app/**,!app/**/studio/**'], 'build without Studio', 1_200_000),
    )
    build.centerWithoutStudio = summarizeBuild(noStudio, DIST.noStudio)
    build.studioShare = {
      seconds: round(full.seconds - noStudio.seconds),
      percentOfTime: round(((full.seconds - noStudio.seconds) / full.seconds) * 100),
      peakTreeMbDifference: full.peakTreeMb - noStudio.peakTreeMb,
      clientJsBytesDifference: dirBytes(join(ROOT, DIST.center, 'static'), (n) => n.endsWith('.js')) - dirBytes(join(ROOT, DIST.noStudio, 'static'), (n) => n.endsWith('.js')),
    }
    rmSync(join(ROOT, DIST.noStudio), { recursive: true, force: true })
  }
  results.build = build
}

function summarizeBuild(b: { seconds: number; peakTreeMb: number; maxProcessMb: number | null; output: string }, dist: string) {
  const pages = /Generating static pages[^\n]*\((\d+)\/(\d+)\)/g
  let count: number | null = null
  for (const m of b.output.matchAll(pages)) count = Number(m[2])
  return {
    seconds: b.seconds,
    peakTreeMb: b.peakTreeMb,
    maxProcessMb: b.maxProcessMb,
    staticPages: count,
    clientJsBytes: dirBytes(join(ROOT, dist, 'static'), (n) => n.endsWith('.js')),
  }
}

function synthScript(): string | null {
  const file = join(ROOT, 'scripts', 'synth-dataset.ts')
  return existsSync(file) ? file : null
}

async function buildSynth(options: Options, results: Results, work: string): Promise<string | null> {
  const build: Record<string, unknown> = (results.build as Record<string, unknown>) ?? {}
  results.build = build
  const script = synthScript()
  if (!script || options.skipSynth) {
    const why = !script ? 'scripts/synth-dataset.ts is not there yet (npm run dataset:synth)' : '--skip-synth'
    log(`synthetic dataset skipped: ${why}`)
    if (options.parts.has('build')) build.synthetic = { skipped: why }
    return null
  }
  const file = join(work, 'synthetic-10000.ndjson')
  log('writing the synthetic dataset (npm run dataset:synth -- --practices 10000 --cities 1000)…')
  await run(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), script, '--practices', '10000', '--cities', '1000', '--out', file], {
    timeoutMs: 300_000,
    label: 'dataset:synth',
  })
  if (!options.parts.has('build')) return file

  const capMs = options.synthBuildMinutes * 60_000
  log(`building the site on the synthetic dataset into ${DIST.synth}, stopped after ${options.synthBuildMinutes} min if not done (it prerenders the first PRERENDER_LIMIT practices and cities)…`)
  rmSync(join(ROOT, DIST.synth), { recursive: true, force: true })
  const synthetic: Record<string, unknown> = { dataset: 'npm run dataset:synth -- --practices 10000 --cities 1000 (seed 42)' }
  try {
    const synth = await keepingTsconfig(() =>
      timedBuild(siteEnv({ NEXT_DIST_DIR: DIST.synth, CENTER_DATASET_FILE: file }), [], 'synthetic build', capMs, { allowTimeout: true }),
    )
    const progress = [...synth.output.matchAll(/Generating static pages[^\n]*\((\d+)\/(\d+)\)/g)].pop()
    Object.assign(synthetic, {
      completed: !synth.timedOut,
      seconds: synth.seconds,
      peakTreeMb: synth.peakTreeMb,
      maxProcessMb: synth.maxProcessMb,
      stagesAtSeconds: synth.stages,
      pagesPrerendered: progress ? `${progress[1]}/${progress[2]} (last progress line Next printed)` : null,
    })
    // The rate of the prerendering seen, carried to every page (one worker, as Next uses here).
    const begun = synth.stages.generatingStarted
    if (synth.timedOut && progress && begun !== undefined && Number(progress[1]) > 0) {
      const perPage = (synth.seconds - begun) / Number(progress[1])
      synthetic.projectedFromBuildProgress = { secondsPerPage: round(perPage, 2), totalHours: round((begun + perPage * Number(progress[2])) / 3600, 1) }
    }
    log(`  synthetic: ${synth.timedOut ? `stopped after ${synth.seconds} s` : `${synth.seconds} s`}, peak ${synth.peakTreeMb} MB (tree); stages ${JSON.stringify(synth.stages)}`)
  } catch (error) {
    synthetic.failed = String(error).slice(0, 2000)
    log(`  synthetic build failed: ${String(error).slice(0, 500)}`)
  }
  rmSync(join(ROOT, DIST.synth), { recursive: true, force: true })
  // What a page that was not prerendered costs on its first visit there: the Center build serving
  // the synthetic file renders each practice or city page on its first request.
  try {
    synthetic.perPage = await perPageCost(file)
    const perPage = synthetic.perPage as { practiceMs: number; cityMs: number; practices: number; cities: number }
    log(`  first visit of a page not prerendered: practice ${perPage.practiceMs} ms, city ${perPage.cityMs} ms`)
  } catch (error) {
    synthetic.perPage = { failed: String(error).slice(0, 1000) }
  }
  build.synthetic = synthetic
  return file
}

/** Median first-request render time of a few practice and city pages of the synthetic dataset. */
async function perPageCost(file: string): Promise<Record<string, number>> {
  const docs = parseNdjson<{ _id: string; _type: string; status?: string; slug?: { current?: string } }>(readFileSync(file, 'utf8'), file)
  const slugs = (type: string) => docs.filter((d) => d._type === type && !d._id.includes('.') && (type !== 'bestPractice' || d.status === 'published') && d.slug?.current).map((d) => d.slug!.current!)
  const practices = slugs('bestPractice')
  const cities = slugs('city')
  const next = await startNext(DIST.center, PORTS.synth, { CENTER_DATASET_FILE: file })
  try {
    const time = async (path: string) => {
      const t = performance.now()
      const response = await fetch(`http://${HOST}:${PORTS.synth}${path}`, { signal: AbortSignal.timeout(120_000) })
      await response.arrayBuffer()
      if (response.status !== 200) throw new Error(`${path}: ${response.status}`)
      return performance.now() - t
    }
    await time('/') // loads the dataset into the process
    const pick = (list: string[], n: number) => Array.from({ length: n }, (_, i) => list[Math.floor(((i + 1) * list.length) / (n + 1))]!)
    const practiceTimes: number[] = []
    for (const slug of pick(practices, 5)) practiceTimes.push(await time(`/best-practices/${slug}`))
    const cityTimes: number[] = []
    for (const slug of pick(cities, 3)) cityTimes.push(await time(`/cities/${slug}`))
    return {
      practices: practices.length,
      cities: cities.length,
      practiceMs: Math.round(percentile(practiceTimes, 50)),
      cityMs: Math.round(percentile(cityTimes, 50)),
    }
  } finally {
    await next.stop()
  }
}

// --- servers -------------------------------------------------------------------------------------

async function startNext(dist: string, port: number, extra: Env = {}, nodeArgs: string[] = []): Promise<Running> {
  const proc = start(process.execPath, [...nodeArgs, NEXT_BIN, 'start', '--hostname', HOST, '--port', String(port)], siteEnv({ NEXT_DIST_DIR: dist, ...extra }))
  await waitFor(`http://${HOST}:${port}/robots.txt`, 60_000, proc)
  return proc
}

/** The recipe exactly as deploy/start.sh runs it (deploy/recipe.mjs): precompressed build files, Brotli when installed. */
async function startRecipe(dist: string, port: number, upstreamPort: number, runDir: string): Promise<Running> {
  const recipe = prepareRecipe({
    dist: isAbsolute(dist) ? dist : join(ROOT, dist),
    runDir,
    listen: `${HOST}:${port}`,
    upstream: `${HOST}:${upstreamPort}`,
    cacheTtl: '5s',
    // The bench measures what the server can serve, from one address: the finder's per-client
    // limit (10 r/s in production, deploy/nginx.conf.template) would answer it 429.
    finderRate: '100000r/s',
    finderBurst: 100000,
    mimeTypes: MIME_TYPES,
    log,
  })
  const { command, args } = nginxCommand(recipe)
  const proc = start(command, args)
  await waitFor(`http://${HOST}:${port}/robots.txt`, 20_000, proc)
  return proc
}

/** nginx with another template (the plain-nginx baseline), rendered and checked as the recipe is. */
function startNginx(template: string, values: Record<string, string>, runDir: string): Running {
  mkdirSync(runDir, { recursive: true })
  const config = writeNginxConfig({ template, runDir, values: { MIME_TYPES, ...values } })
  testConfig({ config, runDir })
  const { command, args } = nginxCommand({ config, runDir })
  return start(command, args)
}

/** Pages measured that ask search engines not to index them (robots noindex): no SEO budget. */
const NOT_INDEXED = new Set(['/submit/received', '/es/submit/received'])

async function samplePaths(origin: string): Promise<DetailSamples> {
  const xml = await (await fetch(`${origin}/sitemap.xml`)).text()
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)
  const samples: DetailSamples = {}
  for (const row of PAGES.filter((r) => r.path.includes(':') && !r.sample)) {
    const prefix = row.path.slice(0, row.path.indexOf(':'))
    const found = paths.find((p) => p.startsWith(prefix) && p.length > prefix.length && pageOf(p) === row)
    if (!found) throw new Error(`no ${prefix}… page in the sitemap`)
    samples[row.path] = found
  }
  return samples
}

// --- serving -------------------------------------------------------------------------------------

function figures(r: LoadResult, plain: LoadResult | null, cacheStatus?: string | null): ServingFigures {
  return {
    ...r,
    ratioToPlainNginx: plain ? round(r.requestsPerSecond / plain.requestsPerSecond, 2) : null,
    ...(cacheStatus !== undefined ? { cacheStatus } : {}),
  }
}

async function saveStatic(origin: string, paths: { path: string; file: string }[], root: string): Promise<void> {
  for (const { path, file } of paths) {
    const response = await fetch(`${origin}${path}`, { headers: { 'accept-encoding': 'identity' } })
    if (response.status !== 200) throw new Error(`${path}: ${response.status}`)
    const html = Buffer.from(await response.arrayBuffer())
    const target = join(root, file, 'index.html')
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, html)
    writeFileSync(`${target}.gz`, gzipSync(html, { level: 5 }))
  }
}

async function warm(url: string, times = 20): Promise<string | null> {
  let status: string | null = null
  for (let i = 0; i < times; i++) {
    const response = await fetch(url, { headers: { 'accept-encoding': 'gzip, deflate, br' } })
    await response.arrayBuffer()
    status = response.headers.get('x-cache-status')
  }
  return status
}

/** The pages of the serving table (and of the CPU profile). */
function servingPages(samples: DetailSamples) {
  const practice = samples['/best-practices/:slug']!
  return [
    { page: 'home', path: '/', file: '' },
    { page: 'a practice', path: practice, file: practice },
    { page: 'finder with a query', path: FINDER_QUERY, file: '/best-practices' },
  ]
}

async function serving(options: Options, results: Results, work: string): Promise<void> {
  const SECONDS = options.servingSeconds
  const CONNECTIONS = 64
  const next = await startNext(DIST.center, PORTS.next)
  let recipe: Running | null = null
  let plain: Running | null = null
  try {
    recipe = await startRecipe(DIST.center, PORTS.recipe, PORTS.next, join(work, 'recipe'))
    const staticRoot = join(work, 'static-root')
    const nextOrigin = `http://${HOST}:${PORTS.next}`
    const samples = await samplePaths(nextOrigin)
    const pages = servingPages(samples)
    await saveStatic(nextOrigin, pages, staticRoot)
    plain = startNginx(join(ROOT, 'bench', 'nginx-static.conf.template'), { LISTEN: `${HOST}:${PORTS.plain}`, STATIC_ROOT: staticRoot, NEXT_STATIC: join(ROOT, DIST.center, 'static') }, join(work, 'plain'))
    await waitFor(`http://${HOST}:${PORTS.recipe}/`, 20_000, recipe)
    await waitFor(`http://${HOST}:${PORTS.plain}/`, 20_000, plain)

    const rows: ServingRow[] = []
    const runs = [
      ['plainNginx', PORTS.plain, true],
      ['recipe', PORTS.recipe, true],
      ['nextStart', PORTS.next, true],
      ['nextStartIdentity', PORTS.next, false],
    ] as const
    let done = 0
    for (const { page, path } of pages) {
      const measured: Record<(typeof runs)[number][0], LoadResult> = {} as never
      let cacheStatus: string | null = null
      for (const [key, port, gzip] of runs) {
        const url = `http://${HOST}:${port}${path}`
        const status = await warm(url)
        if (key === 'recipe') cacheStatus = status
        log(`serving ${++done}/${pages.length * runs.length}: ${page} via ${key}: wrk -c${CONNECTIONS} -d${SECONDS}s${gzip ? '' : ' (no gzip)'} ${url}`)
        measured[key] = await wrk(url, { connections: CONNECTIONS, seconds: SECONDS, gzip })
        log(`  ${measured[key].requestsPerSecond} req/s, p50 ${measured[key].p50Ms} ms, p99 ${measured[key].p99Ms} ms, errors ${measured[key].errors}, non-2xx ${measured[key].non2xx}`)
        await sleep(1000)
      }
      const plainResult = measured.plainNginx
      const recipeFigures = figures(measured.recipe, plainResult, cacheStatus)
      rows.push({
        page,
        path,
        nextStart: figures(measured.nextStart, plainResult),
        nextStartIdentity: figures(measured.nextStartIdentity, plainResult),
        recipe: recipeFigures,
        plainNginx: figures(plainResult, plainResult),
        goalMet: (recipeFigures.ratioToPlainNginx ?? 0) >= 0.5 && recipeFigures.p99Ms < 50,
      })
    }
    results.serving = {
      measuredAt: new Date().toISOString(),
      loadAverage: loadavg().map((n) => round(n, 2)),
      tool: `wrk 2 threads, ${CONNECTIONS} connections, ${SECONDS} s per run, Accept-Encoding: gzip (next start also with identity), on ${HOST}; load generator, nginx and Next share the machine's cores`,
      connections: CONNECTIONS,
      seconds: SECONDS,
      rows,
      goal: 'recipe ≥ 50% of plain nginx requests/s with p99 < 50 ms',
      goalMet: rows.every((r) => r.goalMet),
    }
  } finally {
    await plain?.stop()
    await recipe?.stop()
    await next.stop()
  }
}

// --- page bytes ----------------------------------------------------------------------------------

/** The bytes of the inline `self.__next_f.push(…)` scripts of an HTML page: its RSC payload. */
export function inlineRscBytes(html: string): number {
  let total = 0
  for (const m of html.matchAll(/<script>self\.__next_f\.push\([\s\S]*?<\/script>/g)) total += Buffer.byteLength(m[0])
  return total
}

async function pageBytes(results: Results): Promise<void> {
  const next = await startNext(DIST.center, PORTS.next)
  try {
    const origin = `http://${HOST}:${PORTS.next}`
    const rows: PageBytesRow[] = []
    for (const [template, path] of publicTemplates(await samplePaths(origin), false)) {
      const response = await fetch(`${origin}${path}`, { headers: { 'accept-encoding': 'identity' } })
      const html = await response.text()
      if (response.status !== 200) throw new Error(`${path}: ${response.status}`)
      const htmlBytes = Buffer.byteLength(html)
      const rscInlineBytes = inlineRscBytes(html)
      rows.push({ template, path, htmlBytes, gzipBytes: gzipSync(html).length, rscInlineBytes, rscPercent: round((rscInlineBytes / htmlBytes) * 100) })
    }
    log(`pages: ${rows.length} templates, RSC payload ${Math.min(...rows.map((r) => r.rscPercent))}–${Math.max(...rows.map((r) => r.rscPercent))} % of the HTML`)
    results.pages = { measuredAt: new Date().toISOString(), rows }
  } finally {
    await next.stop()
  }
}

// --- CPU profile ---------------------------------------------------------------------------------

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }[]
}

/** The functions with the most self time in a V8 CPU profile (idle time left out). */
export function topOfProfile(profile: CpuProfile, count = 15): { samples: number; top: CpuProfileEntry[] } {
  const hits = new Map<string, { function: string; where: string; hits: number }>()
  let total = 0
  for (const node of profile.nodes) {
    const n = node.hitCount ?? 0
    const { functionName, url, lineNumber } = node.callFrame
    if (n === 0 || functionName === '(idle)') continue
    total += n
    const short = url
      .replace(/^file:\/\//, '')
      .replace(`${ROOT}/`, '')
      .replace(/^.*node_modules\//, '')
    const where = short ? `${short}:${lineNumber + 1}` : ''
    const key = `${functionName}@${where}`
    const entry = hits.get(key) ?? { function: functionName || '(anonymous)', where, hits: 0 }
    entry.hits += n
    hits.set(key, entry)
  }
  const top = [...hits.values()]
    .sort((a, b) => b.hits - a.hits)
    .slice(0, count)
    .map((e) => ({ function: e.function, where: e.where, selfPercent: round((e.hits / Math.max(1, total)) * 100) }))
  return { samples: total, top }
}

/** `next start` under --cpu-prof while wrk loads the serving table's pages; the profile is written when it exits. */
async function profile(options: Options, results: Results, work: string): Promise<void> {
  const dir = join(work, 'cpu-profile')
  mkdirSync(dir, { recursive: true })
  // (--cpu-prof is refused in NODE_OPTIONS: it goes on the command line of the server's process.)
  const next = await startNext(DIST.center, PORTS.next, {}, ['--cpu-prof', `--cpu-prof-dir=${dir}`])
  const origin = `http://${HOST}:${PORTS.next}`
  const pages = servingPages(await samplePaths(origin))
  try {
    for (const [i, { page, path }] of pages.entries()) {
      await warm(`${origin}${path}`, 5)
      log(`profile ${i + 1}/${pages.length}: ${page}, wrk -c64 -d${options.servingSeconds}s, next start under --cpu-prof`)
      await wrk(`${origin}${path}`, { connections: 64, seconds: options.servingSeconds })
    }
  } finally {
    await next.stop()
  }
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))
  if (files.length === 0) throw new Error('next start wrote no CPU profile (it must exit through process.exit for --cpu-prof)')
  // next start may run more than one Node process: the server is the one with the most samples.
  const profiles = files.map((f) => topOfProfile(JSON.parse(readFileSync(join(dir, f), 'utf8')) as CpuProfile))
  const busiest = profiles.sort((a, b) => b.samples - a.samples)[0]!
  results.profile = {
    measuredAt: new Date().toISOString(),
    what: `self time of next start's functions (V8 --cpu-prof) while wrk loaded ${pages.map((p) => p.path).join(', ')} for ${options.servingSeconds} s each (gzip accepted); idle left out`,
    ...busiest,
  }
  log(`profile: ${busiest.samples} samples; top: ${busiest.top.slice(0, 3).map((e) => `${e.function} ${e.selfPercent} %`).join(', ')}`)
}

// --- lighthouse ----------------------------------------------------------------------------------

/**
 * Lighthouse on one Chromium for all the part's runs: bench/lighthouse-worker.mjs, a plain Node
 * process (see there why), one job a line on its stdin and one answer a line on its stdout.
 */
class LighthouseWorker {
  private readonly child = spawn(process.execPath, [join(ROOT, 'bench', 'lighthouse-worker.mjs')], {
    cwd: ROOT,
    env: { ...process.env, CHROME_PATH: CHROME },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  private readonly answers = createInterface({ input: this.child.stdout! })[Symbol.asyncIterator]()
  private stderr = ''

  constructor() {
    this.child.stderr!.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString()).slice(-3000)
    })
  }

  async run(url: string, outFile: string): Promise<LhJson> {
    this.child.stdin!.write(`${JSON.stringify({ url, out: outFile })}\n`)
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<{ done: true; value: undefined }>((resolve) => {
      timer = setTimeout(() => resolve({ done: true, value: undefined }), 180_000)
    })
    const next = await Promise.race([this.answers.next(), timeout]).finally(() => clearTimeout(timer))
    if (next.done) throw new Error(`lighthouse ${url}: the worker gave no answer${this.stderr ? `:\n${this.stderr}` : ''}`)
    const answer = JSON.parse(next.value as string) as { ok?: true; error?: string }
    if (answer.error) throw new Error(`lighthouse ${url}: ${answer.error}`)
    return JSON.parse(readFileSync(outFile, 'utf8')) as LhJson
  }

  /** Ends the worker (it closes Chromium); one stuck in a run gets SIGINT, on which chrome-launcher kills Chromium. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return
    const exited = new Promise((resolve) => this.child.once('exit', resolve))
    this.child.stdin!.end()
    const interrupt = setTimeout(() => this.child.kill('SIGINT'), 10_000)
    const kill = setTimeout(() => this.child.kill('SIGKILL'), 20_000)
    await exited
    clearTimeout(interrupt)
    clearTimeout(kill)
  }
}

async function studioMarkersIn(report: LhJson, origin: string): Promise<string[]> {
  const items = report.audits['network-requests']?.details?.items ?? []
  const found: string[] = []
  for (const item of items) {
    const url = String(item.url ?? '')
    if (item.resourceType !== 'Script' || !url.startsWith(origin)) continue
    const text = await (await fetch(url)).text()
    for (const marker of STUDIO_MARKERS) if (text.includes(marker)) found.push(`${marker} in ${new URL(url).pathname}`)
  }
  return found
}

/** The templates named by --templates (a template's name or path), all when none is. */
function selectTemplates(templates: [string, string][], names: string[] | null): [string, string][] {
  if (!names) return templates
  const chosen = templates.filter(([template, path]) => names.includes(template) || names.includes(path))
  if (chosen.length === 0) throw new Error(`--templates ${names.join(',')}: none of ${templates.map(([t]) => t).join(', ')}`)
  return chosen
}

/** `next build` of the floor app in its folder (its own dist folder, .next). */
async function buildFloor(dir: string): Promise<number> {
  const started = Date.now()
  const proc = start(process.execPath, [NEXT_BIN, 'build'], siteEnv({ NEXT_DIST_DIR: '.next' }), dir)
  const timer = setTimeout(() => void proc.stop(), 900_000)
  const code = await proc.exited
  clearTimeout(timer)
  if (code !== 0) throw new Error(`the floor's build failed (exit ${code}):\n${proc.output().slice(-3000)}`)
  return round((Date.now() - started) / 1000)
}

/**
 * Lighthouse on A (the floor), B (each template without scripts) and C (each template as the site
 * serves it), interleaved on one Chromium (bench/lighthouse.ts, lighthouseSchedule), at least
 * --lighthouse-runs runs each (3 by default, in quick runs too), medians taken. A and C are each
 * served by the recipe (nginx in front of next start), B by nginx from files with the build's
 * static folder.
 */
async function lighthouse(options: Options, results: Results, work: string): Promise<void> {
  if (!existsSync(CHROME)) {
    results.lighthouse = { skipped: `no Chromium at ${CHROME} (set CHROME_PATH)` }
    return
  }
  const running: Running[] = []
  let worker: LighthouseWorker | null = null
  try {
    running.push(await startNext(DIST.center, PORTS.next))
    const recipe = await startRecipe(DIST.center, PORTS.recipe, PORTS.next, join(work, 'recipe-lh'))
    running.push(recipe)
    const origin = `http://${HOST}:${PORTS.recipe}`
    await waitFor(`${origin}/`, 20_000, recipe)
    const templates = selectTemplates(publicTemplates(await samplePaths(origin), options.quick), options.templates)

    // B: each template's HTML as the site serves it, without its scripts, as files.
    const strippedRoot = join(work, 'stripped-root')
    for (const [, path] of templates) {
      const response = await fetch(`${origin}${path}`, { headers: { 'accept-encoding': 'identity' } })
      if (response.status !== 200) throw new Error(`${path}: ${response.status}`)
      writeStaticPage(strippedRoot, path, stripScripts(await response.text()))
    }
    // A: the floor app with the site's stylesheet (the CSS the home page links), built now.
    const floorDir = join(work, 'floor')
    writeFloorApp(floorDir, ROOT, siteStylesheet(await (await fetch(`${origin}/`)).text(), join(ROOT, DIST.center, 'static')))
    log(`building the floor (a bare Next page with the site's next.config.ts and stylesheet) in ${floorDir}…`)
    const floorBuildSeconds = await buildFloor(floorDir)
    log(`  the floor built in ${floorBuildSeconds} s`)
    const floorNext = start(process.execPath, [NEXT_BIN, 'start', '--hostname', HOST, '--port', String(PORTS.floorNext)], siteEnv({ NEXT_DIST_DIR: '.next' }), floorDir)
    running.push(floorNext)
    await waitFor(`http://${HOST}:${PORTS.floorNext}/`, 60_000, floorNext)
    log(`  the floor answers on next start (${PORTS.floorNext}); its recipe and the nginx of B…`)
    running.push(await startRecipe(join(floorDir, '.next'), PORTS.floorRecipe, PORTS.floorNext, join(work, 'recipe-floor')))
    const stripped = startNginx(join(ROOT, 'bench', 'nginx-static.conf.template'), { LISTEN: `${HOST}:${PORTS.stripped}`, STATIC_ROOT: strippedRoot, NEXT_STATIC: join(ROOT, DIST.center, 'static') }, join(work, 'stripped'))
    running.push(stripped)
    const floorUrl = `http://${HOST}:${PORTS.floorRecipe}/`
    const strippedOrigin = `http://${HOST}:${PORTS.stripped}`
    await waitFor(floorUrl, 20_000)
    await waitFor(`${strippedOrigin}/`, 20_000, stripped)

    worker = new LighthouseWorker()
    const dir = join(work, 'lighthouse')
    mkdirSync(dir, { recursive: true })
    const jobs = lighthouseSchedule(templates.length, options.lighthouseRuns)
    const floorRuns: LhJson[] = []
    const siteRuns: LhJson[][] = templates.map(() => [])
    const strippedRuns: LhJson[][] = templates.map(() => [])
    for (const [i, job] of jobs.entries()) {
      const [template, path] = templates[job.template]!
      const url = job.kind === 'floor' ? floorUrl : `${job.kind === 'site' ? origin : strippedOrigin}${path}`
      const label = job.kind === 'floor' ? 'A, the floor' : `${job.kind === 'site' ? 'C' : 'B, without scripts'}: ${template} ${path}`
      // Through the recipe, the page is in nginx's cache (5 s here) when Lighthouse asks for it.
      await warm(url, 3)
      log(`lighthouse ${i + 1}/${jobs.length}: ${label} (run ${job.run + 1})`)
      const report = await worker.run(url, join(dir, `${i}.json`))
      if (job.kind === 'floor') floorRuns.push(report)
      else (job.kind === 'site' ? siteRuns : strippedRuns)[job.template]!.push(report)
    }
    const rows: LighthouseRow[] = []
    for (const [index, [template, path]] of templates.entries()) {
      const row = rowFrom(template, path, siteRuns[index]!, await studioMarkersIn(siteRuns[index]![0]!, origin), NOT_INDEXED.has(path) ? { notIndexed: true } : {})
      log(`  C ${template}: perf ${row.scores.performance} a11y ${row.scores.accessibility} bp ${row.scores.bestPractices} seo ${row.scores.seo}, TBT ${row.tbtMs} ms, LCP ${row.lcpMs} ms, ${(row.totalBytes / 1024).toFixed(1)} KB`)
      rows.push(row)
    }
    const floor = rowFrom(FLOOR_TEMPLATE, '/', floorRuns, [])
    log(`  A the floor: perf ${floor.scores.performance}, TBT ${floor.tbtMs} ms, LCP ${floor.lcpMs} ms, ${(floor.totalBytes / 1024).toFixed(1)} KB (${floor.runs} runs)`)
    const index = benchmarkIndexOf([...floorRuns, ...siteRuns.flat(), ...strippedRuns.flat()])
    results.lighthouse = {
      measuredAt: new Date().toISOString(),
      loadAverage: loadavg().map((n) => round(n, 2)),
      via: `C and A through the recipe (nginx in front of next start), B from files by nginx (bench/nginx-static.conf.template); Lighthouse ${lighthouseVersion()} (Node API, the CLI's settings but no full-page screenshot), one headless Chromium for all runs, default simulated throttling`,
      formFactor: 'mobile (Lighthouse default: Moto G Power emulation, slow 4G, 4× CPU slowdown)',
      // Scores move with the browser's version as much as with the code: the run records it.
      browser: execFileSync(CHROME, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(),
      order: `interleaved: before each template's runs, ${Math.ceil(options.lighthouseRuns / templates.length)} of the floor; then ${options.lighthouseRuns} of B and C in alternation; medians of each figure`,
      ...(options.templates ? { partial: templates.map(([template]) => template) } : {}),
      rows,
      floor,
      stripped: templates.map(([template, path], i) => rowFrom(template, path, strippedRuns[i]!, [])),
      ...(index ? { benchmarkIndex: index } : {}),
    }
  } finally {
    await worker?.stop()
    for (const proc of running.reverse()) await proc.stop()
  }
}

function lighthouseVersion(): string {
  return (JSON.parse(readFileSync(join(ROOT, 'node_modules', 'lighthouse', 'package.json'), 'utf8')) as { version: string }).version
}

// --- search --------------------------------------------------------------------------------------

async function finderHttp(origin: string, runs = 200): Promise<{ runs: number; p50Ms: number; p95Ms: number }> {
  const words = ['police', 'youth', 'homeless', 'training', 'crisis', 'equity', 'immigrant', 'mental health', 'oversight', 'trust']
  const topics = ['training', 'youth', 'diversion', 'community-policing', 'homelessness']
  const times: number[] = []
  for (let i = 0; i < runs + 10; i++) {
    const q = encodeURIComponent(words[i % words.length]!)
    const url = `${origin}/best-practices?q=${q}&topic=${topics[Math.floor(i / words.length) % topics.length]}`
    const t = performance.now()
    const response = await fetch(url, { headers: { 'accept-encoding': 'gzip' }, signal: AbortSignal.timeout(60_000) })
    await response.arrayBuffer()
    if (response.status !== 200) throw new Error(`${url}: ${response.status}`)
    if (i >= 10) times.push(performance.now() - t)
  }
  return { runs, p50Ms: round(percentile(times, 50), 1), p95Ms: round(percentile(times, 95), 1) }
}

async function search(results: Results, synthFile: string | null): Promise<void> {
  const out: Record<string, unknown> = {}
  const script = join(ROOT, 'scripts', 'bench-search.ts')
  const tsx = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs')
  const datasets: [string, string | null][] = [
    ['center', join(ROOT, 'sanity', 'dataset', 'production.ndjson')],
    ['synthetic', synthFile],
  ]
  if (!existsSync(script)) {
    out.engine = { skipped: 'scripts/bench-search.ts is not there yet' }
    log('search engine bench skipped: scripts/bench-search.ts is not there yet')
  } else {
    const engine: Record<string, unknown> = {}
    for (const [name, file] of datasets) {
      if (!file) {
        engine[name] = { skipped: 'no synthetic dataset' }
        continue
      }
      log(`search: scripts/bench-search.ts on the ${name} dataset…`)
      const text = await run(process.execPath, [tsx, script, '--json', '--file', file, '--runs', '500'], { timeoutMs: 600_000, label: 'bench-search' })
      const report = JSON.parse(text.slice(text.indexOf('{'))) as {
        documents: number
        ms: Record<string, number>
        search: Record<string, { wall: { p50: number; p95: number; p99: number } }>
      }
      engine[name] = {
        documents: report.documents,
        buildIndexMs: report.ms.buildIndex,
        ...Object.fromEntries(Object.entries(report.search).map(([k, v]) => [k, { p50Ms: v.wall.p50, p95Ms: v.wall.p95, p99Ms: v.wall.p99 }])),
      }
    }
    out.engine = engine
  }
  // The page itself over HTTP (next start, no cache in front: each search renders). The finder is
  // rendered on each request from the dataset the server reads, so the Center's build serves both.
  const http: Record<string, unknown> = {}
  for (const [name, extra] of [
    ['center', {}],
    ['synthetic', synthFile ? { CENTER_DATASET_FILE: synthFile } : null],
  ] as const) {
    if (extra === null) {
      http[name] = { skipped: 'no synthetic dataset' }
      continue
    }
    log(`search: the finder page over HTTP on the ${name} dataset (200 searches, one at a time, after the index is built)…`)
    const next = await startNext(DIST.center, PORTS.synth, extra)
    try {
      http[name] = await finderHttp(`http://${HOST}:${PORTS.synth}`)
      if (name === 'center') out.finderWorstCase = await finderWorstCase(`http://${HOST}:${PORTS.synth}`)
    } finally {
      await next.stop()
    }
  }
  out.finderPageHttp = http
  results.search = { measuredAt: new Date().toISOString(), ...out }
}

// --- report --------------------------------------------------------------------------------------

function printReport(results: Results): void {
  const lines: string[] = []
  lines.push(`Benchmarks ${results.date}, commit ${results.commit.slice(0, 10)}${results.dirty ? ' (uncommitted changes)' : ''}, ${results.cores} cores (${results.cpu}), Node ${results.node}`)
  if (results.serving && !('skipped' in results.serving)) {
    const s = results.serving
    lines.push('', `Serving (${s.tool})`)
    lines.push(
      table(
        ['page', 'server', 'req/s', 'p50 ms', 'p99 ms', '× plain nginx', 'errors', 'non-2xx'],
        s.rows.flatMap((r) =>
          (
            [
              ['next start', r.nextStart],
              ...(r.nextStartIdentity ? ([['next start, no gzip', r.nextStartIdentity]] as const) : []),
              [`recipe (${r.recipe.cacheStatus ?? '–'})`, r.recipe],
              ['plain nginx', r.plainNginx],
            ] as const
          ).map(([name, f]) => [r.page, name, f.requestsPerSecond, f.p50Ms, f.p99Ms, f.ratioToPlainNginx, f.errors, f.non2xx]),
        ),
      ),
    )
    for (const r of s.rows) lines.push(`goal on ${r.page}: ${r.goalMet ? 'met' : 'MISSED'} (recipe ${r.recipe.ratioToPlainNginx}× plain nginx, p99 ${r.recipe.p99Ms} ms)`)
  }
  if (results.lighthouse && !('skipped' in results.lighthouse)) {
    lines.push('', `Lighthouse, ${results.lighthouse.formFactor}${results.lighthouse.browser ? `, ${results.lighthouse.browser}` : ''}`)
    lines.push(
      table(
        ['template', 'path', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP ms', 'CLS', 'TBT ms', 'total KB', 'JS KB', 'Studio code'],
        results.lighthouse.rows.map((r) => [
          r.template,
          r.path,
          r.scores.performance,
          r.scores.accessibility,
          r.scores.bestPractices,
          r.scores.seo,
          r.lcpMs,
          r.cls,
          r.tbtMs,
          (r.totalBytes / 1024).toFixed(1),
          (r.jsBytes / 1024).toFixed(1),
          r.studioCode.length ? 'YES' : 'none',
        ]),
      ),
    )
  }
  if (results.lighthouse && !('skipped' in results.lighthouse)) {
    lines.push('', 'Against the floor: A, a bare Next page; B, the template without scripts; C, the template as served', floorBlock(results))
  }
  if (results.ttfb && !('skipped' in results.ttfb)) {
    lines.push('', `First byte / full response, p50 ms (p99)`, ttfbTable(results.ttfb))
    lines.push(`goal (${results.ttfb.goal}): ${results.ttfb.goalMet ? 'met' : 'MISSED'}, ${results.ttfb.finderFirstByteRatio}×`)
  }
  if (results.pages && !('skipped' in results.pages)) {
    lines.push('', 'HTML from next start, and the share of it that is the inline RSC payload')
    lines.push(
      table(
        ['template', 'path', 'HTML KB', 'gzip KB', 'RSC KB', 'RSC %'],
        results.pages.rows.map((r) => [r.template, r.path, (r.htmlBytes / 1024).toFixed(1), (r.gzipBytes / 1024).toFixed(1), (r.rscInlineBytes / 1024).toFixed(1), r.rscPercent]),
      ),
    )
  }
  if (results.profile && !('skipped' in results.profile)) {
    lines.push('', `CPU profile: ${results.profile.what} (${results.profile.samples} samples)`)
    lines.push(table(['function', 'where', 'self %'], results.profile.top.map((e) => [e.function, e.where, e.selfPercent])))
  }
  if (results.build) lines.push('', 'Build', JSON.stringify(results.build, null, 2))
  if (results.search) lines.push('', 'Search', JSON.stringify(results.search, null, 2))
  const misses = checkBudgets(results)
  lines.push('', misses.length === 0 ? 'Budgets: all met.' : `Budgets missed (${misses.length}):`)
  for (const m of misses) lines.push(`  ${m.what}: ${m.actual} (budget ${m.limit})`)
  console.log(lines.join('\n'))
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2))
  // wrk loads the servers of the serving, profile and first-byte parts; nginx serves every part.
  const wrkParts: Part[] = ['serving', 'profile', 'ttfb']
  for (const command of ['nginx', ...(wrkParts.some((p) => options.parts.has(p)) ? ['wrk'] : [])]) {
    if (!hasCommand(command)) throw new Error(`${command} is not installed (Debian: apt-get install -y nginx wrk)`)
  }
  const previous: Partial<Results> = existsSync(options.out) ? (JSON.parse(readFileSync(options.out, 'utf8')) as Results) : {}
  // Parts not run now stay as they were only if they measured this same tree; else they go.
  const sameTree = previous.fingerprint?.digest === fingerprint(ROOT).digest
  const kept: Partial<Results> = sameTree ? previous : {}
  if (!sameTree && previous.fingerprint) log('the tree changed since the last results: parts not run now are left out of the new ones')
  const results: Results = {
    ...kept,
    date: new Date().toISOString(),
    mode: options.quick ? 'quick' : 'full',
    fingerprint: fingerprint(ROOT),
    commit: git(['rev-parse', 'HEAD']),
    dirty: git(['status', '--porcelain']).length > 0,
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    nginx: nginxVersion(),
    loadAverageAtStart: loadavg().map((n) => round(n, 2)),
    notes: [
      'One machine runs everything: the load generator, nginx, Next and (for builds) nothing else of ours; other work on the machine shows in loadAverageAtStart.',
      'Serving figures are for 64 connections over loopback; a CDN in front of the recipe would take most of this traffic in production.',
    ],
  }
  const work = mkdtempSync(join(tmpdir(), 'center-bench-'))
  // nginx's workers (user nobody when started as root) read the static files and the cache in here.
  chmodSync(work, 0o755)
  const started = Date.now()
  const save = () => {
    mkdirSync(dirname(options.out), { recursive: true })
    writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`)
  }
  /** Runs one part; a failure is recorded in its place and the other parts still run. */
  const part = async (name: 'serving' | 'pages' | 'lighthouse' | 'profile' | 'search' | 'ttfb', fn: () => Promise<void>) => {
    try {
      await fn()
    } catch (error) {
      log(`${name} failed: ${String(error).slice(0, 1500)}`)
      results[name] = { skipped: `failed: ${String(error).slice(0, 1500)}` }
    }
    save()
  }
  try {
    // Every part needs the Center's build.
    await buildCenter(options, results)
    save()
    // One step a line; a new measurement is one more line here (and its part in ALL_PARTS).
    if (options.parts.has('serving')) await part('serving', () => serving(options, results, work))
    if (options.parts.has('pages')) await part('pages', () => pageBytes(results))
    if (options.parts.has('lighthouse')) await part('lighthouse', () => lighthouse(options, results, work))
    if (options.parts.has('ttfb')) {
      await part('ttfb', async () => {
        const measured = await ttfb({ dist: DIST.center, ports: { next: PORTS.next, recipe: PORTS.recipe }, runDir: join(work, 'recipe-ttfb'), env: siteEnv() })
        results.ttfb = measured
        log(`ttfb (first byte / full, p50 ms):\n${ttfbTable(measured)}`)
      })
    }
    if (options.parts.has('profile')) await part('profile', () => profile(options, results, work))
    let synthFile: string | null = null
    if (options.parts.has('build') || options.parts.has('search')) synthFile = await buildSynth(options, results, work)
    save()
    if (options.parts.has('search')) await part('search', () => search(results, synthFile))
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
  log(`done in ${Math.round((Date.now() - started) / 1000)} s`)
  save()
  printReport(results)
  log(`wrote ${options.out}`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})

