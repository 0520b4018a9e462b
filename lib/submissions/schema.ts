/**
 * The one definition of a valid submission, used by the form in the browser (before sending) and by
 * the server (before storing). Plain TypeScript and zod only: no Node, no React, no Next.
 *
 *   const schema = submissionSchema({ compactComponentIds })
 *   const result = schema.safeParse(rawFromEntries(formData))
 *   if (!result.success) errors = fieldErrors(result.error)
 *
 * Every field has a length limit, every message says in plain words what to do (GOV.UK style), and
 * each field gets at most one message: the first problem found.
 */
import { z } from 'zod'
import { isStateCode, STATE_CODES } from '../domain/states'
import { PRACTICE_TOPIC_VALUES } from '../domain/vocabulary'
import { EMAIL_PATTERN, PHONE_PATTERN } from '../../schemas/lib/validation'

/** The text fields of the form, in the order they appear (and their errors are listed). */
export const TEXT_FIELDS = [
  'city',
  'state',
  'name',
  'jobTitle',
  'email',
  'phone',
  'practiceTitle',
  'summary',
  'problem',
  'approach',
  'results',
] as const
/** The checkbox groups: each may carry several values. */
export const LIST_FIELDS = ['compactComponents', 'topics'] as const
/** Every field a person fills in, in page order. `form` carries errors about the form as a whole. */
export const FIELD_ORDER = [...TEXT_FIELDS, 'compactComponents', 'topics', 'links', 'publishContact'] as const

export type TextField = (typeof TEXT_FIELDS)[number]
export type ListField = (typeof LIST_FIELDS)[number]
export type FieldName = (typeof FIELD_ORDER)[number]
export type ErrorKey = FieldName | 'form'
export type FieldErrors = Partial<Record<ErrorKey, string>>

/** The hidden field that names one filling-in of the form (a double submit stores one record). */
export const IDEMPOTENCY_FIELD = 'idempotencyKey'
/** The honeypot: hidden from people, filled in by some robots; a filled value is silently discarded. */
export const HONEYPOT_FIELD = 'website'
/** What the consent checkbox sends when ticked. */
export const CONSENT_VALUE = 'yes'

export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{22,64}$/

export const LIMITS = {
  city: 80,
  name: 120,
  jobTitle: 160,
  email: 254,
  phone: 40,
  practiceTitle: { min: 4, max: 160 },
  summary: { min: 40, max: 600 },
  problem: 3000,
  approach: { min: 40, max: 5000 },
  results: 3000,
  links: { count: 10, length: 500, total: 6000 },
  /** Most checkboxes a group can carry (more is not a person filling in the form). */
  listValues: 50,
} as const

/** What the form sends, as strings: the shape the schema reads and the form re-displays. */
export type RawSubmission = Record<TextField, string> &
  Record<ListField, string[]> & {
    links: string
    publishContact: string
    idempotencyKey: string
    website: string
  }

export function emptyRawSubmission(): RawSubmission {
  return {
    city: '',
    state: '',
    name: '',
    jobTitle: '',
    email: '',
    phone: '',
    practiceTitle: '',
    summary: '',
    problem: '',
    approach: '',
    results: '',
    compactComponents: [],
    topics: [],
    links: '',
    publishContact: '',
    idempotencyKey: '',
    website: '',
  }
}

const SINGLE_FIELDS = new Set<string>([...TEXT_FIELDS, 'links', 'publishContact', IDEMPOTENCY_FIELD, HONEYPOT_FIELD])
const MULTI_FIELDS = new Set<string>(LIST_FIELDS)

/**
 * Reads form entries (FormData, URLSearchParams or `[name, value]` pairs) into a RawSubmission.
 * Unknown names and files are ignored; a single field sent twice keeps its first value.
 */
export function rawFromEntries(entries: Iterable<[string, unknown]>): RawSubmission {
  const raw = emptyRawSubmission()
  const seen = new Set<string>()
  for (const [name, value] of entries) {
    if (typeof value !== 'string') continue
    if (MULTI_FIELDS.has(name)) {
      const list = raw[name as ListField]
      if (list.length < LIMITS.listValues) list.push(value)
    } else if (SINGLE_FIELDS.has(name) && !seen.has(name)) {
      seen.add(name)
      ;(raw as Record<string, unknown>)[name] = value
    }
  }
  return raw
}

