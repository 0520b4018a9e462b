/**
 * The production recipe's nginx (deploy/nginx.conf.template) started as a server starts it:
 * `node deploy/recipe.mjs start …`, in its own process group, on a free loopback port, with its
 * own run folder (config, logs, cache), removed by stop().
 *
 * The launcher runs as a process rather than being imported: Playwright's loader turns the ES
 * modules a spec imports into CommonJS, which a plain .mjs file (run as ESM by Node) cannot be.
 *
 *   const recipe = await startRecipe({ dist: '.next', upstream: '127.0.0.1:3000', cacheTtl: '2s' })
 *   await fetch(`${recipe.url}/`)
 *   const logs = await recipe.stop()
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { freePort } from './next-server'

/** Whether the launcher will find nginx (as deploy/recipe.mjs findNginx looks: NGINX, the PATH, /usr/sbin). */
export function nginxInstalled(): boolean {
  if (process.env.NGINX) return existsSync(process.env.NGINX)
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin', '/usr/local/nginx/sbin']
  return dirs.some((dir) => dir && existsSync(join(dir, 'nginx')))
}

export interface RecipeServer {
  /** http://127.0.0.1:<port> */
  readonly url: string
  readonly runDir: string
  /** The rendered config (<runDir>/nginx.conf). */
  readonly config: string
  /** What the launcher and nginx printed. */
  output(): string
  /** Stops nginx (and its workers), then removes the run folder; returns its config and logs. */
  stop(): Promise<Record<string, string>>
}

export interface RecipeOptions {
  /** The build folder (NEXT_DIST_DIR). */
  dist: string
  /** host:port of the server behind nginx. */
  upstream: string
  cacheTtl: string
  workers?: number
  /** For the launcher to start, precompressing the build's static files on a first run included. */
  timeoutMs?: number
}

const LAUNCHER = join(process.cwd(), 'deploy', 'recipe.mjs')

export async function startRecipe({ dist, upstream, cacheTtl, workers = 1, timeoutMs = 240_000 }: RecipeOptions): Promise<RecipeServer> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const runDir = mkdtempSync(join(tmpdir(), 'center-recipe-e2e-'))
  const args = ['start', '--dist', dist, '--run-dir', runDir, '--listen', `127.0.0.1:${port}`, '--upstream', upstream, '--cache-ttl', cacheTtl, '--workers', String(workers)]
  const child = spawn(process.execPath, [LAUNCHER, ...args], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  let log = ''
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const ended = () => child.exitCode !== null || child.signalCode !== null

  const killGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal)
    } catch {
      // already gone
    }
  }
  const stop = async () => {
    if (!ended()) {
      // The launcher passes SIGTERM on to nginx (fast shutdown) and exits with it.
      child.kill('SIGTERM')
      const timer = setTimeout(() => killGroup('SIGKILL'), 8000)
      await exited
      clearTimeout(timer)
    }
    // nginx's workers are in the same group: none may outlive the test.
    killGroup('SIGKILL')
    const files: Record<string, string> = {}
    for (const name of ['nginx.conf', 'error.log', 'access.log']) {
      const file = join(runDir, name)
      if (existsSync(file)) files[name] = readFileSync(file, 'utf8')
    }
    rmSync(runDir, { recursive: true, force: true })
    return files
  }

  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (ended()) {
      await stop()
      throw new Error(`node deploy/recipe.mjs ${args.join(' ')} exited (${child.exitCode ?? child.signalCode}):\n${log}`)
    }
    try {
      const response = await fetch(`${url}/robots.txt`, { signal: AbortSignal.timeout(2000) })
      await response.arrayBuffer()
      if (response.status < 500) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`the recipe did not answer on ${url} within ${timeoutMs} ms:\n${log}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return { url, runDir, config: join(runDir, 'nginx.conf'), output: () => log, stop }
}
