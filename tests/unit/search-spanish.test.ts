/**
 * The finder in Spanish (lib/search/spanish.ts, lib/search/translate.ts and the Spanish index of
 * lib/search/engine.ts), and one result per program: the Spanish analysis word by word, then
 * searches on the Center's dataset whose expected results are computed here from the raw
 * translations (never through lib/search).
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { searchDocumentsQuery, translationsQuery } from '@/lib/content/queries'
import { runQuery } from '@/lib/content/run'
import { createEmbeddedSource } from '@/lib/content/source-embedded'
import { translationMap } from '@/lib/i18n/translate'
import { toSearchDocs, type SearchDoc } from '@/lib/search/documents'
import { buildFinderIndex, docFacetValues, queryTerms, searchFinder, type FinderIndex } from '@/lib/search/engine'
import { SPANISH_STOP_WORDS, spanishStem } from '@/lib/search/spanish'
import { analyzeIn, fold, indexTermsIn } from '@/lib/search/text'
import { translateSearchDocs } from '@/lib/search/translate'
import { EMPTY_FINDER_STATE, parseFinderParams } from '@/lib/search/url'
import { PRODUCTION } from '../support/query-datasets'

const stem = (word: string) => analyzeIn('es', word)?.stem ?? null

describe('Spanish analysis', () => {
  it('removes plural and gender endings, and nothing more', () => {
    expect(spanishStem('policia')).toBe('polici')
    expect(spanishStem('policias')).toBe('polici')
    expect(spanishStem('exploradores')).toBe('explorador')
    expect(spanishStem('exploradora')).toBe('explorador')
    expect(spanishStem('explorador')).toBe('explorador')
    expect(spanishStem('mentales')).toBe('mental')
    expect(spanishStem('mental')).toBe('mental')
    expect(spanishStem('ciudades')).toBe('ciudad')
    expect(spanishStem('luces')).toBe('luz')
    expect(spanishStem('franceses')).toBe('frances')
    expect(spanishStem('acciones')).toBe(spanishStem('accion'))
    expect(spanishStem('crisis')).toBe('crisis')
    // Short words are left alone ("casa" is not "cas").
    expect(spanishStem('casa')).toBe('casa')
  })

  it('folds accents and case before stemming, so a query without accents finds the accented word', () => {
    expect(fold('Policía')).toBe('policia')
    expect(stem('Policía')).toBe('polici')
    expect(stem('policías')).toBe(stem('policia'))
    expect(stem('JÓVENES')).toBe(stem('jovenes'))
    expect(stem('acción')).toBe(stem('acciones'))
  })

  it('drops Spanish stop words and single letters', () => {
    for (const w of ['de', 'la', 'los', 'para', 'con', 'que', 'y', 'también']) expect(stem(w), w).toBeNull()
    expect(SPANISH_STOP_WORDS.has('salud')).toBe(false)
    expect(stem('salud')).toBe('salud')
    expect(indexTermsIn('es', 'Exploradores')).toEqual(['explorador', 'exploradores'])
    expect(indexTermsIn('es', 'salud')).toEqual(['salud'])
  })

  it('keeps English analysis apart: the English stemmer is not applied to Spanish words', () => {
    expect(analyzeIn('en', 'policía')?.stem).not.toBe(stem('policía'))
    expect(analyzeIn('en', 'policing')?.stem).toBe('polic')
  })
})

// ---------------------------------------------------------------------------------------------

type Raw = { _id: string; _type: string } & Record<string, unknown>
const raw = PRODUCTION.documents as Raw[]

/** The Spanish words of each document's translation that a card shows or the index reads (title, summary, description, quote). */
const spanishText = new Map(
  raw
    .filter((d) => d._type === 'translation' && d.language === 'es')
    .map((t) => [(t.document as { _ref: string })._ref, fold([t.title, t.name, t.summary, t.description, t.quoteTranslation].filter(Boolean).join(' '))]),
)

