import { createSchema, validateDocument, type Workspace } from 'sanity'
import { describe, expect, it } from 'vitest'
import { schemaTypes } from '@/schemas'
import { buildDataset } from '@/scripts/build-dataset'
import { collectReferences, DATASET_FILE, loadDatasetFile, type Doc } from '../support/dataset'
import { CITIES_FACTS, factsPresent, loadCityFacts } from '../support/facts'
import { createGroqClient } from '../support/groq-client'
import { readFileSync } from 'node:fs'

const docs = loadDatasetFile()
const ids = new Set(docs.map((d) => d._id))
const schema = createSchema({ name: 'default', types: schemaTypes })
const client = createGroqClient(docs)
const workspace = { schema, getClient: () => client } as unknown as Workspace

describe('the Center\u2019s dataset', () => {
  it('is exactly what the seed sources generate (run `npm run dataset:build` after editing sanity/seed)', () => {
    expect(readFileSync(DATASET_FILE, 'utf8')).toBe(buildDataset())
  })

  it('holds published documents only, of types the schema knows, with unique ids', () => {
    expect(docs.length).toBeGreaterThan(0)
    expect(ids.size).toBe(docs.length)
    for (const doc of docs) {
      // A dot puts a document on a sub-path, which Sanity never serves to unauthenticated readers.
      expect(doc._id, `${doc._id} must not contain a dot`).not.toContain('.')
      expect(schema.get(doc._type), `${doc._id} has unknown type ${doc._type}`).toBeTruthy()
    }
  })

  it('has every reference resolving to a document in the dataset', () => {
    const broken = docs.flatMap((doc) =>
      collectReferences(doc)
        .filter(({ ref }) => !ids.has(ref))
        .map(({ ref, path }) => `${doc._id} ${path} -> ${ref}`),
    )
    expect(broken).toEqual([])
  })

  it('passes the Studio\u2019s own validation rules, document by document', async () => {
    const failures: string[] = []
    for (const doc of docs) {
      const markers = await validateDocument({
        document: doc as never,
        workspace,
        environment: 'cli',
        getDocumentExists: async ({ id }) => ids.has(id.replace(/^drafts\./, '')),
      })
      for (const marker of markers) {
        if (marker.level === 'error' || marker.level === 'warning') {
          failures.push(`${doc._id} ${JSON.stringify(marker.path)} [${marker.level}] ${marker.message}`)
        }
      }
    }
    expect(failures).toEqual([])
  })
})

// --- Held to the facts files and to their own precision (issue #27) ---

type SourcedFigure = { value?: string; sourceUrl?: string }

describe.skipIf(!factsPresent)(`the cities, held to ${CITIES_FACTS}`, () => {
  const facts = factsPresent ? loadCityFacts() : []
  const factOf = (city: Doc) => facts.find((f) => f.name === city.name && f.state === city.state)
  const cities = docs.filter((d) => d._type === 'city')

  it('are the cities of the facts file, each with its 2020 population', () => {
    expect(cities.map((c) => `${String(c.name)}, ${String(c.state)}`).sort()).toEqual(facts.map((f) => `${f.name}, ${f.state}`).sort())
    for (const city of cities) expect(city.population, String(city._id)).toBe(factOf(city)?.population_2020)
  })

  it('show another population figure only with the source the facts file gives for that figure', () => {
    const wrong: string[] = []
    for (const city of cities) {
      const alts = factOf(city)?.population_alt ?? []
      for (const alt of (city.populationAlternatives ?? []) as SourcedFigure[]) {
        const value = Number(String(alt.value ?? '').replace(/,/g, ''))
        const fact = alts.find((a) => a.value === value)
        if (!fact) wrong.push(`${city._id}: ${alt.value} is no population_alt of the facts file`)
        else if (alt.sourceUrl !== fact.src) wrong.push(`${city._id}: ${alt.value} cites ${alt.sourceUrl}, the facts file ${fact.src}`)
      }
    }
    expect(wrong).toEqual([])
  })

  it('keep every other figure the facts file gives, with its source', () => {
    const shown = cities.reduce((n, c) => n + ((c.populationAlternatives ?? []) as unknown[]).length, 0)
    expect(shown).toBe(facts.reduce((n, f) => n + f.population_alt.length, 0))
  })
})

