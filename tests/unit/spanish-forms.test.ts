/**
 * The finder and the submission form in Spanish, below the pages: one schema whose messages follow
 * the form's language (the rules are the same), the language the record keeps, and counts by each
 * language's plural rules.
 */
import { describe, expect, it } from 'vitest'
import { FINDER_WORDS } from '@/lib/i18n/finder'
import { formatCount } from '@/lib/i18n/format'
import { kindTitleIn, topicsIn } from '@/lib/i18n/vocabulary'
import { PRACTICE_TOPICS } from '@/lib/domain/vocabulary'
import { buildRecord, isSubmissionRecord, toDraftDocument } from '@/lib/submissions/record'
import { fieldErrors, rawFromEntries, submissionSchema } from '@/lib/submissions/schema'
import { COMPONENT_IDS, encodeForm, outboxSetup, validForm } from '../support/submissions'

const raw = (fields: Record<string, string | string[]>) => rawFromEntries(new URLSearchParams(encodeForm(fields)))
const empty = rawFromEntries([])

describe('one submission schema, its messages in the form’s language', () => {
  const en = submissionSchema({ compactComponentIds: COMPONENT_IDS, lang: 'en' })
  const es = submissionSchema({ compactComponentIds: COMPONENT_IDS, lang: 'es' })

  it('finds the same problems in an empty form, worded in Spanish for Spanish and in English for English', () => {
    const inEnglish = fieldErrors(en.safeParse(empty).error!)
    const inSpanish = fieldErrors(es.safeParse(empty).error!)
    expect(Object.keys(inSpanish).sort()).toEqual(Object.keys(inEnglish).sort())
    expect(Object.keys(inSpanish).length).toBeGreaterThan(8)
    expect(inEnglish.city).toBe('Enter the name of your city')
    expect(inSpanish.city).toBe('Escriba el nombre de su ciudad')
    expect(inSpanish.email).toBe('Escriba su correo electrónico')
    expect(inSpanish.topics).toBe('Seleccione al menos un tema')
    for (const key of Object.keys(inSpanish) as (keyof typeof inSpanish)[]) expect(inSpanish[key]).not.toBe(inEnglish[key])
  })

  it('words the limits in each language from the same numbers', () => {
    const form = raw(validForm({ summary: 'Corto.', approach: 'x'.repeat(5001), links: 'not a link' }))
    const inEnglish = fieldErrors(en.safeParse(form).error!)
    const inSpanish = fieldErrors(es.safeParse(form).error!)
    expect(inEnglish.summary).toBe('The summary must be 40 characters or more')
    expect(inSpanish.summary).toBe('El resumen debe tener 40 caracteres o más')
    expect(inEnglish.approach).toBe('What the city did must be 5,000 characters or fewer')
    expect(inSpanish.approach).toBe('Lo que hizo la ciudad debe tener 5,000 caracteres o menos')
    expect(inSpanish.links).toMatch(/^El enlace 1 no es una dirección web/)
  })

  it('accepts the same valid form in both, and records the language the form says', () => {
    const form = validForm()
    const english = en.parse(raw(form))
    const spanish = es.parse(raw({ ...form, language: 'es' }))
    expect(english.language).toBe('en')
    expect(spanish.language).toBe('es')
    expect({ ...spanish, language: 'en' }).toEqual(english)
    // An unknown language is not an error: it reads as English.
    expect(en.parse(raw({ ...validForm(), language: 'fr' })).language).toBe('en')
  })

  it('keeps the language on the record and on the draft staff review', () => {
    const submission = es.parse(raw({ ...validForm(), language: 'es' }))
    const record = buildRecord(submission, new Date('2026-03-01T12:00:00Z'), { secret: 'test-secret-0123456789-abcdefghijklmnop' })
    expect(record.language).toBe('es')
    expect(isSubmissionRecord(record)).toBe(true)
    expect(isSubmissionRecord({ ...record, language: 'fr' })).toBe(false)
    const { language: _dropped, ...older } = record
    void _dropped
    expect(isSubmissionRecord(older)).toBe(true)
    expect(toDraftDocument(record, { cityId: null, compactComponentIds: [] }).submission.language).toBe('es')
    expect(toDraftDocument(older, { cityId: null, compactComponentIds: [] }).submission.language).toBe('en')
  })

  it('answers a Spanish form in Spanish when it is received, and stores it with its language', async () => {
    const { post, outboxLines } = outboxSetup()
    const bad = await post({ ...validForm({ email: 'no' }), language: 'es' })
    expect(bad.kind).toBe('invalid')
    if (bad.kind === 'invalid') expect(bad.errors.email).toMatch(/^Escriba un correo electrónico con el formato correcto/)
    const good = await post({ ...validForm(), language: 'es' })
    expect(good.kind).toBe('accepted')
    const lines = await outboxLines()
    expect(lines).toHaveLength(1)
    expect(lines[0]!.language).toBe('es')
  })
})

describe('counts and words of the finder in Spanish', () => {
  it('counts by the plural rules of each language', () => {
    expect(formatCount('es', 1, FINDER_WORDS.es.result)).toBe('1 resultado')
    expect(formatCount('es', 0, FINDER_WORDS.es.result)).toBe('0 resultados')
    expect(formatCount('es', 12, { one: 'práctica', other: 'prácticas' })).toBe('12 prácticas')
    expect(formatCount('es', 1408, FINDER_WORDS.es.result)).toBe('1,408 resultados')
    expect(formatCount('en', 1, FINDER_WORDS.en.result)).toBe('1 result')
    expect(formatCount('en', 2310, FINDER_WORDS.en.result)).toBe('2,310 results')
  })

  it('has a Spanish word for every topic and kind, and the English words where they were', () => {
    const es = topicsIn('es')
    expect(es.map((t) => t.value)).toEqual(PRACTICE_TOPICS.map((t) => t.value))
    expect(new Set(es.map((t) => t.title)).size).toBe(es.length)
    for (const [i, t] of es.entries()) expect(t.title).not.toBe(PRACTICE_TOPICS[i]!.title)
    expect(topicsIn('en').map((t) => t.title)).toEqual(PRACTICE_TOPICS.map((t) => t.title))
    expect(kindTitleIn('es', 'practice', 'one')).toBe('Buena práctica')
    expect(kindTitleIn('en', 'practice')).toBe('Best practices')
  })

  it('says a result’s label in Spanish from its data', () => {
    expect(FINDER_WORDS.es.label({ kind: 'started', year: 2019 })).toBe('Iniciada en 2019')
    expect(FINDER_WORDS.es.label({ kind: 'date', iso: '2019-07-11', precision: 'day' })).toBe('11 de julio de 2019')
    expect(FINDER_WORDS.en.label({ kind: 'date', iso: '2019-07-11', precision: 'day' })).toBe('July 11, 2019')
  })
})
