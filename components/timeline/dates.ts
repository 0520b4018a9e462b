/** Dates on the timeline: the machine-readable value of a date known only to its month or year. */
import type { DatePrecision } from '@/lib/i18n/format'

/** "2018-11-13", "2017-08" or "2016": an HTML `datetime` value at the precision the date is known. */
export function machineDate(iso: string, precision: DatePrecision = 'day'): string {
  const day = iso.slice(0, 10)
  if (precision === 'year') return day.slice(0, 4)
  if (precision === 'month') return day.slice(0, 7)
  return day
}

/** Milestones in date order (earliest first), ties by title, without changing the input. */
export function inDateOrder<T extends { date: string; title: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title))
}

/** Milestones that cite one of these addresses among their sources (e.g. a section's own links). */
export function citingAny<T extends { sources: { url: string }[] }>(items: readonly T[], urls: readonly string[]): T[] {
  const wanted = new Set(urls.map(normalizeUrl))
  return items.filter((item) => item.sources.some((s) => wanted.has(normalizeUrl(s.url))))
}

function normalizeUrl(url: string): string {
  return url.trim().replace(/\/+$/, '').toLowerCase()
}