/** Each date field and the field that says how precisely it is known (the same object holds both). */
const DATE_PRECISION_OF: Record<string, string> = {
  date: 'datePrecision',
  endDate: 'datePrecision',
  announcedOn: 'announcedPrecision',
  publishedAt: 'publishedPrecision',
  publishedOn: 'publishedPrecision',
}
/** Dates known to the day that have no precision field (the program's announcement: January 21, 2021). */
const DAY_ONLY = new Set(['grantProgram.announcedOn'])

/** Every date value (YYYY-MM-DD) in a value, with the object holding it and its field name. */
function datesIn(value: unknown, path = ''): { path: string; field: string; date: string; holder: Record<string, unknown> }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => datesIn(item, `${path}[${i}]`))
  if (!value || typeof value !== 'object') return []
  return Object.entries(value as Record<string, unknown>).flatMap(([field, child]) =>
    typeof child === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(child)
      ? [{ path: path ? `${path}.${field}` : field, field, date: child, holder: value as Record<string, unknown> }]
      : datesIn(child, path ? `${path}.${field}` : field),
  )
}

/** Why a date is finer than its precision, or null: a month is stored as its first day, a year as January 1. */
function finerThanPrecision(date: string, precision: unknown): string | null {
  if (precision === 'day') return null
  if (precision === 'month') return date.endsWith('-01') ? null : `${date} is finer than a month`
  if (precision === 'year') return date.endsWith('-01-01') ? null : `${date} is finer than a year`
  return `${date} has no precision (found ${JSON.stringify(precision)})`
}

describe('dates', () => {
  it('are never finer than the precision stored beside them, and every date has one', () => {
    const problems: string[] = []
    let checked = 0
    for (const doc of docs) {
      for (const { path, field, date, holder } of datesIn(doc)) {
        if (DAY_ONLY.has(`${doc._type}.${path}`)) continue
        checked++
        const precisionField = DATE_PRECISION_OF[field]
        const problem = precisionField ? finerThanPrecision(date, holder[precisionField]) : `${field} has no precision field`
        if (problem) problems.push(`${doc._id} ${path}: ${problem}`)
      }
    }
    expect(checked).toBeGreaterThan(40)
    expect(problems).toEqual([])
  })

  it('are refused when finer than their precision', () => {
    expect(finerThanPrecision('2019-01-01', 'month')).toBeNull()
    expect(finerThanPrecision('2019-01-15', 'month')).toMatch(/finer than a month/)
    expect(finerThanPrecision('2019-03-01', 'year')).toMatch(/finer than a year/)
    expect(finerThanPrecision('2019-01-01', undefined)).toMatch(/no precision/)
  })
})

// --- A person's work line is theirs (issue #27, seed 004) ---

/** Digits of a telephone number, without the country code, so that "(202) 861-6754" and "202-861-6754" compare. */
const phoneDigits = (phone: string) => phone.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '')

describe('telephone numbers', () => {
  it('of people are never given as an organization’s own (Site settings, organizations’ addresses)', () => {
    const personal = new Map(
      docs.filter((d) => d._type === 'person' && typeof d.phone === 'string').map((d) => [phoneDigits(String(d.phone)), String(d.name)]),
    )
    expect(personal.size).toBeGreaterThan(0)
    const misused: string[] = []
    const visit = (value: unknown, where: string) => {
      if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${where}[${i}]`))
      else if (value && typeof value === 'object') {
        const obj = value as Record<string, unknown>
        if (obj._type === 'postalContact' || 'organization' in obj) {
          const phone = typeof obj.phone === 'string' ? phoneDigits(obj.phone) : ''
          if (personal.has(phone)) misused.push(`${where}: ${String(obj.phone)} is ${personal.get(phone)}’s line`)
        }
        for (const [k, v] of Object.entries(obj)) visit(v, `${where}.${k}`)
      }
    }
    for (const doc of docs) if (doc._type !== 'person') visit(doc, doc._id)
    expect(misused).toEqual([])
  })
})

// --- Research notes stay with the staff (issue #29, item 1) ---

/** Fields the schema marks "staff only": the Studio shows them, the site never reads them. */
const STAFF_ONLY_FIELDS = new Set(['populationNote', 'partialNote', 'researchNotes'])
const RESEARCH_WORDS = /Wikipedia copy|excerpts? seen|in the sources seen|could not be read|not captured|snippet|figure seen|cut off in|extracto consultado|no se pudo leer/i

describe('public fields', () => {
  it('say nothing of how the facts were researched (that stays in the staff-only fields)', () => {
    const found: string[] = []
    const visit = (value: unknown, path: string, id: string) => {
      if (typeof value === 'string') {
        if (RESEARCH_WORDS.test(value)) found.push(`${id} ${path}: ${value.slice(0, 120)}`)
      } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${path}[${i}]`, id))
      else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value as Record<string, unknown>)) if (!STAFF_ONLY_FIELDS.has(k)) visit(v, `${path}.${k}`, id)
      }
    }
    for (const doc of docs) visit(doc, '', doc._id)
    expect(found).toEqual([])
  })

  it('keep the research notes in the staff-only fields', () => {
    const kept = docs.filter((d) => Object.keys(d).some((k) => STAFF_ONLY_FIELDS.has(k)))
    expect(kept.length).toBeGreaterThan(5)
  })
})

