/**
 * The Spanish site's content rules, checked on the dataset and on the pure parts of lib/i18n:
 * translations keep the English facts (every number), follow the glossary, fall back to English with
 * a note when missing, and only translated pages enter the Spanish sitemap.
 */
import { readFileSync } from 'node:fs'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { PracticeCard } from '@/components/cards'
import { describe, expect, it } from 'vitest'
import { SectionPage } from '@/components/SectionPage'
import type { CenterSectionPage, PracticeCard as PracticeCardData, SitemapEntry, Translation } from '@/lib/content/models'
import { en } from '@/lib/i18n/en'
import { es } from '@/lib/i18n/es'
import { formatDate, formatDateRange, formatList, formatNumber } from '@/lib/i18n/format'
import { GLOSSARY } from '@/lib/i18n/glossary'
import { hasSpanishVersion, languageAlternates, localePath, splitLocalePath } from '@/lib/i18n/locales'
import { spanishPaths } from '@/lib/i18n/sitemap'
import { TRANSLATED_FIELDS, isTranslatableType } from '@/lib/i18n/translatable'
import { translated, translatedSection, translationMap } from '@/lib/i18n/translate'
import { RichText } from '@/components/RichText'
import { RichText as RichTextModel } from '@/lib/content/models'
import { richText } from '@/sanity/seed/lib'

type Doc = { _id: string; _type: string } & Record<string, unknown>
const docs: Doc[] = readFileSync('sanity/dataset/production.ndjson', 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as Doc)
const byId = new Map(docs.map((d) => [d._id, d]))
const translations = docs.filter((d) => d._type === 'translation')

/** The plain text of a field: a string, or the spans of rich text (quotations, kept verbatim, aside). */
function textOf(value: unknown, { skipQuotes = false } = {}): string {
  if (typeof value === 'string') return value
  if (!Array.isArray(value)) return ''
  return value
    .filter((b) => b?._type === 'block' && !(skipQuotes && b.style === 'blockquote'))
    .map((b) => (b.children ?? []).map((c: { text?: string }) => c.text ?? '').join(''))
    .join('\n')
}

const numbersIn = (text: string) => (text.match(/\d+(?:,\d{3})*(?:\.\d+)?/g) ?? []).sort()
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const MESES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre']
const monthsIn = (text: string, names: string[]) => names.filter((m) => new RegExp(`\\b${m}\\b`).test(text)).map((m) => names.indexOf(m))

