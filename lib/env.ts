/**
 * The site's configuration: every environment variable the site, the Studio, the CLI and the scripts
 * read, parsed with zod when asked (never at import time, so a missing variable never breaks a build
 * or a test that does not need it). A bad value is a clear error naming the variable.
 *
 * Two parts, kept apart:
 * - public (./public-env.ts, re-exported here): the API version, the Studio's project and dataset
 *   (`readStudioEnv`), which the /studio page hands to the browser; nothing secret, and free of
 *   Node modules, so the Studio's client code imports that file;
 * - server only (here): the content source, tokens, the site's address, the dataset file and the
 *   submission settings. These readers refuse to run in a browser.
 *
 * | Variable | Part | Meaning |
 * | --- | --- | --- |
 * | NEXT_PUBLIC_SANITY_PROJECT_ID, SANITY_STUDIO_PROJECT_ID | public | the Studio's project (else SANITY_PROJECT_ID) |
 * | NEXT_PUBLIC_SANITY_DATASET, SANITY_STUDIO_DATASET | public | the Studio's dataset (else SANITY_DATASET, else production) |
 * | SANITY_PROJECT_ID, SANITY_DATASET | server | with both, content comes from the project; else the embedded dataset |
 * | SANITY_API_VERSION | server | overrides SANITY_API_VERSION below for the site's queries |
 * | SANITY_API_HOST | server | replaces https://<projectId>.api.sanity.io (the tests' loopback Lake) |
 * | SANITY_API_READ_TOKEN | server | read token: drafts perspective (draft mode) |
 * | SANITY_API_WRITE_TOKEN | server | an Editor token: with SANITY_PROJECT_ID, submissions go straight to Sanity as drafts; `npm run dataset:import` writes with it too (SANITY_WRITE_TOKEN, its former name for submissions, is still read, with a warning at start-up) |
 * | CENTER_DATASET_FILE | server | the NDJSON file of the embedded source (default sanity/dataset/production.ndjson) |
 * | SITE_URL | server | the site's public address (default http://localhost:3000) |
 * | SUBMISSIONS_DIR | server | the submissions outbox (default .data/submissions) |
 * | SUBMISSIONS_RATE_LIMIT, SUBMISSIONS_RATE_WINDOW_SECONDS | server | submissions per sender per window (5 an hour) |
 *
 * Read elsewhere, beside the code they configure: TRUSTED_PROXY_HOPS / TRUSTED_PROXY_ADDRESSES
 * (lib/security/client-address.ts), SANITY_REVALIDATE_SECRET / SANITY_REVALIDATE_DELAY_MS
 * (lib/revalidate.ts), NEXT_DIST_DIR (next.config.ts).
 */
import { resolve } from 'node:path'
import { z } from 'zod'
import { DEFAULT_DATASET, readStudioEnv, SANITY_API_VERSION, text } from './public-env'

export { DEFAULT_DATASET, isValidProjectId, readStudioEnv, SANITY_API_VERSION, studioBasePath, studioTitle, type StudioEnv } from './public-env'

export const DEFAULT_DATASET_FILE = 'sanity/dataset/production.ndjson'
export const DEFAULT_SUBMISSIONS_DIR = '.data/submissions'
export const DEFAULT_RATE_LIMIT = 5
export const DEFAULT_RATE_WINDOW_SECONDS = 3600

type Source = Record<string, string | undefined>

function wholeNumber(name: string) {
  return text.pipe(
    z
      .string()
      .regex(/^\d+$/, `${name} must be a whole number of 1 or more`)
      .transform(Number)
      .pipe(z.number().int().min(1, `${name} must be a whole number of 1 or more`))
      .optional(),
  )
}

function parse<T extends z.ZodType>(schema: T, source: Source): z.output<T> {
  const result = schema.safeParse(source)
  if (result.success) return result.data
  const issue = result.error.issues[0]!
  const name = String(issue.path[0] ?? '')
  throw new Error(`${issue.message} (${name} is "${source[name] ?? ''}")`)
}

