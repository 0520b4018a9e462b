/**
 * What the form in the browser may import from lib/submissions: the schema, the paths and the shape
 * of the handler's JSON answers. Nothing here touches Node.
 */
import type { FieldErrors } from './schema'

export * from './schema'
export * from './paths'

/** The handler's answer to the form's script (`Accept: application/json`). */
export type SubmissionJson =
  { ok: true; reference: string; location: string } | { ok: false; errors: FieldErrors } | { ok: false; message: string }
