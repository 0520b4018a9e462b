/**
 * The submission settings, read when asked (like lib/env.ts). Server only.
 *
 * | Variable | Meaning |
 * | SUBMISSIONS_DIR | the outbox folder (default .data/submissions, relative to the working directory) |
 * | SUBMISSIONS_RATE_LIMIT | submissions one client may send per window (default 5) |
 * | SUBMISSIONS_RATE_WINDOW_SECONDS | the window (default 3600: an hour) |
 * | SANITY_WRITE_TOKEN | with SANITY_PROJECT_ID: submissions go straight to Sanity as drafts |
 *
 * Who the sender is, for the limit, comes from TRUSTED_PROXY_HOPS / TRUSTED_PROXY_ADDRESSES
 * (lib/security/client-address.ts). The body size limit is Next's (next.config.ts).
 */
import { resolve } from 'node:path'
import { sanityEnv, type SanityEnv } from '../env'

export const DEFAULT_SUBMISSIONS_DIR = '.data/submissions'
export const DEFAULT_RATE_LIMIT = 5
export const DEFAULT_RATE_WINDOW_SECONDS = 3600

function read(name: string): string | undefined {
  const value = process.env[name]?.trim()
  return value ? value : undefined
}

function positiveInt(name: string, fallback: number): number {
  const text = read(name)
  if (text === undefined) return fallback
  const value = Number(text)
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of 1 or more (it is "${text}")`)
  return value
}

export function submissionsDir(): string {
  // A runtime folder, not part of the build: the comment keeps the bundler from tracing the whole project.
  return resolve(/* turbopackIgnore: true */ read('SUBMISSIONS_DIR') ?? DEFAULT_SUBMISSIONS_DIR)
}

export function rateLimitSettings(): { limit: number; windowMs: number } {
  return {
    limit: positiveInt('SUBMISSIONS_RATE_LIMIT', DEFAULT_RATE_LIMIT),
    windowMs: positiveInt('SUBMISSIONS_RATE_WINDOW_SECONDS', DEFAULT_RATE_WINDOW_SECONDS) * 1000,
  }
}

export interface SanityWriteEnv extends SanityEnv {
  projectId: string
  writeToken: string
}

/** The Sanity project submissions are written to, or null when they go to the outbox. */
export function sanityWriteEnv(): SanityWriteEnv | null {
  const env = sanityEnv()
  const writeToken = read('SANITY_WRITE_TOKEN')
  return env.projectId && writeToken ? { ...env, projectId: env.projectId, writeToken } : null
}
