#!/usr/bin/env node
/**
 * The production recipe's launcher (nginx, deploy/nginx.conf.template, in front of `next start`):
 * the one place that knows how to turn a build into a running nginx. deploy/start.sh, the
 * benchmark (bench/run.ts) and the recipe's test (tests/e2e/recipe.spec.ts) all go through it.
 * Plain Node (no dependency, no TypeScript), so a server can run it with `node` alone; types for
 * TypeScript callers are in recipe.d.mts.
 *
 * Steps, each a function:
 *   prepareRunDir   the run folder (pid, logs, temp files, cache); the build's static folder
 *                   precompressed (deploy/precompress.mjs) and linked as <run>/www/_next/static;
 *                   nginx's Brotli module found (or not: gzip only)
 *   writeRecipeConfig  the template rendered into <run>/nginx.conf (renderTemplate fails on any
 *                   {{PLACEHOLDER}} without a value or left in the result)
 *   testConfig      `nginx -t`
 *   startNginx      nginx in the foreground (daemon off), as a child process
 *   prepare         the first three in a row
 *
 * Command line:
 *
 *   node deploy/recipe.mjs prepare --dist .next --run-dir /tmp/site-nginx \
 *       --listen 127.0.0.1:8080 --upstream 127.0.0.1:3000 [--cache-ttl 5s] [--workers auto] \
 *       [--finder-rate 10r/s] [--finder-burst 40] \
 *       [--mime-types /etc/nginx/mime.types] [--modules-dir /usr/lib/nginx/modules] \
 *       [--nginx /usr/sbin/nginx] [--no-precompress]
 *     prepares, renders and checks; prints the config's path (the only thing on stdout), then
 *     run: nginx -p <run-dir> -c <config> -g 'daemon off;'
 *
 *   node deploy/recipe.mjs start …same options…
 *     the same, then runs nginx in the foreground until it ends (SIGINT/SIGTERM/SIGQUIT/SIGHUP
 *     are passed on to it)
 */
import { execFileSync, spawn } from 'node:child_process'
import { accessSync, chmodSync, constants, existsSync, mkdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { constants as osConstants } from 'node:os'
import { delimiter, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { isMain, precompress } from './precompress.mjs'

const HERE = dirname(fileURLToPath(import.meta.url))

/** deploy/nginx.conf.template */
export const TEMPLATE = join(HERE, 'nginx.conf.template')
/** What one client address may send to the finder (nginx limit_req; deploy/nginx.conf.template says why). */
export const DEFAULT_FINDER_RATE = '10r/s'
export const DEFAULT_FINDER_BURST = 40
/** Debian's nginx mime.types. */
export const DEFAULT_MIME_TYPES = '/etc/nginx/mime.types'
/** Where Debian puts nginx's dynamic modules (libnginx-mod-http-brotli-static among them). */
export const DEFAULT_MODULES_DIR = '/usr/lib/nginx/modules'
export const BROTLI_MODULE_FILE = 'ngx_http_brotli_static_module.so'

/** @typedef {(message: string) => void} Log */

/** @type {Log} */
const stderr = (message) => void process.stderr.write(`${message}\n`)

/** @param {string} path */
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK)
    return statSync(path).isFile()
  } catch {
    return false
  }
}

/**
 * The nginx binary: `explicit` if given, else `nginx` on the PATH, else the usual places (Debian
 * keeps it in /usr/sbin, often not on a user's PATH). Null when there is none.
 * @param {string | null} [explicit]
 * @returns {string | null}
 */
export function findNginx(explicit) {
  if (explicit) return explicit
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, 'nginx'))) return join(dir, 'nginx')
  }
  for (const path of ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx']) if (isExecutable(path)) return path
  return null
}

/** @param {string | null} [explicit] */
function requireNginx(explicit) {
  const nginx = findNginx(explicit)
  if (!nginx) throw new Error('nginx is not installed (Debian: apt-get install -y nginx)')
  return nginx
}