/** Reads a JSON body of the same names (lists as arrays; `links` as text or an array of strings). */
export function rawFromJson(body: unknown): RawSubmission {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return emptyRawSubmission()
  const entries: [string, unknown][] = []
  for (const [name, value] of Object.entries(body as Record<string, unknown>)) {
    if (Array.isArray(value)) {
      if (name === 'links') entries.push([name, value.filter((v) => typeof v === 'string').join('\n')])
      else for (const item of value.slice(0, LIMITS.listValues)) entries.push([name, item])
    } else if (typeof value === 'boolean' && name === 'publishContact') {
      entries.push([name, value ? CONSENT_VALUE : ''])
    } else {
      entries.push([name, value])
    }
  }
  return rawFromEntries(entries)
}

// ---------------------------------------------------------------------------------------------
// Cleaning: text is kept as plain text. Nothing is escaped or stripped here except what no one types
// on purpose: control characters, and the invisible characters that change how text reads without
// showing themselves (bidirectional embeddings, overrides, isolates and marks, which can make staff
// reading a submission in the Studio see "gov.city" where "ytic.vog" was sent; zero-width spaces and
// joiners; the byte-order mark). Pages render text escaped, as React always does.

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g
/** Bidi controls (ALM, LRM, RLM, LRE…RLO, LRI…PDI) and zero-width characters (ZWSP, ZWNJ, ZWJ, WJ, BOM). */
const INVISIBLE = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u200B-\u200D\u2060\uFEFF]/g

/** A paragraph field: one kind of line break, no control characters, no outer blank space. */
export function cleanText(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .replace(INVISIBLE, '')
    .replace(/[ \t]+$/gm, '')
    .trim()
}

/** A one-line field: as cleanText, with every run of space (line breaks too) as one space. */
export function cleanLine(value: string): string {
  return cleanText(value).replace(/\s+/g, ' ')
}

const plural = (n: number) => n.toLocaleString('en-US')

function line(label: string, max: number, { required, min }: { required?: string; min?: number } = {}) {
  let schema = z.string().overwrite(cleanLine)
  if (required) schema = schema.min(1, required)
  if (min) schema = schema.refine((v) => !v || v.length >= min, `${label} must be ${plural(min)} characters or more`)
  return schema.max(max, `${label} must be ${plural(max)} characters or fewer`)
}

function paragraph(label: string, max: number, { required, min }: { required?: string; min?: number } = {}) {
  let schema = z.string().overwrite(cleanText)
  if (required) schema = schema.min(1, required)
  if (min) schema = schema.refine((v) => !v || v.length >= min, `${label} must be ${plural(min)} characters or more`)
  return schema.max(max, `${label} must be ${plural(max)} characters or fewer`)
}

/** Empty text reads as null (an optional answer left blank). */
const orNull = (value: string) => (value === '' ? null : value)

/**
 * A link a reader can follow: an absolute http(s) address with a host and no user name or password.
 * Returns the normalized address, or null.
 */
export function safeHttpUrl(text: string): string | null {
  if (!/^https?:\/\//i.test(text) || /\s/.test(text)) return null
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return null
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname || url.username || url.password) return null
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') return null
  return url.href
}

const links = z
  .string()
  .overwrite(cleanText)
  .max(LIMITS.links.total, `Links must be ${plural(LIMITS.links.total)} characters or fewer in all`)
  .transform((text, ctx) => {
    const lines = text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
    if (lines.length > LIMITS.links.count) {
      ctx.addIssue({ code: 'custom', message: `Enter no more than ${LIMITS.links.count} links` })
      return z.NEVER
    }
    const urls: string[] = []
    for (const [index, text] of lines.entries()) {
      if (text.length > LIMITS.links.length) {
        ctx.addIssue({
          code: 'custom',
          message: `Link ${index + 1} is too long: a link must be ${LIMITS.links.length} characters or fewer`,
        })
        return z.NEVER
      }
      const url = safeHttpUrl(text)
      if (!url) {
        ctx.addIssue({
          code: 'custom',
          message: `Link ${index + 1} is not a web address. Enter each link on its own line, starting with https:// or http://`,
        })
        return z.NEVER
      }
      if (!urls.includes(url)) urls.push(url)
    }
    return urls
  })