describe('the Spanish translations in the dataset', () => {
  it('exist for the key pages: site settings, the three sections, the 10 components, the plan, the six statements, the timeline, the business supporters', () => {
    const of = new Set(translations.map((t) => (t.document as { _ref: string })._ref))
    for (const id of ['siteSettings', 'section-about', 'section-support-for-immigrants-and-minorities', 'section-coalition']) expect(of).toContain(id)
    expect(docs.filter((d) => d._type === 'compactComponent' && !of.has(d._id))).toEqual([])
    expect(docs.filter((d) => d._type === 'planAction' && !of.has(d._id))).toEqual([])
    expect(docs.filter((d) => d._type === 'mayoralStatement' && !of.has(d._id))).toEqual([])
    // The About page's timeline and business supporters, shown on /es/about.
    expect(docs.filter((d) => d._type === 'milestone' && !of.has(d._id))).toEqual([])
    const supporters = docs.filter((d) => d._type === 'organization' && (d.roles as string[] | undefined)?.includes('business-supporter'))
    expect(supporters.length).toBeGreaterThan(0)
    expect(supporters.filter((d) => !of.has(d._id))).toEqual([])
  })

  it('each translate an existing document of their declared type, under the fixed id, with its own fields only', () => {
    for (const t of translations) {
      const english = byId.get((t.document as { _ref: string })._ref)
      expect(english, t._id).toBeDefined()
      expect(t.documentType).toBe(english!._type)
      expect(t._id).toBe(`translation-es-${english!._id}`)
      expect(isTranslatableType(t.documentType)).toBe(true)
      const allowed = new Set<string>(TRANSLATED_FIELDS[t.documentType as keyof typeof TRANSLATED_FIELDS])
      const extra = Object.keys(t).filter((k) => !k.startsWith('_') && !['language', 'document', 'documentType'].includes(k) && !allowed.has(k))
      expect(extra, t._id).toEqual([])
    }
  })

  it('state every number and month of the English text, and no other (same facts, numbers and dates)', () => {
    const problems: string[] = []
    for (const t of translations) {
      const english = byId.get((t.document as { _ref: string })._ref)!
      for (const field of TRANSLATED_FIELDS[t.documentType as keyof typeof TRANSLATED_FIELDS]) {
        if (field === 'keyFacts' || !(field in t)) continue
        const source = field === 'quoteTranslation' ? english.quote : english[field]
        // Quotations stay verbatim in a translated text, so only the translators' own words are compared.
        const a = textOf(source, { skipQuotes: true }).replace(/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g, (_, m: string, d: string, y: string) => `${MONTHS[Number(m) - 1]} ${d} ${y}`)
        const b = textOf(t[field], { skipQuotes: true }).replace(/^Traducción: .*$/gm, '')
        if (JSON.stringify(numbersIn(a)) !== JSON.stringify(numbersIn(b)))
          problems.push(`${t._id}.${field}: ${numbersIn(a).join(' ')} ≠ ${numbersIn(b).join(' ')}`)
        if (JSON.stringify(monthsIn(a, MONTHS)) !== JSON.stringify(monthsIn(b, MESES))) problems.push(`${t._id}.${field}: months differ`)
      }
    }
    expect(problems).toEqual([])
  })

  it('keep each quotation of a translated text verbatim, followed by its translation', () => {
    const about = translations.find((t) => t._id === 'translation-es-section-about')!
    const original = (byId.get('section-about')!.body as { style?: string }[]).filter((b) => b.style === 'blockquote')
    const kept = (about.body as { style?: string }[]).filter((b) => b.style === 'blockquote')
    expect(textOf(kept)).toBe(textOf(original))
  })

  it('write proper names as the glossary does', () => {
    const problems: string[] = []
    for (const t of translations) {
      const english = byId.get((t.document as { _ref: string })._ref)!
      for (const field of ['title', 'summary', 'mission', 'name', 'body']) {
        if (!(field in t)) continue
        const a = textOf(english[field], { skipQuotes: true })
        const b = textOf(t[field], { skipQuotes: true })
        const named = Object.values(GLOSSARY).filter((entry) => a.includes(entry.en))
        // A name inside a longer name ("Center for …" in "Mayors and Business Leaders Center for …") follows the longer one.
        for (const entry of named.filter((e) => !named.some((o) => o !== e && o.en.includes(e.en)))) {
          if (!b.includes(entry.es)) problems.push(`${t._id}.${field}: “${entry.en}” should read “${entry.es}”`)
        }
      }
    }
    expect(problems).toEqual([])
  })

  it('give each key fact the same figure as the English fact it translates', () => {
    for (const t of translations.filter((x) => Array.isArray(x.keyFacts))) {
      const english = new Map((byId.get((t.document as { _ref: string })._ref)!.keyFacts as { _key: string; value: string }[]).map((f) => [f._key, f]))
      for (const fact of t.keyFacts as { factKey: string; value: string }[]) {
        const source = english.get(fact.factKey)
        expect(source, `${t._id} ${fact.factKey}`).toBeDefined()
        expect(numbersIn(fact.value)).toEqual(numbersIn(source!.value))
      }
    }
  })
})

describe('the dictionaries', () => {
  it('have the same strings in Spanish as in English (none left in English by mistake)', () => {
    // languageNames is a lookup table (English names of languages → the page's words), not strings to compare.
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o)
        .filter(([k]) => k !== 'languageNames')
        .flatMap(([k, v]) => (v && typeof v === 'object' && !Array.isArray(v) ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]))
    expect(keys(es).sort()).toEqual(keys(en).sort())
    const same = keys(en).filter((k) => {
      const get = (o: object) => k.split('.').reduce<unknown>((v, p) => (v as Record<string, unknown>)[p], o)
      const a = get(en)
      // "Tel." is Spanish too.
      return typeof a === 'string' && a === get(es) && a !== 'Tel.'
    })
    expect(same).toEqual([])
  })

  it('follow the glossary', () => {
    expect(es.compact.title).toContain(GLOSSARY.compact.es)
    expect(es.compact.lead).toContain(GLOSSARY.compactFull.es)
    expect(es.compact.lead).toContain(GLOSSARY.conference.es)
  })
})

