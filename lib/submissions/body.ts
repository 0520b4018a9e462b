/**
 * Reads a submission request's body, refusing anything over the size limit before it is parsed:
 * a declared Content-Length over the limit is refused unread, and a body without one (or with a
 * false one) is read only up to the limit.
 */
import { rawFromEntries, rawFromJson, type RawSubmission } from './schema'

export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message)
  }
}

const FORM = 'application/x-www-form-urlencoded'
const MULTIPART = 'multipart/form-data'
const JSON_TYPE = 'application/json'

export async function readLimitedBody(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes)
  if (!request.body) return new Uint8Array()
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined)
      throw tooLarge(maxBytes)
    }
    chunks.push(value)
  }
  const body = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return body
}

function tooLarge(maxBytes: number) {
  return new BodyError(
    413,
    `What you sent is too long to receive: the limit is ${Math.round(maxBytes / 1024)} KB. Shorten the longest answers and send the form again.`,
  )
}

/** The submission in a form (urlencoded or multipart) or JSON body. */
export async function readSubmissionBody(request: Request, maxBytes: number): Promise<RawSubmission> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (type !== FORM && type !== MULTIPART && type !== JSON_TYPE) {
    throw new BodyError(415, 'Send the form as application/x-www-form-urlencoded, multipart/form-data or application/json.')
  }
  const bytes = await readLimitedBody(request, maxBytes)
  if (type === FORM) return rawFromEntries(new URLSearchParams(new TextDecoder().decode(bytes)))
  if (type === MULTIPART) {
    try {
      const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
      const form = await new Response(buffer, { headers: { 'content-type': request.headers.get('content-type')! } }).formData()
      return rawFromEntries(form.entries())
    } catch {
      throw new BodyError(400, 'The form could not be read. Reload the page and send it again.')
    }
  }
  try {
    return rawFromJson(JSON.parse(new TextDecoder().decode(bytes)))
  } catch {
    throw new BodyError(400, 'The request body is not valid JSON.')
  }
}