// ---------------------------------------------------------------------------------------------
// Server only

const ServerEnv = z.object({
  SANITY_PROJECT_ID: text,
  SANITY_DATASET: text,
  SANITY_API_VERSION: text,
  SANITY_API_HOST: text.pipe(z.url('SANITY_API_HOST must be a URL such as http://127.0.0.1:4321').optional()),
  SANITY_API_READ_TOKEN: text,
  SANITY_API_WRITE_TOKEN: text,
  SANITY_WRITE_TOKEN: text,
  CENTER_DATASET_FILE: text,
  SITE_URL: text.pipe(z.url('SITE_URL must be a URL such as https://example.org').optional()),
  SUBMISSIONS_DIR: text,
  SUBMISSIONS_RATE_LIMIT: wholeNumber('SUBMISSIONS_RATE_LIMIT'),
  SUBMISSIONS_RATE_WINDOW_SECONDS: wholeNumber('SUBMISSIONS_RATE_WINDOW_SECONDS'),
})

function serverEnv(source: Source = process.env): z.output<typeof ServerEnv> {
  if (typeof window !== 'undefined') throw new Error('The server configuration is not readable in the browser')
  return parse(ServerEnv, source)
}

export type ContentSourceKind = 'embedded' | 'sanity'

export interface SanityEnv {
  projectId: string | undefined
  dataset: string
  apiVersion: string
  /** Replaces https://<projectId>.api.sanity.io, e.g. http://127.0.0.1:4321 in tests. */
  apiHost: string | undefined
  /** A read token: needed for the drafts perspective; never sent to the browser. */
  readToken: string | undefined
}

export function sanityEnv(): SanityEnv {
  const env = serverEnv()
  return {
    projectId: env.SANITY_PROJECT_ID,
    dataset: env.SANITY_DATASET ?? DEFAULT_DATASET,
    apiVersion: env.SANITY_API_VERSION ?? SANITY_API_VERSION,
    apiHost: env.SANITY_API_HOST,
    readToken: env.SANITY_API_READ_TOKEN,
  }
}

/** 'sanity' when both SANITY_PROJECT_ID and SANITY_DATASET are set; otherwise the embedded NDJSON file. */
export function contentSource(): ContentSourceKind {
  const env = serverEnv()
  return env.SANITY_PROJECT_ID && env.SANITY_DATASET ? 'sanity' : 'embedded'
}

/**
 * The origin the browser reaches for Sanity Live's events stream: the project's API
 * (https://<projectId>.api.sanity.io, or SANITY_API_HOST's origin), or null without a project.
 */
export function liveOrigin(): string | null {
  if (contentSource() !== 'sanity') return null
  const { projectId, apiHost } = sanityEnv()
  return apiHost ? new URL(apiHost).origin : `https://${projectId}.api.sanity.io`
}

/** The NDJSON file the embedded source reads; relative paths are from the project root (cwd). */
export function datasetFile(): string {
  return serverEnv().CENTER_DATASET_FILE ?? DEFAULT_DATASET_FILE
}

/** The public address of the site, for absolute URLs in metadata, the sitemap and the feed. */
export function siteUrl(): string {
  return (serverEnv().SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '')
}

/** The submissions outbox folder, absolute. */
export function submissionsDir(): string {
  // A runtime folder, not part of the build: the comment keeps the bundler from tracing the whole project.
  return resolve(/* turbopackIgnore: true */ serverEnv().SUBMISSIONS_DIR ?? DEFAULT_SUBMISSIONS_DIR)
}

/** Submissions one sender may send per window. Who the sender is: lib/security/client-address.ts. */
export function rateLimitSettings(): { limit: number; windowMs: number } {
  const env = serverEnv()
  return {
    limit: env.SUBMISSIONS_RATE_LIMIT ?? DEFAULT_RATE_LIMIT,
    windowMs: (env.SUBMISSIONS_RATE_WINDOW_SECONDS ?? DEFAULT_RATE_WINDOW_SECONDS) * 1000,
  }
}

