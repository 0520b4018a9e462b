/**
 * The Studio's connection to a Sanity project, for the embedded Studio (/studio), the sanity CLI
 * (sanity.cli.ts) and the dataset scripts. Never throws: an unconfigured Studio shows a setup page.
 *
 * The project is named by the first of NEXT_PUBLIC_SANITY_PROJECT_ID, SANITY_STUDIO_PROJECT_ID and
 * SANITY_PROJECT_ID that is set (the dataset likewise, default `production`). The /studio page reads
 * them on the server at request time and hands them to the browser, so one build serves any project.
 */

/** The API version the Studio's own queries (validation, structure filters) are pinned to. */
export const studioApiVersion = '2025-02-19'

export const studioBasePath = '/studio'

/** The title staff see on the login screen and in the Studio's navbar. */
export const studioTitle = 'Center for Compassionate and Equitable Cities'

export interface StudioEnv {
  projectId: string
  dataset: string
}

function first(...values: (string | undefined)[]): string {
  for (const value of values) {
    const trimmed = value?.trim()
    if (trimmed) return trimmed
  }
  return ''
}

/** Reads the environment now (not at import time). `projectId` is '' when none is set. */
export function readStudioEnv(): StudioEnv {
  return {
    projectId: first(
      process.env.NEXT_PUBLIC_SANITY_PROJECT_ID,
      process.env.SANITY_STUDIO_PROJECT_ID,
      process.env.SANITY_PROJECT_ID,
    ),
    dataset:
      first(process.env.NEXT_PUBLIC_SANITY_DATASET, process.env.SANITY_STUDIO_DATASET, process.env.SANITY_DATASET) ||
      'production',
  }
}

/** Sanity project ids are lowercase letters, digits and dashes. */
export function isValidProjectId(projectId: string): boolean {
  return /^[a-z0-9][a-z0-9-]*$/.test(projectId)
}
