/** lib/domain/format.ts: how the site writes dates, numbers, counts and money. */
import { describe, expect, it } from 'vitest'
import { formatCount, formatDate, formatDateRange, formatNumber, formatUsd } from '@/lib/domain/format'

describe('format', () => {
  it('writes counts with their noun, singular only for one', () => {
    expect(formatCount(0, 'result', 'results')).toBe('0 results')
    expect(formatCount(1, 'result', 'results')).toBe('1 result')
    expect(formatCount(2310, 'city', 'cities')).toBe('2,310 cities')
  })

  it('writes numbers and dollars with thousands separators', () => {
    expect(formatNumber(1234567)).toBe('1,234,567')
    expect(formatUsd(50000)).toBe('$50,000')
  })

  it('writes dates at their precision, and ranges within a month compactly', () => {
    expect(formatDate('2017-08-12')).toBe('August 12, 2017')
    expect(formatDate('2017-08-12', 'month')).toBe('August 2017')
    expect(formatDate('2017-08-12', 'year')).toBe('2017')
    expect(formatDateRange('2017-08-12', '2017-08-14')).toBe('August 12\u201314, 2017')
  })
})
