/**
 * Dates, numbers and lists in each language's conventions, with Intl. English keeps the site's
 * existing wording (lib/domain/format.ts); Spanish (es-US, the Spanish of the
 * site's readers in the United States) reads "11 de julio de 2019", "1,408", "a, b y c".
 */
import { formatDate as formatDateEn, formatDateRange as formatDateRangeEn, type DatePrecision } from '../domain/format'
import { INTL_LOCALE, type Lang } from './locales'

/** One formatter per language: making one costs far more than using it (the finder formats ~100 numbers a page). */
const numberFormats = new Map<Lang, Intl.NumberFormat>()

export function formatNumberIn(lang: Lang, value: number): string {
  let format = numberFormats.get(lang)
  // es-US: the Spanish of the United States writes 1,408 and 2.5, as its readers' documents do.
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(INTL_LOCALE[lang])))
  return format.format(value)
}

export function formatCountIn(lang: Lang, n: number, one: string, many: string): string {
  return `${formatNumberIn(lang, n)} ${n === 1 ? one : many}`
}

/** A date at the precision it is known: "11 de julio de 2019", "julio de 2019", "2019". */
export function formatDateIn(lang: Lang, iso: string, precision: DatePrecision = 'day'): string {
  if (lang === 'en') return formatDateEn(iso, precision)
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number)
  if (!y) return iso
  if (precision === 'year' || !m) return String(y)
  // UTC on both sides: the calendar date written in the source, whatever the server's time zone.
  const date = new Date(Date.UTC(y, m - 1, d || 1))
  const options: Intl.DateTimeFormatOptions =
    precision === 'month' || !d ? { month: 'long', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
  return new Intl.DateTimeFormat(INTL_LOCALE[lang], options).format(date)
}

/** A span of dates: "November 13–14, 2018" / "13–14 de noviembre de 2018"; one date when there is no end. */
export function formatDateRangeIn(lang: Lang, start: string, end: string | null | undefined, precision: DatePrecision = 'day'): string {
  if (lang === 'en') return formatDateRangeEn(start, end, precision)
  if (!end || end === start) return formatDateIn(lang, start, precision)
  if (precision === 'day' && start.slice(0, 7) === end.slice(0, 7)) {
    const startDay = Number(start.slice(8, 10))
    // "14 de noviembre de 2018" → "13–14 de noviembre de 2018"
    return formatDateIn(lang, end, precision).replace(/^\d+/, (endDay) => `${startDay}\u2013${endDay}`)
  }
  return `${formatDateIn(lang, start, precision)} \u2013 ${formatDateIn(lang, end, precision)}`
}

/** "a, b and c" / "a, b y c". */
export function formatListIn(lang: Lang, items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return new Intl.ListFormat(INTL_LOCALE[lang], { style: 'long', type }).format(items)
}
