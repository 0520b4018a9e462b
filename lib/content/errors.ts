import type { z } from 'zod'

/** One way a query result departs from its model, placed in the document that holds it. */
export interface ContentProblem {
  /** `_id` of the nearest enclosing document in the result (every document projection keeps `_id`). */
  documentId: string | null
  /** Path of the field inside that document, e.g. `title` or `figures[2].value`. */
  field: string
  message: string
}

const MAX_LISTED = 12

/** Thrown when content does not have the shape a page expects; the message names each document and field. */
export class ContentValidationError extends Error {
  override readonly name = 'ContentValidationError'

  constructor(
    readonly query: string,
    readonly problems: ContentProblem[],
  ) {
    const lines = problems.slice(0, MAX_LISTED).map((p) => describeProblem(query, p))
    if (problems.length > MAX_LISTED) lines.push(`… and ${problems.length - MAX_LISTED} more problems`)
    super(lines.join('\n'))
  }
}

function describeProblem(query: string, { documentId, field, message }: ContentProblem): string {
  const where = [documentId && `document "${documentId}"`, field && `field "${field}"`].filter(Boolean).join(' ')
  return `Query "${query}": ${where || 'result'}: ${message}`
}

function hasId(value: unknown): value is { _id: string } {
  return typeof value === 'object' && value !== null && typeof (value as { _id?: unknown })._id === 'string'
}

function appendSegment(path: string, segment: PropertyKey): string {
  if (typeof segment === 'number') return `${path}[${segment}]`
  return path ? `${path}.${String(segment)}` : String(segment)
}

/** Walks an issue's path through the result, remembering the last object with an `_id` on the way. */
export function locateProblem(result: unknown, issue: z.core.$ZodIssue): ContentProblem {
  let value: unknown = result
  let documentId: string | null = null
  let field = ''
  for (const segment of issue.path) {
    if (hasId(value)) {
      documentId = value._id
      field = ''
    }
    field = appendSegment(field, segment)
    value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[segment] : undefined
  }
  if (hasId(value)) [documentId, field] = [value._id, '']
  return { documentId, field, message: issue.message.replace(/^Invalid input: /, '') }
}

export function contentValidationError(query: string, result: unknown, error: z.ZodError): ContentValidationError {
  return new ContentValidationError(
    query,
    error.issues.map((issue) => locateProblem(result, issue)),
  )
}
