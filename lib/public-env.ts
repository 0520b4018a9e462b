/**
 * The public part of the site's configuration (lib/env.ts has the whole table and the server part):
 * what the browser may know. Client code (the Studio) imports this file; it reads no secret and
 * needs no Node module.
 */
import { z } from 'zod'

/** The Content Lake API version every query, the Studio and the scripts are pinned to. */
export const SANITY_API_VERSION = '2025-02-19'
export const DEFAULT_DATASET = 'production'

export const studioBasePath = '/studio'
/** The title staff see on the login screen and in the Studio's navbar. */
export const studioTitle = 'Center for Compassionate and Equitable Cities'

/** A variable as set: trimmed, and undefined when empty. */
export const text = z
  .string()
  .optional()
  .transform((value) => value?.trim() || undefined)

// ---------------------------------------------------------------------------------------------
// Public: the Studio's project

/**
 * Made when first needed, never when the module loads: this module is in the browser's bundles (the
 * Studio, the submission form through schemas/lib/validation.ts), and a zod object made there probes
 * `new Function`, which the site's CSP (no 'unsafe-eval') reports as a violation.
 */
const publicEnvSchema = () =>
  z.object({
    NEXT_PUBLIC_SANITY_PROJECT_ID: text,
    SANITY_STUDIO_PROJECT_ID: text,
    NEXT_PUBLIC_SANITY_DATASET: text,
    SANITY_STUDIO_DATASET: text,
    // The server's variables, the Studio's last resort (read on the server, handed to the browser).
    SANITY_PROJECT_ID: text,
    SANITY_DATASET: text,
  })

export interface StudioEnv {
  /** '' when none is set: /studio then shows a setup page. */
  projectId: string
  dataset: string
}

/**
 * The Studio's project, for the embedded Studio (/studio), the sanity CLI (sanity.cli.ts) and the
 * dataset scripts: the first of NEXT_PUBLIC_SANITY_PROJECT_ID, SANITY_STUDIO_PROJECT_ID and
 * SANITY_PROJECT_ID that is set (the dataset likewise, default production). Never throws.
 */
export function readStudioEnv(source: Record<string, string | undefined> = process.env): StudioEnv {
  const env = publicEnvSchema().parse(source)
  return {
    projectId: env.NEXT_PUBLIC_SANITY_PROJECT_ID ?? env.SANITY_STUDIO_PROJECT_ID ?? env.SANITY_PROJECT_ID ?? '',
    dataset: env.NEXT_PUBLIC_SANITY_DATASET ?? env.SANITY_STUDIO_DATASET ?? env.SANITY_DATASET ?? DEFAULT_DATASET,
  }
}

/** Sanity project ids are lowercase letters, digits and dashes. */
export function isValidProjectId(projectId: string): boolean {
  return /^[a-z0-9][a-z0-9-]*$/.test(projectId)
}
