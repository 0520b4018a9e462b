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
import { isLang, type Lang } from '../i18n/locales'
import { isPublicHost, mixesScripts } from './addresses'
import { numberIn, SCHEMA_MESSAGES, type SchemaMessages } from './messages'

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
/** The hidden field naming the language the form was filled in ('en' or 'es'): messages and the record follow it. */
export const LANGUAGE_FIELD = 'language'
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
    language: string
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
    language: '',
  }
}

/** The language a form was filled in, from its hidden field (English when missing or unknown). */
export function submissionLanguage(raw: Pick<RawSubmission, 'language'>): Lang {
  return isLang(raw.language) ? raw.language : 'en'
}

const SINGLE_FIELDS = new Set<string>([...TEXT_FIELDS, 'links', 'publishContact', IDEMPOTENCY_FIELD, HONEYPOT_FIELD, LANGUAGE_FIELD])
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

// ---------------------------------------------------------------------------------------------
// Cleaning: text is kept as plain text. Nothing is escaped or stripped here except what no one types
// on purpose: control characters (C0 and C1), and the invisible characters that change how text
// reads without showing themselves: every format character (Unicode's Cf: bidirectional embeddings,
// overrides, isolates and marks, which can make staff reading a submission in the Studio see
// "gov.city" where "ytic.vog" was sent; zero-width spaces and joiners; the byte-order mark; tag
// characters U+E0000–E007F, which can carry hidden text; soft hyphens; invisible operators), the
// letters that show as nothing (Hangul fillers), the combining grapheme joiner, the variation
// selectors of the supplement and the Mongolian vowel separator (issue 28). Line and paragraph
// separators become line breaks. Pages render text escaped, as React always does.

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g
/** Format characters (Cf), Hangul fillers, the combining grapheme joiner, U+180E, the supplementary variation selectors. */
const INVISIBLE = /[\p{Cf}\u115F\u1160\u3164\uFFA0\u034F\u180E\u{E0100}-\u{E01EF}]/gu

/** A paragraph field: one kind of line break, no control characters, no outer blank space. */
export function cleanText(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(CONTROL, '')
    .replace(INVISIBLE, '')
    .replace(/[ \t]+$/gm, '')
    .trim()
}

/** A one-line field: as cleanText, with every run of space (line breaks too) as one space. */
export function cleanLine(value: string): string {
  return cleanText(value).replace(/\s+/g, ' ')
}

function line(m: SchemaMessages, lang: Lang, label: string, max: number, { required, min }: { required?: string; min?: number } = {}) {
  let schema = z.string().overwrite(cleanLine)
  if (required) schema = schema.min(1, required)
  if (min) schema = schema.refine((v) => !v || v.length >= min, m.atLeast(label, numberIn(lang, min)))
  return schema.max(max, m.atMost(label, numberIn(lang, max)))
}

function paragraph(m: SchemaMessages, lang: Lang, label: string, max: number, { required, min }: { required?: string; min?: number } = {}) {
  let schema = z.string().overwrite(cleanText)
  if (required) schema = schema.min(1, required)
  if (min) schema = schema.refine((v) => !v || v.length >= min, m.atLeast(label, numberIn(lang, min)))
  return schema.max(max, m.atMost(label, numberIn(lang, max)))
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
  return url.href
}

/** Whether a link (a safeHttpUrl) leads to a public web site (./addresses.ts). */
function isPublicLink(href: string): boolean {
  return isPublicHost(new URL(href).hostname)
}

function links(m: SchemaMessages, lang: Lang) {
  return z
    .string()
    .overwrite(cleanText)
    .max(LIMITS.links.total, m.linksTotal(numberIn(lang, LIMITS.links.total)))
    .transform((text, ctx) => {
      const lines = text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
      if (lines.length > LIMITS.links.count) {
        ctx.addIssue({ code: 'custom', message: m.linksCount(numberIn(lang, LIMITS.links.count)) })
        return z.NEVER
      }
      const urls: string[] = []
      for (const [index, text] of lines.entries()) {
        if (text.length > LIMITS.links.length) {
          ctx.addIssue({ code: 'custom', message: m.linkTooLong(numberIn(lang, index + 1), numberIn(lang, LIMITS.links.length)) })
          return z.NEVER
        }
        const url = safeHttpUrl(text)
        if (!url) {
          ctx.addIssue({ code: 'custom', message: m.linkNotAddress(numberIn(lang, index + 1)) })
          return z.NEVER
        }
        if (!isPublicLink(url)) {
          ctx.addIssue({ code: 'custom', message: m.linkNotPublic(numberIn(lang, index + 1)) })
          return z.NEVER
        }
        if (!urls.includes(url)) urls.push(url)
      }
      return urls
    })
}

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
  /** The language of the messages (default English). The rules are the same in every language. */
  lang: Lang
}

/**
 * The schema of a submission; parse a RawSubmission with it. One definition of the rules for every
 * language: `lang` chooses only the words of the messages (./messages.ts).
 */
export function submissionSchema({ compactComponentIds, lang }: SchemaOptions) {
  const m = SCHEMA_MESSAGES[lang]
  const label = m.labels
  return z.object({
    city: line(m, lang, label.city, LIMITS.city, { required: m.required.city }),
    state: z
      .string()
      .overwrite((v) => v.trim().toUpperCase())
      .refine((v) => isStateCode(v), m.state)
      .transform((v) => v as (typeof STATE_CODES)[number]),
    name: line(m, lang, label.name, LIMITS.name, { required: m.required.name }),
    jobTitle: line(m, lang, label.jobTitle, LIMITS.jobTitle, { required: m.required.jobTitle }),
    email: z
      .string()
      .overwrite(cleanLine)
      .min(1, m.required.email)
      .max(LIMITS.email, m.emailTooLong(numberIn(lang, LIMITS.email)))
      .regex(EMAIL_PATTERN, m.emailFormat)
      .refine((v) => !mixesScripts(v), m.emailMixedScripts),
    phone: z
      .string()
      .overwrite(cleanLine)
      .max(LIMITS.phone, m.phoneFormat)
      .refine((v) => !v || PHONE_PATTERN.test(v), m.phoneFormat)
      .transform(orNull),
    practiceTitle: line(m, lang, label.practiceTitle, LIMITS.practiceTitle.max, {
      required: m.required.practiceTitle,
      min: LIMITS.practiceTitle.min,
    }),
    summary: paragraph(m, lang, label.summary, LIMITS.summary.max, { required: m.required.summary, min: LIMITS.summary.min }),
    problem: paragraph(m, lang, label.problem, LIMITS.problem).transform(orNull),
    approach: paragraph(m, lang, label.approach, LIMITS.approach.max, {
      required: m.required.approach,
      min: LIMITS.approach.min,
    }),
    results: paragraph(m, lang, label.results, LIMITS.results).transform(orNull),
    compactComponents: choices(compactComponentIds, m.components.none, m.components.unknown),
    topics: choices(PRACTICE_TOPIC_VALUES, m.topics.none, m.topics.unknown),
    links: links(m, lang),
    publishContact: z.string().transform((v) => v === CONSENT_VALUE),
    idempotencyKey: z.string().regex(IDEMPOTENCY_KEY_PATTERN, m.expired),
    /** The language the form was filled in: recorded for staff. A missing or unknown one reads as English. */
    language: z.string().transform((v): Lang => (isLang(v) ? v : 'en')),
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
