/** Formatting shared by pages: dates at the precision they are known, numbers and money. */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

export type DatePrecision = 'day' | 'month' | 'year'

/** "July 11, 2019", "July 2019" or "2019" from an ISO date, without time-zone surprises. */
export function formatDate(iso: string, precision: DatePrecision = 'day'): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number)
  if (!y) return iso
  if (precision === 'year' || !m) return String(y)
  const month = MONTHS[m - 1] ?? ''
  if (precision === 'month' || !d) return `${month} ${y}`
  return `${month} ${d}, ${y}`
}

/** A range such as "November 13–14, 2018" when both ends share month and year. */
export function formatDateRange(start: string, end: string | null | undefined, precision: DatePrecision = 'day'): string {
  if (!end || end === start) return formatDate(start, precision)
  const [y1, m1, d1] = start.split('-').map(Number)
  const [y2, m2, d2] = end.split('-').map(Number)
  if (precision === 'day' && y1 === y2 && m1 === m2) return `${MONTHS[(m1 ?? 1) - 1]} ${d1}\u2013${d2}, ${y1}`
  return `${formatDate(start, precision)} \u2013 ${formatDate(end, precision)}`
}

export function formatNumber(value: number): string {
  return value.toLocaleString('en-US')
}

/** A count with its noun: "1 result", "2,310 results". */
export function formatCount(n: number, one: string, many: string): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`
}

export function formatUsd(value: number): string {
  return `$${formatNumber(value)}`
}
