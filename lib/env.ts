/**
 * The site's environment, read when asked (never at import time, so a missing variable never breaks
 * a build or a test that does not need it). Server-side only: nothing here is NEXT_PUBLIC_.
 */

/** The Content Lake API version every query is pinned to (same as the Studio's validation rules). */
export const DEFAULT_API_VERSION = '2025-02-19'
export const DEFAULT_DATASET = 'production'
export const DEFAULT_DATASET_FILE = 'sanity/dataset/production.ndjson'

export type ContentSourceKind = 'embedded' | 'sanity'

function read(name: string): string | undefined {
  const value = process.env[name]?.trim()
  return value ? value : undefined
}

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
  return {
    projectId: read('SANITY_PROJECT_ID'),
    dataset: read('SANITY_DATASET') ?? DEFAULT_DATASET,
    apiVersion: read('SANITY_API_VERSION') ?? DEFAULT_API_VERSION,
    apiHost: read('SANITY_API_HOST'),
    readToken: read('SANITY_API_READ_TOKEN'),
  }
}

/** 'sanity' when both SANITY_PROJECT_ID and SANITY_DATASET are set; otherwise the embedded NDJSON file. */
export function contentSource(): ContentSourceKind {
  return read('SANITY_PROJECT_ID') && read('SANITY_DATASET') ? 'sanity' : 'embedded'
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
  return read('CENTER_DATASET_FILE') ?? DEFAULT_DATASET_FILE
}

/** The public address of the site, for absolute URLs in metadata, the sitemap and the feed. */
export function siteUrl(): string {
  return (read('SITE_URL') ?? 'http://localhost:3000').replace(/\/+$/, '')
}