/**
 * nginx's Brotli static module, if installed.
 * @param {string} [modulesDir]
 * @returns {string | null}
 */
export function findBrotliModule(modulesDir = DEFAULT_MODULES_DIR) {
  const path = join(modulesDir, BROTLI_MODULE_FILE)
  return existsSync(path) ? path : null
}

/**
 * Replaces every `{{NAME}}` of `template` with `values[NAME]`. Throws when a placeholder has no
 * value, or when one is still there afterwards (brought in by a value): nginx would read it as text.
 * @param {string} template
 * @param {Record<string, string | number>} values
 * @returns {string}
 */
export function renderTemplate(template, values) {
  const text = template.replace(/\{\{([A-Za-z0-9_]+)\}\}/g, (whole, /** @type {string} */ name) => {
    if (!Object.hasOwn(values, name)) throw new Error(`no value for ${whole}`)
    return String(values[name])
  })
  const left = /\{\{[A-Za-z0-9_]+\}\}/.exec(text)
  if (left) throw new Error(`placeholder ${left[0]} left in the rendered config`)
  return text
}

/**
 * When nginx is started as root its workers run as `nobody`, which must be able to enter every
 * folder above the cache and the build files: `nginx -t` does not check this, and every request
 * would fail (500, "Permission denied" in error.log). A private temporary folder (mkdtemp makes
 * them 0700) is the usual culprit.
 * @param {string} path @param {string} what
 */
function checkWorkersCanReach(path, what) {
  if (process.getuid?.() !== 0) return
  for (let dir = path; ; dir = dirname(dir)) {
    const { mode } = statSync(dir)
    if ((mode & 0o001) === 0) {
      throw new Error(`${what} ${path}: nginx's workers (user nobody, since nginx runs as root) cannot enter ${dir} (mode ${(mode & 0o777).toString(8)}); chmod o+x it or use another folder`)
    }
    if (dirname(dir) === dir) return
  }
}

/**
 * @typedef {object} RunDir
 * @property {string} runDir      absolute
 * @property {string} staticRoot  <runDir>/www, holding _next/static (a link to <dist>/static)
 * @property {string | null} brotliModule  the module's path, or null (gzip only)
 */

/**
 * Makes the run folder ready: created (and readable by nginx's workers, which run as `nobody`
 * when nginx is started as root), the build's static files precompressed and linked as
 * <runDir>/www/_next/static, nginx's Brotli module looked for. Throws when there is no build, or
 * when nginx's workers could not reach the run folder or the build files.
 * @param {object} options
 * @param {string} options.dist  the build folder (NEXT_DIST_DIR; relative to the current folder or absolute)
 * @param {string} options.runDir
 * @param {boolean} [options.precompress]  write the .gz/.br twins (default true)
 * @param {string} [options.modulesDir]  where to look for the Brotli module (default DEFAULT_MODULES_DIR)
 * @param {Log} [options.log]  messages (default stderr)
 * @returns {RunDir}
 */
export function prepareRunDir({ dist, runDir, precompress: compress = true, modulesDir = DEFAULT_MODULES_DIR, log = stderr }) {
  const staticDir = resolve(dist, 'static')
  if (!existsSync(join(resolve(dist), 'BUILD_ID')) || !existsSync(staticDir)) {
    throw new Error(`no Next build in ${resolve(dist)} (npm run build, with NEXT_DIST_DIR=${dist} if not .next)`)
  }
  const dir = resolve(runDir)
  mkdirSync(dir, { recursive: true })
  chmodSync(dir, 0o755)
  checkWorkersCanReach(dir, 'run folder')
  checkWorkersCanReach(realpathSync(staticDir), "the build's static folder")
  if (compress) precompress(staticDir, { log })
  const staticRoot = join(dir, 'www')
  mkdirSync(join(staticRoot, '_next'), { recursive: true })
  const link = join(staticRoot, '_next', 'static')
  rmSync(link, { force: true })
  symlinkSync(staticDir, link)
  const brotliModule = findBrotliModule(modulesDir)
  if (!brotliModule) {
    log(`[recipe] no Brotli module for nginx (${join(modulesDir, BROTLI_MODULE_FILE)}): gzip only (Debian: apt-get install -y libnginx-mod-http-brotli-static)`)
  }
  return { runDir: dir, staticRoot, brotliModule }
}

