/**
 * `npm test`: every check of the repository, as one command that fails if any step fails.
 *
 * The steps are the package's own scripts. They run two at a time (or one per core, if the machine
 * has more), in an order that keeps the cores busy: the type check and the lint first (each uses one
 * core), then the two production builds the end-to-end tests serve (the site's, and the one the
 * Content Lake specs share, tests/e2e/support/lake-build.ts), then the schema, TypeGen and unit
 * tests, and last the end-to-end tests, alone, once everything else has passed.
 *
 * - The builds start only after `tsc --noEmit` has passed (it reads what a build writes under
 *   .next/), and skip Next's own TypeScript pass (TEST_TYPECHECKED=1, next.config.ts): the same
 *   check again. A build outside this command keeps it.
 * - Each step's output is printed whole when it ends, under its name, so that steps running at the
 *   same time never interleave; the end-to-end tests print as they go. The first step that fails
 *   stops the others and the command exits with its status; a table of the steps' times ends it.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'

const ROOT = join(__dirname, '..')
const SLOTS = Math.max(2, availableParallelism())

interface Step {
  name: string
  /** The command, run from the repository's root. */
  command: string[]
  /** Steps that must have passed first. */
  after: string[]
  /** Prints as it goes (the last step, which runs alone). */
  live?: boolean
}

const npm = (script: string) => ['npm', 'run', script]
const STEPS: Step[] = [
  { name: 'typecheck', command: npm('typecheck'), after: [] },
  { name: 'lint', command: npm('lint'), after: [] },
  { name: 'build', command: npm('build'), after: ['typecheck'] },
  { name: 'lake build', command: ['node_modules/.bin/tsx', 'tests/e2e/support/lake-build-cli.ts'], after: ['typecheck'] },
  { name: 'schema:validate', command: npm('schema:validate'), after: [] },
  { name: 'typegen:check', command: npm('typegen:check'), after: [] },
  { name: 'test:unit', command: npm('test:unit'), after: [] },
]
STEPS.push({ name: 'test:e2e', command: npm('test:e2e'), after: STEPS.map((s) => s.name), live: true })

// `npm test -- --skip test:e2e,lake build`: leaves steps out (a partial run, for a quick check while
// working; CI runs them all). A step that needs a skipped one still runs.
const skipAt = process.argv.indexOf('--skip')
const SKIP = new Set(skipAt > 0 ? (process.argv[skipAt + 1] ?? '').split(',').map((s) => s.trim()) : [])
for (const name of SKIP) if (!STEPS.some((s) => s.name === name)) throw new Error(`--skip: no step named "${name}" (${STEPS.map((s) => s.name).join(', ')})`)
for (const step of STEPS) step.after = step.after.filter((name) => !SKIP.has(name))
STEPS.splice(0, STEPS.length, ...STEPS.filter((s) => !SKIP.has(s.name)))

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  SANITY_TELEMETRY_DISABLED: '1',
  TEST_TYPECHECKED: '1',
  // Names this run: the lake build made here is the one the end-to-end tests read (lake-build.ts).
  E2E_RUN_ID: process.env.E2E_RUN_ID || randomUUID(),
}

interface Result {
  step: Step
  start: number
  end: number
  code: number
}

const started = Date.now()
const seconds = (ms: number) => `${(ms / 1000).toFixed(0)} s`
const running = new Map<string, ChildProcess>()
const results = new Map<string, Result>()
let failed: Result | null = null

function summary() {
  const rows = STEPS.map((step) => {
    const r = results.get(step.name)
    if (!r) return `  ${step.name.padEnd(16)} not run`
    const status = r.code === 0 ? 'passed' : failed && failed.step !== step ? 'stopped' : 'FAILED'
    return `  ${step.name.padEnd(16)} ${status.padEnd(7)}  ${seconds(r.end - r.start).padStart(6)}  (from ${seconds(r.start - started)} to ${seconds(r.end - started)})`
  })
  console.log(`\n── npm test: ${failed ? `failed (${failed.step.name})` : 'passed'} in ${seconds(Date.now() - started)}, ${SLOTS} steps at a time\n${rows.join('\n')}`)
}

function stopAll() {
  for (const child of running.values()) {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
}

function runStep(step: Step): Promise<Result> {
  const start = Date.now()
  const chunks: Buffer[] = []
  const child = spawn(step.command[0]!, step.command.slice(1), {
    cwd: ROOT,
    env,
    // Its own process group, so that stopping it stops what it started (next build's workers).
    detached: true,
    stdio: step.live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
  })
  running.set(step.name, child)
  if (!step.live) console.log(`── ${step.name}: started at ${seconds(start - started)}`)
  child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk))
  child.stderr?.on('data', (chunk: Buffer) => chunks.push(chunk))
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      running.delete(step.name)
      const result: Result = { step, start, end: Date.now(), code: code ?? (signal ? -1 : 1) }
      if (!step.live) {
        const status = result.code === 0 ? 'passed' : failed ? 'stopped' : `FAILED (exit ${code ?? signal})`
        console.log(`\n── ${step.name}: ${status} in ${seconds(result.end - start)}\n${Buffer.concat(chunks).toString().trimEnd()}\n`)
      }
      resolve(result)
    })
  })
}

async function main() {
  console.log(`npm test: ${STEPS.map((s) => s.name).join(', ')}; ${SLOTS} steps at a time`)
  const pending = [...STEPS]
  const inFlight = new Set<Promise<void>>()
  while ((pending.length > 0 || inFlight.size > 0) && !failed) {
    // Start every step whose prerequisites have passed, in the order above, while a slot is free;
    // the live step runs alone.
    for (const step of [...pending]) {
      if (inFlight.size >= SLOTS || (step.live && inFlight.size > 0)) break
      if (!step.after.every((name) => results.get(name)?.code === 0)) continue
      pending.splice(pending.indexOf(step), 1)
      const promise: Promise<void> = runStep(step).then((result) => {
        results.set(step.name, result)
        inFlight.delete(promise)
        if (result.code !== 0 && !failed) {
          failed = result
          stopAll()
        }
      })
      inFlight.add(promise)
    }
    if (inFlight.size === 0) break
    await Promise.race(inFlight)
  }
  await Promise.all(inFlight)
  summary()
  process.exit(failed ? 1 : 0)
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopAll()
    process.exit(130)
  })
}

void main()