describe('Spanish conventions (Intl)', () => {
  it('write dates, numbers and lists as Spanish does in the United States', () => {
    expect(formatDate('es', '2019-07-11')).toBe('11 de julio de 2019')
    expect(formatDate('es', '2019-07-11', 'month')).toBe('julio de 2019')
    expect(formatDate('es', '2019-07-11', 'year')).toBe('2019')
    expect(formatNumber('es', 1408)).toBe('1,408')
    expect(formatList('es', ['inglés', 'español'])).toBe('inglés y español')
    expect(formatDate('en', '2019-07-11')).toBe('July 11, 2019')
  })

  it('write spans of dates in each language, at the precision the source gives', () => {
    expect(formatDateRange('es', '2018-11-13', '2018-11-14')).toBe('13–14 de noviembre de 2018')
    expect(formatDateRange('en', '2018-11-13', '2018-11-14')).toBe('November 13–14, 2018')
    expect(formatDateRange('es', '2018-11-30', '2018-12-01')).toBe('30 de noviembre de 2018 – 1 de diciembre de 2018')
    expect(formatDateRange('es', '2020-02-01', '2020-03-01', 'month')).toBe('febrero de 2020 – marzo de 2020')
    expect(formatDateRange('es', '2019-07-11', null)).toBe('11 de julio de 2019')
  })
})

describe('addresses', () => {
  it('put Spanish under /es with the same path, both ways', () => {
    expect(localePath('es', '/')).toBe('/es')
    expect(localePath('es', '/compact/3')).toBe('/es/compact/3')
    expect(splitLocalePath('/es/compact/3')).toEqual({ lang: 'es', path: '/compact/3' })
    expect(splitLocalePath('/es')).toEqual({ lang: 'es', path: '/' })
    expect(splitLocalePath('/estates')).toEqual({ lang: 'en', path: '/estates' })
    expect(hasSpanishVersion('/compact/10')).toBe(true)
    expect(hasSpanishVersion('/cities/boston-ma')).toBe(false)
    expect(languageAlternates('/about')).toEqual({ en: '/about', es: '/es/about', 'x-default': '/about' })
  })
})

const SECTION: NonNullable<CenterSectionPage> = {
  _id: 'section-coalition',
  title: 'U.S. Coalition of Cities against Racism and Discrimination',
  slug: 'coalition',
  order: 10,
  summary: 'An English summary.',
  body: [{ _type: 'block', _key: 'b1', style: 'normal', markDefs: [], children: [{ _type: 'span', _key: 's1', text: 'English text.', marks: [] }] }],
  keyFacts: [],
  figures: [],
  contact: null,
  links: [],
} as unknown as NonNullable<CenterSectionPage>

const SPANISH: Translation = {
  _id: 'translation-es-section-coalition',
  documentId: 'section-coalition',
  documentType: 'centerSection',
  title: 'Coalición',
  summary: 'Un resumen.',
}