function choices<T extends string>(allowed: readonly T[], none: string, unknown: string) {
  const set = new Set<string>(allowed)
  return z
    .array(z.string())
    .max(LIMITS.listValues, unknown)
    .transform((values, ctx) => {
      const unique = [...new Set(values.map((v) => v.trim()).filter(Boolean))]
      if (unique.length === 0) {
        ctx.addIssue({ code: 'custom', message: none })
        return z.NEVER
      }
      if (unique.some((v) => !set.has(v))) {
        ctx.addIssue({ code: 'custom', message: unknown })
        return z.NEVER
      }
      return unique as T[]
    })
}

export interface SchemaOptions {
  /** The Compact components offered as checkboxes (their document ids). */
  compactComponentIds: readonly string[]
}

/** The schema of a submission; parse a RawSubmission with it. */
export function submissionSchema({ compactComponentIds }: SchemaOptions) {
  return z.object({
    city: line('City name', LIMITS.city, { required: 'Enter the name of your city' }),
    state: z
      .string()
      .overwrite((v) => v.trim().toUpperCase())
      .refine((v) => isStateCode(v), 'Select your city’s state')
      .transform((v) => v as (typeof STATE_CODES)[number]),
    name: line('Your name', LIMITS.name, { required: 'Enter your full name' }),
    jobTitle: line('Your job title', LIMITS.jobTitle, { required: 'Enter your job title' }),
    email: z
      .string()
      .overwrite(cleanLine)
      .min(1, 'Enter your email address')
      .max(LIMITS.email, `Your email address must be ${LIMITS.email} characters or fewer`)
      .regex(EMAIL_PATTERN, 'Enter an email address in the correct format, like name@city.gov'),
    phone: z
      .string()
      .overwrite(cleanLine)
      .max(LIMITS.phone, 'Enter a phone number in the correct format, like (202) 861-6754')
      .refine((v) => !v || PHONE_PATTERN.test(v), 'Enter a phone number in the correct format, like (202) 861-6754')
      .transform(orNull),
    practiceTitle: line('The name of the practice', LIMITS.practiceTitle.max, {
      required: 'Enter the name of the practice',
      min: LIMITS.practiceTitle.min,
    }),
    summary: paragraph('The summary', LIMITS.summary.max, { required: 'Enter a summary of the practice', min: LIMITS.summary.min }),
    problem: paragraph('The problem', LIMITS.problem).transform(orNull),
    approach: paragraph('What the city did', LIMITS.approach.max, {
      required: 'Describe what the city did',
      min: LIMITS.approach.min,
    }),
    results: paragraph('The results', LIMITS.results).transform(orNull),
    compactComponents: choices(
      compactComponentIds,
      'Select at least one component of the Compact that the practice advances',
      'Select components from the list',
    ),
    topics: choices(PRACTICE_TOPIC_VALUES, 'Select at least one topic', 'Select topics from the list'),
    links,
    publishContact: z.string().transform((v) => v === CONSENT_VALUE),
    idempotencyKey: z.string().regex(IDEMPOTENCY_KEY_PATTERN, 'This form has expired. Reload the page, then send the practice again.'),
  })
}

export type SubmissionSchema = ReturnType<typeof submissionSchema>
/** A valid submission: clean text, nulls for blank optional answers, links as addresses. */
export type Submission = z.output<SubmissionSchema>

/** One plain message per field (the first problem found), keyed by field; form-wide ones under `form`. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of error.issues) {
    const head = issue.path[0]
    const key: ErrorKey = (FIELD_ORDER as readonly unknown[]).includes(head) ? (head as FieldName) : 'form'
    if (!errors[key]) errors[key] = issue.message
  }
  return errors
}

/** The errors in page order (the error summary lists them so). */
export function orderedErrors(errors: FieldErrors): [ErrorKey, string][] {
  const keys: ErrorKey[] = ['form', ...FIELD_ORDER]
  return keys.flatMap((key) => (errors[key] ? [[key, errors[key]] as [ErrorKey, string]] : []))
}

/** Whether the honeypot was filled in (by a robot: people never see it). */
export function isHoneypotFilled(raw: Pick<RawSubmission, 'website'>): boolean {
  return raw.website.trim() !== ''
}
