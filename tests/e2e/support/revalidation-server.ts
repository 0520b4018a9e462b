/**
 * For the revalidation test: builds the site into its own folder and serves it with `next start` on
 * its own port, as child processes with bounded timeouts, their output kept for the test to read.
 * Also signs and sends the Sanity webhook.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'

export const ROOT = join(__dirname, '..', '..', '..')
const NEXT_BIN = require.resolve('next/dist/bin/next', { paths: [ROOT] })

/** Everything a child process wrote, stdout and stderr interleaved. */
/**
 * The environment of a production site that reads a loopback Content Lake (tests/support/query-server.ts)
 * from its own dist folder; `extra` adds or overrides (tokens, secrets, delays).
 */
export function lakeSiteEnv(site: { distDir: string; projectId: string; dataset: string; apiHost: string }, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    SANITY_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: site.distDir,
    SANITY_PROJECT_ID: site.projectId,
    SANITY_DATASET: site.dataset,
    SANITY_API_HOST: site.apiHost,
    ...extra,
  }
}

export class Output {
  private chunks: string[] = []
  add(chunk: Buffer | string) {
    this.chunks.push(chunk.toString())
  }
  text(): string {
    return this.chunks.join('')
  }
  /** Length so far: pass it to `since` to read only what came after. */
  mark(): number {
    return this.text().length
  }
  since(mark: number): string {
    return this.text().slice(mark)
  }
}

function run(args: string[], env: NodeJS.ProcessEnv, output: Output): ChildProcess {
  const child = spawn(process.execPath, [NEXT_BIN, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout!.on('data', (chunk) => output.add(chunk))
  child.stderr!.on('data', (chunk) => output.add(chunk))
  return child
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode)
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)))
}

/**
 * `next build` into `env.NEXT_DIST_DIR`; with `only`, just those app files (and their layouts), via
 * `--debug-build-paths`. A build adds its folder's types to tsconfig.json; the file is put back as it
 * was, so the test leaves the repository untouched.
 */
export async function buildSite(env: NodeJS.ProcessEnv, output: Output, timeoutMs: number, only: string[] = []): Promise<void> {
  // Next keeps its data cache across builds (`<distDir>/cache/fetch-cache`) and a build reuses
  // entries younger than their revalidate time: start from none, so the build reads the lake.
  rmSync(join(ROOT, env.NEXT_DIST_DIR ?? '.next', 'cache', 'fetch-cache'), { recursive: true, force: true })
  const tsconfig = join(ROOT, 'tsconfig.json')
  const before = readFileSync(tsconfig, 'utf8')
  const child = run(['build', ...(only.length > 0 ? ['--debug-build-paths', only.join(',')] : [])], env, output)
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
  try {
    const code = await exited(child)
    if (code !== 0) throw new Error(`next build failed (exit ${code}):\n${output.text().slice(-4000)}`)
  } finally {
    clearTimeout(timer)
    if (readFileSync(tsconfig, 'utf8') !== before) writeFileSync(tsconfig, before)
  }
}

export interface RunningSite {
  url: string
  output: Output
  stop(): Promise<void>
}

/** `next start` on 127.0.0.1:`port`, resolved once it answers / with 200. */
export async function startSite(port: number, env: NodeJS.ProcessEnv, output: Output, timeoutMs: number): Promise<RunningSite> {
  const child = run(['start', '--hostname', '127.0.0.1', '--port', String(port)], env, output)
  const url = `http://127.0.0.1:${port}`
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
    await exited(child)
    clearTimeout(timer)
  }
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${output.text().slice(-4000)}`)
    try {
      const response = await fetch(`${url}/`, { signal: AbortSignal.timeout(5000) })
      if (response.status === 200) return { url, output, stop }
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`next start did not answer within ${timeoutMs} ms:\n${output.text().slice(-4000)}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/** Posts a webhook body to /api/revalidate, signed with `secret` (unsigned when null). */
export async function sendWebhook(siteUrl: string, body: object, secret: string | null): Promise<Response> {
  const payload = JSON.stringify(body)
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (secret !== null) headers[SIGNATURE_HEADER_NAME] = await encodeSignatureHeader(payload, Date.now(), secret)
  return fetch(`${siteUrl}/api/revalidate`, { method: 'POST', body: payload, headers, signal: AbortSignal.timeout(30_000) })
}