describe('a document without a translation', () => {
  it('shows in English, marked lang="en", after a note in Spanish', () => {
    const html = renderToStaticMarkup(createElement(SectionPage, { section: translatedSection(SECTION, translationMap([]), 'es'), lang: 'es' }))
    expect(html).toContain(es.untranslated.pageNote)
    expect(html).toMatch(/<h1 class="text-display" lang="en">U.S. Coalition/)
    expect(html).toMatch(/<div class="prose-civic" lang="en">/)
  })

  it('shows translated once its translation exists, without the note', () => {
    const html = renderToStaticMarkup(createElement(SectionPage, { section: translatedSection(SECTION, translationMap([SPANISH]), 'es'), lang: 'es' }))
    expect(html).not.toContain(es.untranslated.pageNote)
    expect(html).toMatch(/<h1 class="text-display">Coalición<\/h1>/)
    // Its text is not translated yet: that part alone is English, after the shorter note.
    expect(html).toContain(es.untranslated.note)
  })

  it('in a list, a card without a translation shows in English, marked lang="en"; with one, in Spanish', () => {
    const practice: PracticeCardData = {
      _id: 'bestPractice-x',
      title: 'Shop Talk',
      slug: 'x',
      summary: 'Officers visit barbershops.',
      topics: [],
      publishedAt: '2021-01-01',
      publishedPrecision: 'month',
      startedYear: null,
      city: { _id: 'city-irving-tx', name: 'Irving', state: 'TX', slug: 'irving-tx', population: null },
      compactComponents: [],
    }
    const card = (map: ReturnType<typeof translationMap>) =>
      renderToStaticMarkup(createElement(PracticeCard, { practice: translated(practice, map, ['title', 'summary'] as const, 'es'), lang: 'es' }))
    const english = card(translationMap([]))
    expect(english).toMatch(/<h3 class="[^"]*" lang="en"><a [^>]*hrefLang="en"[^>]*>Shop Talk</)
    expect(english).toMatch(/<p class="[^"]*" lang="en">Officers visit barbershops.<\/p>/)
    const spanish = card(translationMap([{ ...SPANISH, _id: 'translation-es-bestPractice-x', documentId: 'bestPractice-x', documentType: 'bestPractice', title: 'Shop Talk', summary: 'Agentes visitan barberías.' }]))
    expect(spanish).toMatch(/<h3 class="[^"]*"><a /)
    expect(spanish).toContain('>Agentes visitan barberías.</p>')
  })

  it('is never half translated: a translation missing a field leaves the whole document in English', () => {
    const shown = translated({ _id: 'x', title: 'Title', summary: 'Summary' }, translationMap([{ ...SPANISH, documentId: 'x', summary: null }]), ['title', 'summary'] as const, 'es')
    expect(shown).toEqual({ _id: 'x', title: 'Title', summary: 'Summary', lang: 'en' })
  })

  it('is left out of the Spanish sitemap', () => {
    const entries: SitemapEntry[] = [
      { _id: 'section-coalition', _type: 'centerSection', slug: 'coalition', number: null, lastModified: null },
      { _id: 'compactComponent-3', _type: 'compactComponent', slug: null, number: 3, lastModified: null },
    ]
    const none = spanishPaths(entries, translationMap([]))
    expect(none.has('/coalition')).toBe(false)
    expect(none.has('/compact/3')).toBe(false)
    expect(none.has('/compact')).toBe(true)
    const some = spanishPaths(entries, translationMap([SPANISH]))
    expect(some.has('/coalition')).toBe(true)
    expect(some.has('/compact/3')).toBe(false)
  })
})

describe('words left in another language inside a text', () => {
  it('are written `[words]{en}` in the seed sources and become a marked span; a code of no language is refused', () => {
    const [block] = richText('Comuníquese con [Director of Public Safety]{en} hoy.')
    expect(block!.children.map((c) => c.text)).toEqual(['Comuníquese con ', 'Director of Public Safety', ' hoy.'])
    expect(block!.markDefs).toEqual([{ _type: 'inLanguage', _key: block!.children[1]!.marks[0], language: 'en' }])
    expect(() => richText('[words]{xx}')).toThrow(/names no language/)
  })

  it('are read in their language on the page (a span with its lang)', () => {
    const value = RichTextModel.parse(withBlockKeys(richText('Comuníquese con [Director of Public Safety]{en} hoy.')))
    const html = renderToStaticMarkup(createElement(RichText, { value, lang: 'es' }))
    expect(html).toContain('Comuníquese con <span lang="en">Director of Public Safety</span> hoy.')
  })

  it('include the English role and address in the Spanish Coalition page’s text', () => {
    const coalition = translations.find((t) => (t.document as { _ref: string })._ref === 'section-coalition')!
    const blocks = coalition.body as {
      children: { text: string; marks: string[] }[]
      markDefs: { _key: string; _type: string; language?: string }[]
    }[]
    const marked = blocks.flatMap((b) =>
      b.children
        .filter((c) => c.marks.some((m) => b.markDefs.find((d) => d._key === m && d._type === 'inLanguage' && d.language === 'en')))
        .map((c) => c.text),
    )
    expect(marked.some((text) => text.startsWith('Director of Public Safety, The U.S. Conference of Mayors'))).toBe(true)
    expect(textOf(blocks)).toContain('Laura DeKoven Waxman')
  })
})

/** Keys as the dataset gives them (the seed's build adds them). */
function withBlockKeys(blocks: ReturnType<typeof richText>) {
  return blocks.map((b, i) => ({ ...b, _key: `b${i}`, children: b.children.map((c, j) => ({ ...c, _key: `b${i}s${j}` })) }))
}