describe('the Spanish finder on the Center\u2019s dataset', () => {
  let docs: SearchDoc[]
  let es: FinderIndex
  let en: FinderIndex

  beforeAll(async () => {
    const source = createEmbeddedSource({ documents: PRODUCTION.documents })
    docs = toSearchDocs(await runQuery(searchDocumentsQuery, {}, { source }))
    const translations = translationMap(await runQuery(translationsQuery, { language: 'es' }, { source }))
    en = buildFinderIndex(docs)
    es = buildFinderIndex(translateSearchDocs(docs, translations, 'es'), 'es')
  })

  /** The ids of the indexed documents whose Spanish text matches every pattern. */
  const withSpanish = (...patterns: RegExp[]) =>
    es.docs.filter((d) => patterns.every((p) => p.test(spanishText.get(d.id) ?? ''))).map((d) => d.id)

  const cases: [string, RegExp[]][] = [
    ['salud mental', [/\bsalud mental\b/]],
    ['policía', [/\bpolicias?\b/]],
    ['Exploradores', [/\bexplorador(es|as?)?\b/]],
  ]
  for (const [q, patterns] of cases) {
    it(`"${q}" finds every document whose Spanish text has it, ranked first`, () => {
      const want = withSpanish(...patterns)
      expect(want.length, q).toBeGreaterThan(0)
      const result = searchFinder(es, { ...EMPTY_FINDER_STATE, q }, { pageSize: 1_000 })
      expect(result.items.slice(0, want.length).map((d) => d.id).sort(), q).toEqual([...want].sort())
    })
  }

  it('finds a query typed without accents as with them', () => {
    const ids = (q: string) => searchFinder(es, { ...EMPTY_FINDER_STATE, q }, { pageSize: 1_000 }).items.map((d) => d.id)
    expect(ids('policia')).toEqual(ids('policía'))
    expect(ids('policia').length).toBeGreaterThan(0)
  })

  it('still finds documents that have no Spanish text by their English words', () => {
    const englishOnly = es.docs.find((d) => !d.translation?.summary && d.kind === 'resource')!
    expect(englishOnly).toBeDefined()
    const word = englishOnly.title.split(/\s+/).find((w) => w.length > 6)!
    const result = searchFinder(es, { ...EMPTY_FINDER_STATE, q: word }, { pageSize: 1_000 })
    expect(result.items.map((d) => d.id)).toContain(englishOnly.id)
  })

  it('finds a practice by an English word of its untranslated text, below those whose Spanish text has the word', () => {
    // "police" is English; Spanish cards say "policía". Every English match is still found.
    const english = searchFinder(en, { ...EMPTY_FINDER_STATE, q: 'police' }, { pageSize: 1_000 }).items.map((d) => d.id)
    const spanish = searchFinder(es, { ...EMPTY_FINDER_STATE, q: 'police' }, { pageSize: 1_000 }).items.map((d) => d.id)
    for (const id of english) expect(spanish).toContain(id)
  })

  it('drops Spanish stop words from a query (“salud de la mujer” searches “salud” and “mujer”)', () => {
    expect(queryTerms(es, 'salud de la mujer')).toEqual(['salud', 'mujer'])
    expect(searchFinder(es, { ...EMPTY_FINDER_STATE, q: 'de la' }).total).toBe(es.docs.length)
  })

  it('does not match an unrelated English word for a Spanish one ("policía" is not "policy")', () => {
    const result = searchFinder(es, { ...EMPTY_FINDER_STATE, q: 'policía' }, { pageSize: 1_000 })
    for (const d of result.items) {
      const spanish = spanishText.get(d.id) ?? ''
      const tags = fold(d.translation?.tags ?? '')
      expect(`${spanish} ${tags}`, d.title).toMatch(/\bpolici/)
    }
  })

  it('shows each result in Spanish where its translation has a summary', () => {
    const result = searchFinder(es, { ...EMPTY_FINDER_STATE }, { pageSize: 1_000 })
    for (const d of result.items) {
      const t = raw.find((r) => r._type === 'translation' && (r.document as { _ref: string })._ref === d.id)
      if (t && (t.summary || t.description)) expect(d.translation?.summary, d.id).toBe(t.summary ?? t.description)
    }
  })
})

describe('one result per program', () => {
  let index: FinderIndex
  const awards = raw.filter((d) => d._type === 'grantAward') as (Raw & { practice?: { _ref: string } })[]
  const published = new Set(raw.filter((d) => d._type === 'bestPractice' && d.status === 'published').map((d) => d._id))
  const winning = new Set(awards.filter((a) => a.practice && published.has(a.practice._ref)).map((a) => a.practice!._ref))

  beforeAll(async () => {
    const source = createEmbeddedSource({ documents: PRODUCTION.documents })
    index = buildFinderIndex(toSearchDocs(await runQuery(searchDocumentsQuery, {}, { source })))
  })

  it('gives a grant-winning practice one result, which says it won and carries both kinds', () => {
    expect(winning.size).toBeGreaterThan(0)
    for (const id of winning) {
      const doc = index.docs.find((d) => d.id === id)!
      expect(doc.awards?.length, id).toBeGreaterThan(0)
      expect(docFacetValues(doc, 'kind'), id).toEqual(['practice', 'award'])
    }
    // No award of a published practice is a result of its own, and no two results share a link.
    for (const a of awards) if (a.practice && published.has(a.practice._ref)) expect(index.docs.some((d) => d.id === a._id)).toBe(false)
    const hrefs = index.docs.map((d) => d.href)
    expect(new Set(hrefs).size).toBe(hrefs.length)
  })

  it('counts programs: a search gives no two results with the same title and link, and the grant filter still finds them', () => {
    const police = searchFinder(index, { ...EMPTY_FINDER_STATE, q: 'police' }, { pageSize: 1_000 })
    const keys = police.items.map((d) => `${d.title}|${d.href}`)
    expect(new Set(keys).size).toBe(keys.length)
    const grants = searchFinder(index, parseFinderParams({ kind: 'award' }), { pageSize: 1_000 })
    expect(grants.total).toBe(awards.length - [...awards].filter((a) => a.practice && published.has(a.practice._ref)).length + winning.size)
    for (const id of winning) expect(grants.items.map((d) => d.id)).toContain(id)
    const kind = grants.facets.find((f) => f.name === 'kind')!.values
    expect(kind.find((v) => v.value === 'award')!.count).toBe(grants.total)
  })
})