/**
 * Facts of the dataset the pages' end-to-end tests compute their expectations from (moved here from
 * those specs, which now check only what the pages show of them). If one of these changes, change it
 * here on purpose: the pages follow the dataset.
 */
describe('what the pages show', () => {
  const ofType = <T>(type: string) => docs.filter((d) => d._type === type) as unknown as (Doc & T)[]
  const refs = (d: Doc, field: string) => ((d[field] as { _ref: string }[] | undefined) ?? []).map((r) => r._ref)

  it('the Compact has 10 components, numbered 1 to 10', () => {
    expect(ofType<{ number: number }>('compactComponent').map((c) => c.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
  })

  it('the home page and /about have at least 3 business supporters; Walmart and The Coca-Cola Company were there at the launch', () => {
    const supporters = ofType<{ name: string; roles?: string[] }>('organization').filter((o) => (o.roles ?? []).includes('business-supporter'))
    expect(supporters.length).toBeGreaterThanOrEqual(3)
    const launch = ofType<{ organizations?: { _ref: string }[] }>('milestone').find((m) => m._id.endsWith('montgomery-launch'))!
    const atLaunch = supporters.filter((s) => refs(launch, 'organizations').includes(s._id)).map((s) => s.name)
    expect(atLaunch).toEqual(expect.arrayContaining(['Walmart', 'The Coca-Cola Company']))
    expect(supporters.map((s) => s.name)).toContain('Comcast')
  })

  it('/about’s timeline has more than 5 milestones', () => {
    expect(ofType('milestone').length).toBeGreaterThan(5)
  })

  it('/activities has 4 current and 2 planned activities', () => {
    const activities = ofType<{ status: string }>('centerActivity')
    expect([activities.filter((a) => a.status === 'current').length, activities.filter((a) => a.status === 'planned').length]).toEqual([4, 2])
  })

  it('/dismantling-systemic-racism names 3 co-chairs of the mayors’ working group', () => {
    expect(docs.filter((d) => d._type === 'person' && /co-chair of the mayors’ working group/.test(String(d.role)))).toHaveLength(3)
  })

  it('/coalition has a 10-Point Plan of 5 actions through the Conference and 5 in cities, and 2 key facts', () => {
    const actions = ofType<{ scope: string }>('planAction')
    expect(actions).toHaveLength(10)
    expect(actions.filter((a) => a.scope === 'conference')).toHaveLength(5)
    expect(actions.filter((a) => a.scope === 'cities')).toHaveLength(5)
    const coalition = ofType<{ slug: { current: string }; keyFacts?: unknown[] }>('centerSection').find((s) => s.slug.current === 'coalition')!
    expect(coalition.keyFacts).toHaveLength(2)
  })

  it('/documenting-the-problems has 3 reports', () => {
    expect(ofType('report')).toHaveLength(3)
  })

  it('/resources has 4 publications; the initiative page at least 6 statements', () => {
    expect(ofType('publication')).toHaveLength(4)
    const collection = ofType<{ slug: { current: string } }>('centerSection').find((s) => s.slug.current === 'support-for-immigrants-and-minorities')!
    expect(ofType<{ collection?: { _ref: string } }>('mayoralStatement').filter((s) => s.collection?._ref === collection._id).length).toBeGreaterThanOrEqual(6)
  })

  it('the site settings name the Center', () => {
    expect((ofType<{ name?: string }>('siteSettings')[0] ?? {}).name).toBeTruthy()
  })
})
