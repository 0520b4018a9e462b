/**
 * The Studio's connection to a Sanity project. Read from NEXT_PUBLIC_ variables in the browser
 * (Next inlines them) and from the plain names on the server and in the CLI. Never throws: an
 * unconfigured Studio shows a setup page instead.
 */
export const studioProjectId =
  process.env.NEXT_PUBLIC_SANITY_PROJECT_ID || process.env.SANITY_STUDIO_PROJECT_ID || process.env.SANITY_PROJECT_ID || ''

export const studioDataset =
  process.env.NEXT_PUBLIC_SANITY_DATASET || process.env.SANITY_STUDIO_DATASET || process.env.SANITY_DATASET || 'production'

export const studioApiVersion = '2025-02-19'

export const studioBasePath = '/studio'

export const isStudioConfigured = studioProjectId.length > 0