/** The table of pages (lib/page-table.json; lib/pages.ts describes its fields). */
export const PAGES_TABLE = join(HERE, '..', 'lib', 'page-table.json')

/**
 * The pages that take a form POST (`post` in the table of pages), in each language they have:
 * '/submit' and '/es/submit'. Never cached by nginx: each answer is the sender's own.
 * @param {string} [table]  the table's path
 * @returns {string[]}
 */
export function postPagePaths(table = PAGES_TABLE) {
  /** @type {{ pages: { path: string, post: boolean, spanish: string | false }[] }} */
  const { pages } = JSON.parse(readFileSync(table, 'utf8'))
  return pages.filter((row) => row.post).flatMap((row) => (row.spanish ? [row.path, `/es${row.path}`] : [row.path]))
}

/**
 * nginx locations for the pages that take a form POST (and the addresses under them: /submit/received):
 * proxied, never cached. The template's {{POST_PAGE_LOCATIONS}}.
 * @param {string} [table]
 * @returns {string}
 */
export function postPageLocations(table = PAGES_TABLE) {
  return postPagePaths(table)
    .map((path) => {
      if (!/^\/[a-z0-9/-]+$/.test(path)) throw new Error(`a page's path cannot be an nginx location: ${path}`)
      return `location ${path} {\n            proxy_pass http://next_app;\n            proxy_cache off;\n        }`
    })
    .join('\n        ')
}

/**
 * Renders an nginx template into `file` (default <runDir>/nginx.conf) and returns its path.
 * RUN_DIR, MIME_TYPES, WORKERS and POST_PAGE_LOCATIONS have defaults (runDir, DEFAULT_MIME_TYPES, auto,
 * the table of pages' POST pages).
 * @param {object} options
 * @param {string} options.template  the template's path
 * @param {string} options.runDir
 * @param {Record<string, string | number>} options.values
 * @param {string} [options.file]
 * @returns {string}
 */
export function writeNginxConfig({ template, runDir, values, file = join(resolve(runDir), 'nginx.conf') }) {
  const text = renderTemplate(readFileSync(template, 'utf8'), {
    RUN_DIR: resolve(runDir),
    MIME_TYPES: DEFAULT_MIME_TYPES,
    WORKERS: 'auto',
    POST_PAGE_LOCATIONS: postPageLocations(),
    ...values,
  })
  writeFileSync(file, text)
  return file
}

/**
 * A value put into the config as one nginx token: no spaces, quotes, braces or semicolons (which
 * would end the directive and let a value add its own).
 * @param {string} name @param {string | number} value
 */
function token(name, value) {
  const text = String(value)
  if (!/^[A-Za-z0-9_.:/[\]-]+$/.test(text)) throw new Error(`${name} is not a plain value: ${JSON.stringify(text)}`)
  return text
}

/**
 * @typedef {object} RecipeConfigOptions
 * @property {string} runDir
 * @property {string} staticRoot  from prepareRunDir
 * @property {string | null} brotliModule  from prepareRunDir
 * @property {string} listen    address:port nginx listens on
 * @property {string} upstream  address:port of `next start`
 * @property {string} [cacheTtl]  nginx time (5s, 1m); default 5s
 * @property {string} [finderRate]  the finder's per-client rate (nginx limit_req: 10r/s, 300r/m); default DEFAULT_FINDER_RATE
 * @property {string | number} [finderBurst]  requests above that rate answered at once; default DEFAULT_FINDER_BURST
 * @property {string | number} [workers]  worker_processes; default auto
 * @property {string} [mimeTypes]  default DEFAULT_MIME_TYPES
 * @property {string} [template]  default TEMPLATE
 */

