/** lib/i18n/format.ts: the one formatter for counts and the one for dates (with numbers, dollars), in each language. */
import { describe, expect, it } from 'vitest'
import { formatCount, formatDate, formatDateRange, formatNumber, formatUsd, pluralForm } from '@/lib/i18n/format'

describe('format', () => {
  it('writes counts with their noun by each language’s plural rules, singular only for one', () => {
    expect(formatCount('en', 0, { one: 'result', other: 'results' })).toBe('0 results')
    expect(formatCount('en', 1, { one: 'result', other: 'results' })).toBe('1 result')
    expect(formatCount('en', 2310, { one: 'city', other: 'cities' })).toBe('2,310 cities')
    expect(formatCount('es', 1, { one: 'ciudad', other: 'ciudades' })).toBe('1 ciudad')
    expect(formatCount('es', 0, { one: 'ciudad', other: 'ciudades' })).toBe('0 ciudades')
    expect(formatCount('es', 1408, { one: 'resultado', other: 'resultados' })).toBe('1,408 resultados')
    expect(pluralForm('en', 1.5, { one: 'mile', other: 'miles' })).toBe('miles')
  })

  it('writes numbers and dollars with thousands separators', () => {
    expect(formatNumber('en', 1234567)).toBe('1,234,567')
    expect(formatNumber('es', 1234567)).toBe('1,234,567')
    expect(formatUsd('en', 50000)).toBe('$50,000')
  })

  it('writes dates at their precision, and ranges within a month compactly', () => {
    expect(formatDate('en', '2017-08-12')).toBe('August 12, 2017')
    expect(formatDate('en', '2017-08-12', 'month')).toBe('August 2017')
    expect(formatDate('en', '2017-08-12', 'year')).toBe('2017')
    expect(formatDate('en', 'not a date')).toBe('not a date')
    expect(formatDateRange('en', '2017-08-12', '2017-08-14')).toBe('August 12\u201314, 2017')
    expect(formatDateRange('en', '2017-08-30', '2017-09-01')).toBe('August 30, 2017 \u2013 September 1, 2017')
    expect(formatDateRange('en', '2017-08-12', null, 'month')).toBe('August 2017')
  })
})