export interface SanityWriteEnv extends SanityEnv {
  projectId: string
  writeToken: string
}

/**
 * The one name of the write token (an Editor token): the site sends submissions to the project with
 * it, and `npm run dataset:import` writes the dataset with it.
 */
export const WRITE_TOKEN_VARIABLE = 'SANITY_API_WRITE_TOKEN'
/** Its former name for submissions, still read so that a site set up with it keeps working; start-up says to rename it. */
export const FORMER_WRITE_TOKEN_VARIABLE = 'SANITY_WRITE_TOKEN'

/** The write token and the variable it came from (the former name only when the new one is unset), or null. */
export function writeToken(source: Source = process.env): { token: string; variable: string } | null {
  const env = serverEnv(source)
  if (env.SANITY_API_WRITE_TOKEN) return { token: env.SANITY_API_WRITE_TOKEN, variable: WRITE_TOKEN_VARIABLE }
  if (env.SANITY_WRITE_TOKEN) return { token: env.SANITY_WRITE_TOKEN, variable: FORMER_WRITE_TOKEN_VARIABLE }
  return null
}

/** The Sanity project submissions are written to, or null when they go to the outbox. */
export function sanityWriteEnv(): SanityWriteEnv | null {
  const env = sanityEnv()
  const token = writeToken()
  return env.projectId && token ? { ...env, projectId: env.projectId, writeToken: token.token } : null
}

/**
 * What the server says about its configuration when it starts (instrumentation.ts), one line each:
 * where the submission form's practices go when a Sanity project is named, and a token set under its
 * former name. Nothing without a project: the outbox is then the only place there is.
 */
export function startupNotes(source: Source = process.env): { level: 'info' | 'warn'; message: string }[] {
  const env = serverEnv(source)
  const notes: { level: 'info' | 'warn'; message: string }[] = []
  const token = writeToken(source)
  const studio = readStudioEnv(source)
  const project = env.SANITY_PROJECT_ID ?? studio.projectId
  if (token?.variable === FORMER_WRITE_TOKEN_VARIABLE) {
    notes.push({
      level: 'warn',
      message: `[config] ${FORMER_WRITE_TOKEN_VARIABLE} is the former name of ${WRITE_TOKEN_VARIABLE}; it is still read, but rename it (the dataset scripts and the docs use ${WRITE_TOKEN_VARIABLE}).`,
    })
  }
  if (!project) return notes
  const outbox = resolve(/* turbopackIgnore: true */ env.SUBMISSIONS_DIR ?? DEFAULT_SUBMISSIONS_DIR)
  if (!env.SANITY_PROJECT_ID) {
    notes.push({
      level: 'warn',
      message: `[submissions] The Studio's project is ${project}, but SANITY_PROJECT_ID is not set: practices sent through the form are kept in the outbox ${outbox} and do not appear in the Studio's "Submitted for review" list. Set SANITY_PROJECT_ID and ${WRITE_TOKEN_VARIABLE} to send them to the project.`,
    })
  } else if (!token) {
    notes.push({
      level: 'warn',
      message: `[submissions] No ${WRITE_TOKEN_VARIABLE}: practices sent through the form are kept in the outbox ${outbox}, not sent to the Sanity project ${project}, so the Studio's "Submitted for review" list stays empty. Set ${WRITE_TOKEN_VARIABLE} (an Editor token) to send them, and run npm run submissions:push for those already kept.`,
    })
  } else {
    const dataset = env.SANITY_DATASET ?? DEFAULT_DATASET
    const elsewhere = studio.projectId !== project || studio.dataset !== dataset
    notes.push({
      level: elsewhere ? 'warn' : 'info',
      message: elsewhere
        ? `[submissions] Practices sent through the form go to ${project}/${dataset}, but the Studio shows ${studio.projectId}/${studio.dataset}: its "Submitted for review" list will not show them.`
        : `[submissions] Practices sent through the form go to the Sanity project ${project} (dataset ${dataset}) as drafts under "Submitted for review".`,
    })
  }
  return notes
}
