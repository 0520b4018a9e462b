/**
 * Helpers for the benchmark (bench/run.ts): child processes with time limits and progress, process
 * tree memory sampling, wrk runs and their parsing, tables. (nginx configs: deploy/recipe.mjs.)
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export const ROOT = join(__dirname, '..')
export const NEXT_BIN = join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next')

const STARTED = Date.now()
/** Progress on stderr, each line with the time since the bench started (m:ss). */
export const log = (message: string) => {
  const s = Math.round((Date.now() - STARTED) / 1000)
  process.stderr.write(`[bench ${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}] ${message}\n`)
}
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export function round(n: number, digits = 1): number {
  const f = 10 ** digits
  return Math.round(n * f) / f
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}

export function median(values: number[]): number {
  return percentile(values, 50)
}

// --- processes -----------------------------------------------------------------------------------

export interface Running {
  child: ChildProcess
  output(): string
  exited: Promise<number | null>
  stop(): Promise<void>
}

/** Starts a command in its own process group (so stop() ends its children too). */
export function start(command: string, args: string[], env: NodeJS.ProcessEnv = process.env, cwd = ROOT): Running {
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  let text = ''
  const keep = (chunk: Buffer) => {
    text += chunk.toString()
    if (text.length > 2_000_000) text = text.slice(-1_000_000)
  }
  child.stdout!.on('data', keep)
  child.stderr!.on('data', keep)
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    try {
      process.kill(-child.pid!, 'SIGTERM')
    } catch {
      child.kill('SIGTERM')
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {
        child.kill('SIGKILL')
      }
    }, 8000)
    await exited
    clearTimeout(timer)
  }
  return { child, output: () => text, exited, stop }
}

/** Runs a command to the end within `timeoutMs`; rejects on failure with the end of its output. */
export async function run(
  command: string,
  args: string[],
  { env = process.env, timeoutMs = 600_000, label = command }: { env?: NodeJS.ProcessEnv; timeoutMs?: number; label?: string } = {},
): Promise<string> {
  const proc = start(command, args, env)
  const timer = setTimeout(() => void proc.stop(), timeoutMs)
  const code = await proc.exited
  clearTimeout(timer)
  if (code !== 0) throw new Error(`${label} failed (exit ${code}):\n${proc.output().slice(-3000)}`)
  return proc.output()
}

/** Resident memory (bytes) of a process and all its descendants, from /proc. */
export function treeRss(rootPid: number): number {
  const parents = new Map<number, number>()
  const rss = new Map<number, number>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      parents.set(Number(entry), Number(fields[1]))
      rss.set(Number(entry), Number(fields[21]) * 4096)
    } catch {
      // the process ended meanwhile
    }
  }
  let total = 0
  const stack = [rootPid]
  const seen = new Set<number>()
  while (stack.length > 0) {
    const pid = stack.pop()!
    if (seen.has(pid)) continue
    seen.add(pid)
    total += rss.get(pid) ?? 0
    for (const [child, parent] of parents) if (parent === pid) stack.push(child)
  }
  return total
}

export interface TimedBuild {
  seconds: number
  /** Peak of the whole process tree's resident memory, sampled every 250 ms. */
  peakTreeMb: number
  /** /usr/bin/time -v's "Maximum resident set size": the largest single process. */
  maxProcessMb: number | null
  output: string
  /** Seconds from the start at which each stage of the build was first reported. */
  stages: Record<string, number>
  /** True when the build was stopped at `timeoutMs` (with `allowTimeout`) before it finished. */
  timedOut: boolean
}

/** The lines of `next build` that mark a stage's end or start. */
const STAGES: [string, RegExp][] = [
  ['compiled', /Compiled successfully|Compiled with warnings/],
  ['typeChecked', /Finished TypeScript|Collecting page data/],
  ['generatingStarted', /Generating static pages/],
  ['generated', /Generating static pages[^\n]*\((\d+)\/\1\)/],
  ['finalized', /Finalizing page optimization|Route \(app\)/],
]