/**
 * deploy/nginx.conf.template rendered into <runDir>/nginx.conf; returns its path.
 * @param {RecipeConfigOptions} options
 * @returns {string}
 */
export function writeRecipeConfig({
  runDir,
  staticRoot,
  brotliModule,
  listen,
  upstream,
  cacheTtl = '5s',
  finderRate = DEFAULT_FINDER_RATE,
  finderBurst = DEFAULT_FINDER_BURST,
  workers = 'auto',
  mimeTypes = DEFAULT_MIME_TYPES,
  template = TEMPLATE,
}) {
  if (!existsSync(mimeTypes)) throw new Error(`no ${mimeTypes}: give nginx's mime.types (MIME_TYPES, --mime-types)`)
  return writeNginxConfig({
    template,
    runDir,
    values: {
      LISTEN: token('listen', listen),
      UPSTREAM: token('upstream', upstream),
      CACHE_TTL: token('cache TTL', cacheTtl),
      FINDER_RATE: token('finder rate', finderRate),
      FINDER_BURST: token('finder burst', finderBurst),
      WORKERS: token('workers', workers),
      MIME_TYPES: token('mime types', mimeTypes),
      STATIC_ROOT: token('static root', staticRoot),
      LOAD_MODULES: brotliModule ? `load_module ${token('Brotli module', brotliModule)};` : '',
      BROTLI_STATIC: brotliModule ? 'brotli_static on;' : '',
    },
  })
}

/**
 * `nginx -t` on a config; throws with nginx's message when it is refused.
 * @param {object} options
 * @param {string} options.config
 * @param {string} options.runDir  nginx's prefix (-p)
 * @param {string | null} [options.nginx]  the binary (default findNginx())
 */
