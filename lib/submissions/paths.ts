/** Where the submission form and its confirmation live, in each language (safe to import in the browser). */
import { addressesInEachLanguage, localePath, type Lang } from '../i18n/locales'
import { FIXED_PAGES } from '../pages'

export const SUBMIT_PATH = '/submit'
export const RECEIVED_PATH = '/submit/received'
/** Every address of a page that takes a form POST (its Server Action), in each language it has: `post` in lib/pages.ts. */
export const SUBMIT_PATHS: readonly string[] = addressesInEachLanguage(FIXED_PAGES.filter((row) => row.post))
export const REFERENCE_PREFIX = 'CICC'
/** A submission's reference, CICC-2026-7KQ2MX: the prefix, the year received, six characters of Crockford's base 32. */
export const REFERENCE_PATTERN = /^CICC-\d{4}-[0-9A-HJKMNP-TV-Z]{6}$/
export const isReference = (value: unknown): value is string =>
  typeof value === 'string' && REFERENCE_PATTERN.test(value)
/** The error summary's element id: a form sent without JavaScript comes back scrolled (and focused) there. */
export const ERROR_SUMMARY_ID = 'error-summary'

export const submitPathIn = (lang: Lang) => localePath(lang, SUBMIT_PATH)
/**
 * The confirmation's address: with a reference and its proof (lib/submissions/secret.ts), which the
 * page checks before it shows the reference; without them (a discarded submission), none is shown.
 */
export const receivedHref = (lang: Lang, reference?: { reference: string; proof: string }) =>
  reference
    ? `${localePath(lang, RECEIVED_PATH)}?ref=${encodeURIComponent(reference.reference)}&proof=${encodeURIComponent(reference.proof)}`
    : localePath(lang, RECEIVED_PATH)