/** `next build` (with extra args) under /usr/bin/time -v, sampling the tree's memory, with progress. */
export async function timedBuild(
  env: NodeJS.ProcessEnv,
  args: string[],
  label: string,
  timeoutMs: number,
  { allowTimeout = false }: { allowTimeout?: boolean } = {},
): Promise<TimedBuild> {
  const useTime = (() => {
    try {
      readFileSync('/usr/bin/time')
      return true
    } catch {
      return false
    }
  })()
  const command = useTime ? '/usr/bin/time' : process.execPath
  const fullArgs = useTime ? ['-v', process.execPath, NEXT_BIN, 'build', ...args] : [NEXT_BIN, 'build', ...args]
  const started = Date.now()
  const proc = start(command, fullArgs, env)
  let peak = 0
  let lastReport = started
  const stages: Record<string, number> = {}
  const sampler = setInterval(() => {
    const text = proc.output()
    for (const [stage, pattern] of STAGES) if (!(stage in stages) && pattern.test(text)) stages[stage] = round((Date.now() - started) / 1000)
    const now = treeRss(proc.child.pid!)
    peak = Math.max(peak, now)
    if (Date.now() - lastReport >= 15_000) {
      lastReport = Date.now()
      const lastLine = proc.output().trim().split('\n').filter((l) => l.trim() && !/^\s*(Command being timed|\w[\w ()/]*: )/.test(l)).pop() ?? ''
      log(`  ${label}: ${Math.round((Date.now() - started) / 1000)} s, ${Math.round(now / 2 ** 20)} MB now … ${lastLine.trim().slice(0, 90)}`)
    }
  }, 250)
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    log(`  ${label}: stopped at the ${Math.round(timeoutMs / 60_000)} min limit`)
    void proc.stop()
  }, timeoutMs)
  const code = await proc.exited
  clearInterval(sampler)
  clearTimeout(timer)
  const seconds = (Date.now() - started) / 1000
  const output = proc.output()
  if (code !== 0 && !(timedOut && allowTimeout)) throw new Error(`${label}: next build failed (exit ${code}):\n${output.slice(-4000)}`)
  const maxRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(output)
  return {
    seconds: round(seconds),
    peakTreeMb: Math.round(peak / 2 ** 20),
    maxProcessMb: maxRss ? Math.round(Number(maxRss[1]) / 1024) : null,
    output,
    stages,
    timedOut,
  }
}

/** Waits until `url` answers (any status below 500), or throws. */
export async function waitFor(url: string, timeoutMs: number, proc?: Running): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (proc && proc.child.exitCode !== null) throw new Error(`exited before answering ${url}:\n${proc.output().slice(-3000)}`)
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000), redirect: 'manual' })
      await response.arrayBuffer()
      if (response.status < 500) return
    } catch {
      // not yet
    }
    await sleep(250)
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms${proc ? `:\n${proc.output().slice(-3000)}` : ''}`)
}

// --- wrk -----------------------------------------------------------------------------------------

export interface LoadResult {
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  requests: number
  errors: number
  non2xx: number
}

function toMs(value: string, unit: string): number {
  const n = Number(value)
  if (unit === 'us') return n / 1000
  if (unit === 's') return n * 1000
  if (unit === 'm') return n * 60_000
  return n
}

export function parseWrk(text: string): LoadResult {
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(text)
  const p50 = /^\s+50%\s+([\d.]+)(us|ms|s|m)\s*$/m.exec(text)
  const p99 = /^\s+99%\s+([\d.]+)(us|ms|s|m)\s*$/m.exec(text)
  const total = /(\d+) requests in/.exec(text)
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(text)
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(text)
  if (!rps || !p50 || !p99 || !total) throw new Error(`could not read wrk's output:\n${text}`)
  return {
    requestsPerSecond: Math.round(Number(rps[1])),
    p50Ms: round(toMs(p50[1]!, p50[2]!), 2),
    p99Ms: round(toMs(p99[1]!, p99[2]!), 2),
    requests: Number(total[1]),
    errors: socket ? socket.slice(1).reduce((n, v) => n + Number(v), 0) : 0,
    non2xx: non2xx ? Number(non2xx[1]) : 0,
  }
}

/** wrk at `connections` for `seconds` on one URL, as a browser would ask (gzip accepted) or, with `gzip: false`, asking for no compression. */
export async function wrk(url: string, { connections = 64, seconds = 10, threads = 2, gzip = true } = {}): Promise<LoadResult> {
  const encoding = gzip ? 'Accept-Encoding: gzip, deflate, br' : 'Accept-Encoding: identity'
  const out = await run(
    'wrk',
    [`-t${threads}`, `-c${connections}`, `-d${seconds}s`, '--latency', '--timeout', '10s', '-H', encoding, url],
    { timeoutMs: (seconds + 30) * 1000, label: `wrk ${url}` },
  )
  return parseWrk(out)
}

// --- tables --------------------------------------------------------------------------------------

export function table(headers: string[], rows: (string | number | null | undefined)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map((c) => (c === null || c === undefined ? '–' : String(c))))]
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)))
  const line = (r: string[]) => `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`
  return [line(cells[0]!), `|${widths.map((w, i) => (i === 0 ? ` ${'-'.repeat(w)} ` : ` ${'-'.repeat(w - 1)}: `)).join('|')}|`, ...cells.slice(1).map(line)].join('\n')
}
