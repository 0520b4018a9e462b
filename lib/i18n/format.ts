/**
 * The site's one formatter for each kind of value, in each language, with Intl: counts (a number
 * and its noun by the language's plural rules), dates at the precision the source gives, numbers,
 * dollars and lists. English keeps the site's wording ("July 11, 2019", "November 13–14, 2018");
 * Spanish is es-US, the Spanish of the site's readers in the United States ("11 de julio de 2019",
 * "1,408", "a, b y c"). Safe in the browser.
 */
import { INTL_LOCALE, type Lang } from './locales'

export type DatePrecision = 'day' | 'month' | 'year'

/** A noun's forms by plural category: `other` always, `one` where the rules say (English and Spanish: exactly 1). */
export type PluralForms = { one: string; other: string }

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

const pluralRules = new Map<Lang, Intl.PluralRules>()
const numberFormats = new Map<Lang, Intl.NumberFormat>()

/** "1,408" in both languages (es-US writes 1,408 and 2.5, as its readers' documents do). */
export function formatNumber(lang: Lang, value: number): string {
  let format = numberFormats.get(lang)
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(INTL_LOCALE[lang])))
  return format.format(value)
}

/** "$25,000". */
export function formatUsd(lang: Lang, value: number): string {
  return `$${formatNumber(lang, value)}`
}

/** The noun's form for n: forms.one when n is singular in `lang`, else forms.other. */
export function pluralForm(lang: Lang, n: number, forms: PluralForms): string {
  let rules = pluralRules.get(lang)
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(INTL_LOCALE[lang])))
  return rules.select(n) === 'one' ? forms.one : forms.other
}

/** THE count formatter: "1 result", "2,310 results"; "1 resultado", "1,408 resultados". */
export function formatCount(lang: Lang, n: number, forms: PluralForms): string {
  return `${formatNumber(lang, n)} ${pluralForm(lang, n, forms)}`
}

/** THE date formatter, at the precision the source gives: "July 11, 2019", "July 2019", "2019"; "11 de julio de 2019". */
export function formatDate(lang: Lang, iso: string, precision: DatePrecision = 'day'): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number)
  if (!y) return iso
  if (precision === 'year' || !m) return String(y)
  if (lang === 'en') {
    const month = EN_MONTHS[m - 1] ?? ''
    if (precision === 'month' || !d) return `${month} ${y}`
    return `${month} ${d}, ${y}`
  }
  // UTC on both sides: the calendar date written in the source, whatever the server's time zone.
  const date = new Date(Date.UTC(y, m - 1, d || 1))
  const options: Intl.DateTimeFormatOptions =
    precision === 'month' || !d ? { month: 'long', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
  return new Intl.DateTimeFormat(INTL_LOCALE[lang], options).format(date)
}

/** A span of dates: "November 13–14, 2018" / "13–14 de noviembre de 2018"; one date when there is no end. */
export function formatDateRange(lang: Lang, start: string, end: string | null | undefined, precision: DatePrecision = 'day'): string {
  if (!end || end === start) return formatDate(lang, start, precision)
  if (precision === 'day' && start.slice(0, 7) === end.slice(0, 7)) {
    const startDay = Number(start.slice(8, 10))
    const endDay = Number(end.slice(8, 10))
    if (lang === 'en') return `${EN_MONTHS[Number(start.slice(5, 7)) - 1]} ${startDay}\u2013${endDay}, ${start.slice(0, 4)}`
    // "14 de noviembre de 2018" → "13–14 de noviembre de 2018"
    return formatDate(lang, end, precision).replace(/^\d+/, (day) => `${startDay}\u2013${day}`)
  }
  return `${formatDate(lang, start, precision)} \u2013 ${formatDate(lang, end, precision)}`
}

/** "a, b and c" / "a, b y c". */
export function formatList(lang: Lang, items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return new Intl.ListFormat(INTL_LOCALE[lang], { style: 'long', type }).format(items)
}
