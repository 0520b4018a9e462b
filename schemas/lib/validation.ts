import type { SlugValidationContext, ValidationContext } from 'sanity'
import { sourceUrlProblem } from '../../lib/domain/sources'
import { SANITY_API_VERSION } from '../../lib/public-env'

/** A plain address check: something@something.tld, no spaces. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** U.S. phone numbers as people write them: (202) 555-0100, 202-555-0100, +1 202 555 0100. */
export const PHONE_PATTERN = /^(\+1[\s.-]?)?(\(\d{3}\)|\d{3})[\s.-]?\d{3}[\s.-]?\d{4}(\s?(x|ext\.?)\s?\d{1,6})?(\s\([a-z]\))?$/i

export function checkEmail(value: unknown): true | string {
  if (value == null || value === '') return true
  return typeof value === 'string' && EMAIL_PATTERN.test(value)
    ? true
    : 'Enter an email address like name@city.gov'
}

export function checkPhone(value: unknown): true | string {
  if (value == null || value === '') return true
  return typeof value === 'string' && PHONE_PATTERN.test(value.trim())
    ? true
    : 'Enter a U.S. phone number like (202) 555-0100'
}

/**
 * An address the site may link to: well formed, without stray punctuation, and not on a mirror,
 * proxy or repost host (the list is in lib/domain/sources.ts).
 */
export function checkSourceUrl(value: unknown): true | string {
  if (value == null || value === '') return true
  if (typeof value !== 'string') return 'Enter an address starting with https://'
  if (/^(mailto|tel):/.test(value)) return true
  return sourceUrlProblem(value) ?? true
}

/** A date no earlier than the Conference's founding (1932) and no later than ten years ahead. */
export function checkSensibleDate(value: unknown): true | string {
  if (value == null || value === '') return true
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) return 'Enter a date as YYYY-MM-DD'
  const year = Number(value.slice(0, 4))
  const latest = new Date().getUTCFullYear() + 10
  if (year < 1900 || year > latest) return `Enter a year between 1900 and ${latest}`
  return true
}

function publishedId(id: string | undefined): string {
  return (id ?? '').replace(/^drafts\./, '')
}

/**
 * Checks that no other document of the same type already uses this value in `field`.
 * Used for Compact numbers, plan actions and the like; slugs use Sanity's own uniqueness check.
 */
export async function isUniqueAmongType(
  field: string,
  value: unknown,
  context: ValidationContext,
  extraFilter = '',
  extraParams: Record<string, unknown> = {},
): Promise<boolean> {
  if (value == null) return true
  const id = publishedId(context.document?._id)
  const client = context.getClient({ apiVersion: SANITY_API_VERSION })
  const count = await client.fetch<number>(
    `count(*[_type == $type && ${field} == $value && !(_id in [$id, $draft])${extraFilter}])`,
    { type: context.document?._type, value, id, draft: `drafts.${id}`, ...extraParams },
  )
  return count === 0
}

export async function isUniqueSlug(slug: string, context: SlugValidationContext): Promise<boolean> {
  const id = publishedId(context.document?._id)
  const client = context.getClient({ apiVersion: SANITY_API_VERSION })
  const count = await client.fetch<number>(
    'count(*[_type == $type && slug.current == $slug && !(_id in [$id, $draft])])',
    { type: context.document?._type, slug, id, draft: `drafts.${id}` },
  )
  return count === 0
}

export function slugify(input: string): string {
  return input
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’'.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
}
