/**
 * Shared by the dataset scripts (dataset-import.ts, dataset-export.ts): which project and dataset
 * they work on, the client they count with, and how they call the sanity CLI.
 */
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { gunzipSync } from 'node:zlib'
import { createClient, type SanityClient } from '@sanity/client'
import { isValidProjectId, readStudioEnv, SANITY_API_VERSION } from '../lib/env'

export interface DatasetTarget {
  projectId: string
  dataset: string
  /** A token that can read the whole dataset (and write it, to import). */
  token: string
  /** SANITY_API_HOST, for the tests' loopback server. */
  apiHost: string | undefined
}

export class UsageError extends Error {}

/**
 * Runs a script's `main` when node was asked to run that file (`moduleUrl`: its import.meta.url), not
 * when a test imports it; exits with its code, printing a usage error as a plain message.
 */
export function runWhenMain(moduleUrl: string, main: (argv: readonly string[]) => Promise<number>): void {
  if (moduleUrl !== pathToFileURL(process.argv[1] ?? '').href) return
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof UsageError ? error.message : error)
      process.exit(1)
    },
  )
}

/** The project, dataset and token from the environment; throws a UsageError naming what is missing. */
export function datasetTarget(env: Record<string, string | undefined> = process.env, needs: 'read' | 'write' = 'write'): DatasetTarget {
  const { projectId, dataset } = readStudioEnv()
  if (!projectId) throw new UsageError('Set SANITY_PROJECT_ID (the project id from sanity.io/manage) and SANITY_DATASET.')
  if (!isValidProjectId(projectId)) throw new UsageError(`"${projectId}" is not a Sanity project id (lowercase letters, digits, dashes).`)
  const token =
    env.SANITY_API_WRITE_TOKEN?.trim() ||
    env.SANITY_WRITE_TOKEN?.trim() ||
    env.SANITY_AUTH_TOKEN?.trim() ||
    (needs === 'read' ? env.SANITY_API_READ_TOKEN?.trim() : undefined)
  if (!token) {
    throw new UsageError(
      needs === 'write'
        ? 'Set SANITY_API_WRITE_TOKEN to a token with Editor rights (sanity.io/manage → API → Tokens).'
        : 'Set SANITY_API_READ_TOKEN (Viewer) or SANITY_API_WRITE_TOKEN to a token of the project.',
    )
  }
  return { projectId, dataset, token, apiHost: env.SANITY_API_HOST?.trim() || undefined }
}

export function targetClient(target: DatasetTarget): SanityClient {
  return createClient({
    projectId: target.projectId,
    dataset: target.dataset,
    apiVersion: SANITY_API_VERSION,
    token: target.token,
    useCdn: false,
    perspective: 'raw',
    ...(target.apiHost ? { apiHost: target.apiHost, useProjectHostname: false } : {}),
  })
}

/** Documents in the dataset, drafts included, Sanity's own system documents (`_.…`) not. */
export async function countDocuments(client: SanityClient): Promise<number> {
  return client.fetch<number>('count(*[!(_id in path("_.**"))])', {}, { perspective: 'raw', tag: 'dataset-script.count' })
}

/** Runs the sanity CLI of this repository (node_modules/.bin/sanity) and returns its exit code. */
export function runSanityCli(args: string[], env: Record<string, string>): number {
  const require = createRequire(import.meta.url)
  const bin = join(dirname(require.resolve('sanity/package.json')), 'bin', 'sanity')
  const result = spawnSync(process.execPath, [bin, ...args], {
    stdio: 'inherit',
    env: { ...process.env, SANITY_TELEMETRY_DISABLED: '1', ...env },
  })
  if (result.error) throw result.error
  return result.status ?? 1
}

/** The text of the first file in a .tar.gz whose path ends with `suffix` (e.g. "/data.ndjson"), or null. */
export function readFileFromTarGz(archive: Buffer, suffix: string): string | null {
  const tar = gunzipSync(archive)
  let offset = 0
  let longName: string | null = null
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512)
    if (header.every((byte) => byte === 0)) break
    const field = (start: number, length: number) => header.subarray(start, start + length).toString('utf8').replace(/\0.*$/s, '')
    const size = parseInt(field(124, 12).trim() || '0', 8)
    const type = field(156, 1)
    const prefix = field(345, 155)
    const name = longName ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100))
    const body = tar.subarray(offset + 512, offset + 512 + size)
    longName = null
    if (type === 'L') longName = body.toString('utf8').replace(/\0.*$/s, '')
    else if (type === 'x') {
      const path = /\d+ path=([^\n]*)\n/.exec(body.toString('utf8'))
      if (path) longName = path[1] ?? null
    } else if ((type === '0' || type === '') && name.endsWith(suffix)) return body.toString('utf8')
    offset += 512 + Math.ceil(size / 512) * 512
  }
  return null
}
