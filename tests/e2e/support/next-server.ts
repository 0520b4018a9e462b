/**
 * A second `next start` of the same build, with its own environment, on a free loopback port: for
 * tests that need the site configured differently from Playwright's main web server (a Sanity
 * project for the Studio, a loopback Content Lake for draft mode). The build is the one the main
 * server uses (NEXT_DIST_DIR, default .next).
 *
 *   const site = await startNextServer({ SANITY_PROJECT_ID: 'test1234' })
 *   await page.goto(`${site.url}/studio`)
 *   await site.stop()
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { join } from 'node:path'

export interface NextServer {
  readonly url: string
  /** Everything the server printed, for failure messages. */
  output(): string
  stop(): Promise<void>
}

/** Every variable that names a Sanity project or dataset, blanked unless the test sets it. */
const SANITY_VARIABLES = [
  'SANITY_PROJECT_ID',
  'SANITY_DATASET',
  'SANITY_API_HOST',
  'SANITY_API_READ_TOKEN',
  'SANITY_API_WRITE_TOKEN',
  'SANITY_WRITE_TOKEN',
  'SANITY_STUDIO_PROJECT_ID',
  'SANITY_STUDIO_DATASET',
  'NEXT_PUBLIC_SANITY_PROJECT_ID',
  'NEXT_PUBLIC_SANITY_DATASET',
]

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

async function waitUntilUp(url: string, child: ChildProcess, output: () => string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output()}`)
    try {
      const response = await fetch(`${url}/studio`, { redirect: 'manual' })
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`next start did not answer within ${timeoutMs} ms:\n${output()}`)
}

export async function startNextServer(env: Record<string, string>, timeoutMs = 60_000): Promise<NextServer> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const blanks = Object.fromEntries(SANITY_VARIABLES.map((name) => [name, '']))
  const bin = join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next')
  const child = spawn(process.execPath, [bin, 'start', '--hostname', '127.0.0.1', '--port', String(port)], {
    cwd: process.cwd(),
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...blanks, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  const output = () => log
  try {
    await waitUntilUp(url, child, output, timeoutMs)
  } catch (error) {
    child.kill('SIGTERM')
    throw error
  }
  return {
    url,
    output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
        setTimeout(() => child.kill('SIGKILL'), 5_000).unref()
      }),
  }
}
