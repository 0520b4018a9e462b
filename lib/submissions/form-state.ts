/**
 * What a person typed, kept for a short while when a form sent WITHOUT JavaScript comes back with
 * errors: the POST handler keeps it here under a random token, sets the token in a cookie and
 * redirects to /submit, and the page shows the form again with the errors and the answers.
 *
 * Kept in this server process's memory only (never on disk), for FORM_STATE_TTL_SECONDS, at most
 * MAX_ENTRIES at once. The route handler and the page are separate bundles, so the Map lives on
 * globalThis to be one Map in the process.
 */
import { randomBytes } from 'node:crypto'
import type { FieldErrors, RawSubmission } from './schema'

export const FORM_STATE_COOKIE = 'cicc_submit_form'
export const FORM_STATE_COOKIE_PATH = '/submit'
export const FORM_STATE_TTL_SECONDS = 30 * 60
const MAX_ENTRIES = 500

export interface FormState {
  values: Omit<RawSubmission, 'website'>
  errors: FieldErrors
}

interface Entry {
  state: FormState
  expires: number
}

const GLOBAL_KEY = Symbol.for('cicc.submissions.formState')
type Holder = { [GLOBAL_KEY]?: Map<string, Entry> }

function entries(): Map<string, Entry> {
  const holder = globalThis as Holder
  return (holder[GLOBAL_KEY] ??= new Map())
}

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{32}$/

export function saveFormState(state: FormState, now = Date.now()): string {
  const map = entries()
  for (const [token, entry] of map) if (entry.expires <= now) map.delete(token)
  while (map.size >= MAX_ENTRIES) map.delete(map.keys().next().value as string)
  const token = randomBytes(24).toString('base64url')
  map.set(token, { state, expires: now + FORM_STATE_TTL_SECONDS * 1000 })
  return token
}

export function readFormState(token: string | undefined, now = Date.now()): FormState | null {
  if (!token || !TOKEN_PATTERN.test(token)) return null
  const entry = entries().get(token)
  if (!entry) return null
  if (entry.expires <= now) {
    entries().delete(token)
    return null
  }
  return entry.state
}

export function deleteFormState(token: string | undefined) {
  if (token) entries().delete(token)
}

/** The Set-Cookie value that carries the token (HttpOnly; Secure on https). */
export function formStateCookie(token: string, secure: boolean): string {
  return [
    `${FORM_STATE_COOKIE}=${token}`,
    `Path=${FORM_STATE_COOKIE_PATH}`,
    `Max-Age=${FORM_STATE_TTL_SECONDS}`,
    'HttpOnly',
    'SameSite=Lax',
    ...(secure ? ['Secure'] : []),
  ].join('; ')
}

export function clearFormStateCookie(secure: boolean): string {
  return [
    `${FORM_STATE_COOKIE}=`,
    `Path=${FORM_STATE_COOKIE_PATH}`,
    'Max-Age=0',
    'HttpOnly',
    'SameSite=Lax',
    ...(secure ? ['Secure'] : []),
  ].join('; ')
}

/** The token in a Cookie header, if any. */
export function tokenFromCookieHeader(header: string | null): string | undefined {
  if (!header) return undefined
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=')
    if (name === FORM_STATE_COOKIE) return rest.join('=')
  }
  return undefined
}