export function testConfig({ config, runDir, nginx }) {
  try {
    execFileSync(requireNginx(nginx), ['-t', '-q', '-p', resolve(runDir), '-c', config], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' })
  } catch (error) {
    const e = /** @type {{ stderr?: string, message: string }} */ (error)
    throw new Error(`nginx refused ${config}:\n${e.stderr?.trim() || e.message}`)
  }
}

/**
 * The command that runs nginx in the foreground with a config (for callers with their own way of
 * starting processes).
 * @param {object} options
 * @param {string} options.config
 * @param {string} options.runDir
 * @param {string | null} [options.nginx]
 * @returns {{ command: string, args: string[] }}
 */
export function nginxCommand({ config, runDir, nginx }) {
  return { command: requireNginx(nginx), args: ['-p', resolve(runDir), '-c', config, '-g', 'daemon off;'] }
}

/**
 * Starts nginx in the foreground (daemon off) and returns the child process; its master ends its
 * workers when sent SIGTERM (fast) or SIGQUIT (graceful).
 * @param {object} options
 * @param {string} options.config
 * @param {string} options.runDir
 * @param {string | null} [options.nginx]
 * @param {import('node:child_process').SpawnOptions} [options.spawnOptions]  default: stdout and stderr inherited
 * @returns {import('node:child_process').ChildProcess}
 */
export function startNginx({ config, runDir, nginx, spawnOptions = { stdio: ['ignore', 'inherit', 'inherit'] } }) {
  const { command, args } = nginxCommand({ config, runDir, nginx })
  return spawn(command, args, spawnOptions)
}

/**
 * @typedef {object} PrepareOptions
 * @property {string} dist  the build folder
 * @property {string} runDir
 * @property {string} listen
 * @property {string} upstream
 * @property {string} [cacheTtl]
 * @property {string} [finderRate]
 * @property {string | number} [finderBurst]
 * @property {string | number} [workers]
 * @property {string} [mimeTypes]
 * @property {string} [modulesDir]
 * @property {string | null} [nginx]
 * @property {boolean} [precompress]
 * @property {string} [template]
 * @property {Log} [log]
 */

/**
 * @typedef {RunDir & { config: string, nginx: string }} Prepared
 */

/**
 * Everything but starting: run folder, precompressed and linked static files, rendered config,
 * `nginx -t`. Then start with startNginx(prepared) (or nginxCommand(prepared)).
 * @param {PrepareOptions} options
 * @returns {Prepared}
 */
export function prepare(options) {
  const nginx = requireNginx(options.nginx)
  const dir = prepareRunDir(options)
  const config = writeRecipeConfig({ ...options, ...dir })
  testConfig({ config, runDir: dir.runDir, nginx })
  return { ...dir, config, nginx }
}

// --- command line --------------------------------------------------------------------------------

const USAGE = `usage: node deploy/recipe.mjs prepare|start --dist <dist> --run-dir <dir> --listen <addr:port> --upstream <addr:port>
       [--cache-ttl 5s] [--finder-rate ${DEFAULT_FINDER_RATE}] [--finder-burst ${DEFAULT_FINDER_BURST}] [--workers auto] [--mime-types ${DEFAULT_MIME_TYPES}] [--modules-dir ${DEFAULT_MODULES_DIR}]
       [--nginx <binary>] [--no-precompress]
  prepare  prints the rendered, checked config's path; run it with: nginx -p <run-dir> -c <config> -g 'daemon off;'
  start    the same, then runs nginx in the foreground`

/** @param {string[]} argv */
function cli(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      dist: { type: 'string', default: process.env.NEXT_DIST_DIR || '.next' },
      'run-dir': { type: 'string' },
      listen: { type: 'string' },
      upstream: { type: 'string' },
      'cache-ttl': { type: 'string', default: '5s' },
      'finder-rate': { type: 'string', default: DEFAULT_FINDER_RATE },
      'finder-burst': { type: 'string', default: String(DEFAULT_FINDER_BURST) },
      workers: { type: 'string', default: 'auto' },
      'mime-types': { type: 'string', default: DEFAULT_MIME_TYPES },
      'modules-dir': { type: 'string', default: DEFAULT_MODULES_DIR },
      nginx: { type: 'string' },
      'no-precompress': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  const [command] = positionals
  if (values.help) {
    console.log(USAGE)
    return
  }
  if ((command !== 'prepare' && command !== 'start') || positionals.length !== 1) throw new UsageError(`unknown command ${positionals.join(' ') || '(none)'}`)
  for (const name of /** @type {const} */ (['run-dir', 'listen', 'upstream'])) if (!values[name]) throw new UsageError(`--${name} is required`)
  const prepared = prepare({
    dist: /** @type {string} */ (values.dist),
    runDir: /** @type {string} */ (values['run-dir']),
    listen: /** @type {string} */ (values.listen),
    upstream: /** @type {string} */ (values.upstream),
    cacheTtl: values['cache-ttl'],
    finderRate: values['finder-rate'],
    finderBurst: values['finder-burst'],
    workers: values.workers,
    mimeTypes: values['mime-types'],
    modulesDir: values['modules-dir'],
    nginx: values.nginx ?? process.env.NGINX ?? null,
    precompress: !values['no-precompress'],
  })
  if (command === 'prepare') {
    process.stdout.write(`${prepared.config}\n`)
    return
  }
  stderr(`[recipe] nginx on ${values.listen} → ${values.upstream}, cache ${values['cache-ttl']}, files in ${prepared.runDir}`)
  const child = startNginx({ ...prepared, spawnOptions: { stdio: 'inherit' } })
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGQUIT', 'SIGHUP'])) process.on(signal, () => child.kill(signal))
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 + (osConstants.signals[signal] ?? 15) : 1)))
}

class UsageError extends Error {}

if (isMain(import.meta.url)) {
  try {
    cli(process.argv.slice(2))
  } catch (error) {
    if (error instanceof UsageError || (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      console.error(`${error.message}\n${USAGE}`)
      process.exit(2)
    }
    console.error(`[recipe] ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  }
}
