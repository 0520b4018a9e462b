import { describe, expect, it } from 'vitest'
import { switchQuery } from '@/lib/i18n/switch-query'

const q = (s: string) => new URLSearchParams(s)

describe('the language switch’s query string', () => {
  it('carries the finder’s search in its canonical form', () => {
    expect(switchQuery('/best-practices', q('topic=youth&q=youth%20violence&component=6&component=3&page=2'))).toBe(
      'q=youth+violence&component=3&component=6&topic=youth&page=2',
    )
  })

  it('carries no city, no unknown parameter and nothing invalid (a made-up address is not repeated)', () => {
    const made = q(`q=youth&${Array.from({ length: 60 }, (_, i) => `city=made-up-city-${i}`).join('&')}&utm=x&state=ZZ&component=99`)
    expect(switchQuery('/best-practices', made)).toBe('q=youth')
  })

  it('carries a well-formed reference to the confirmation, and nothing else anywhere', () => {
    expect(switchQuery('/submit/received', q('ref=CICC-2026-7KQ2MX'))).toBe('ref=CICC-2026-7KQ2MX')
    expect(switchQuery('/submit/received', q('ref=<script>'))).toBe('')
    expect(switchQuery('/about', q('x=1'))).toBe('')
  })
})
