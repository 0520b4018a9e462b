/**
 * What the form in the browser may import from lib/submissions: the schema, the paths and the state
 * the form's Server Action answers with. Nothing here touches Node.
 */
import type { FieldErrors, RawSubmission } from './schema'

export * from './schema'
export * from './paths'

/**
 * What the Server Action answers when the form is not received (a received form is redirected to
 * its confirmation instead): the errors, and what was typed, to show again. Null before a send.
 */
export type SubmitState = { values: Omit<RawSubmission, 'website'>; errors: FieldErrors } | null
