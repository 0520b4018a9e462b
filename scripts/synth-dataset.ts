/**
 * Writes a synthetic dataset at scale, for benchmarks and for building the site on many documents:
 *
 *   npm run dataset:synth -- --practices 10000 --cities 1000 [--seed 42] [--out path]
 *
 * Deterministic: the same arguments give the same bytes. The dataset holds:
 * - copied from the Center's dataset (sanity/dataset/production.ndjson): site settings, the
 *   sections, the Compact's components, activities, the 10-Point Plan, organizations,
 *   publications, reports, videos, the grant program and its rounds, and every document these name
 *   (people, and the few real cities they mention);
 * - synthetic: `--cities` cities (invented names, each inside its state: a point drawn in the
 *   state's outline from us-atlas, populations from 15,000 to 2,000,000, skewed small), a mayor
 *   for each, `--practices` published practices (topics, Compact components, years, text from
 *   templates, invented program and partner names), one statement per 100 practices, and
 *   winners and honorable mentions for each real grant round.
 * Every document passes the schema's rules and the queries' models (tests/unit/synth.test.ts).
 * Serve it with `CENTER_DATASET_FILE=<file>`; the default file is under .data/synthetic/ (git-ignored).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { geoBounds, geoContains } from 'd3-geo'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import states10m from 'us-atlas/states-10m.json'
import { parseNdjson, toNdjson } from '../lib/ndjson'
import { US_STATES, type StateCode } from '../lib/domain/states'
import { PRACTICE_TOPIC_VALUES, type PracticeTopic } from '../lib/domain/vocabulary'
import { ref, slug, withKeys } from '../sanity/seed/lib'

type Doc = { _id: string; _type: string } & Record<string, unknown>

export interface SynthOptions {
  practices: number
  cities: number
  seed: number
  /** The Center's dataset, whose frame documents are copied (NDJSON text). */
  base?: string
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
export const BASE_DATASET = join(root, 'sanity', 'dataset', 'production.ndjson')

// ---------------------------------------------------------------------------------------------
// Randomness: one seeded generator (mulberry32) for everything, so a seed names a dataset.

export function rng(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!
  const chance = (p: number) => next() < p
  /** `n` distinct items, in the order drawn. */
  const some = <T>(items: readonly T[], n: number): T[] => {
    const pool = [...items]
    const out: T[] = []
    while (out.length < n && pool.length) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!)
    return out
  }
  return { next, int, pick, chance, some }
}
type Rng = ReturnType<typeof rng>

// ---------------------------------------------------------------------------------------------
// Places: states weighted by their population (2020 census, millions), points inside each state.

const STATE_WEIGHTS: Partial<Record<StateCode, number>> = {
  AL: 5.0, AK: 0.7, AZ: 7.2, AR: 3.0, CA: 39.5, CO: 5.8, CT: 3.6, DE: 1.0, DC: 0.7, FL: 21.5, GA: 10.7,
  HI: 1.5, ID: 1.8, IL: 12.8, IN: 6.8, IA: 3.2, KS: 2.9, KY: 4.5, LA: 4.7, ME: 1.4, MD: 6.2, MA: 7.0,
  MI: 10.1, MN: 5.7, MS: 3.0, MO: 6.2, MT: 1.1, NE: 2.0, NV: 3.1, NH: 1.4, NJ: 9.3, NM: 2.1, NY: 20.2,
  NC: 10.4, ND: 0.8, OH: 11.8, OK: 4.0, OR: 4.2, PA: 13.0, RI: 1.1, SC: 5.1, SD: 0.9, TN: 6.9, TX: 29.1,
  UT: 3.3, VT: 0.6, VA: 8.6, WA: 7.7, WV: 1.8, WI: 5.9, WY: 0.6,
}

type StateShape = { code: StateCode; shape: GeoJSON.Feature; bounds: [[number, number], [number, number]] }

let shapes: Map<StateCode, StateShape> | null = null
function stateShapes(): Map<StateCode, StateShape> {
  if (!shapes) {
    const us = states10m as unknown as Topology<{ states: GeometryCollection<{ name: string }> }>
    const byName = new Map<string, StateCode>(Object.entries(US_STATES).map(([code, name]) => [name as string, code as StateCode]))
    shapes = new Map()
    for (const f of feature(us, us.objects.states).features) {
      const code = byName.get((f.properties as { name: string }).name)
      if (code && STATE_WEIGHTS[code]) shapes.set(code, { code, shape: f, bounds: geoBounds(f) })
    }
  }
  return shapes
}

function pointIn(r: Rng, s: StateShape): { lat: number; lng: number } {
  const [[w, south], [e, north]] = s.bounds
  // Alaska's outline crosses the antimeridian: its bounds run west to east past 180°.
  const east = e < w ? e + 360 : e
  for (let attempt = 0; attempt < 500; attempt++) {
    let lng = w + r.next() * (east - w)
    if (lng > 180) lng -= 360
    const lat = south + r.next() * (north - south)
    if (geoContains(s.shape, [lng, lat])) return { lat: Math.round(lat * 10_000) / 10_000, lng: Math.round(lng * 10_000) / 10_000 }
  }
  throw new Error(`No point found inside ${s.code}`)
}

function weightedState(r: Rng, codes: readonly StateCode[], total: number): StateCode {
  let x = r.next() * total
  for (const code of codes) {
    x -= STATE_WEIGHTS[code] ?? 0
    if (x <= 0) return code
  }
  return codes[codes.length - 1]!
}

// ---------------------------------------------------------------------------------------------
// Words

const NAME_HEADS = ['Spring', 'Oak', 'River', 'Maple', 'Cedar', 'Fair', 'Green', 'Lake', 'Pine', 'Clear', 'Red', 'Silver', 'Stone', 'Elm', 'Ash', 'Willow', 'Brook', 'Mill', 'Hill', 'Bay', 'Rock', 'Sun', 'Wood', 'Glen', 'Marsh', 'Prairie', 'Harbor', 'Cotton', 'Iron', 'Copper']
const NAME_TAILS = ['field', 'ville', 'ton', 'wood', 'port', 'dale', 'view', 'brook', 'ford', 'haven', 'burg', 'mont', 'crest', 'land', 'side', 'bridge', 'water', 'ridge']
const NAME_PREFIXES = ['', '', '', 'North ', 'South ', 'East ', 'West ', 'New ', 'Port ', 'Mount ', 'Lake ']
const FIRST_NAMES = ['Maria', 'James', 'Aisha', 'Robert', 'Linh', 'David', 'Sofia', 'Michael', 'Keisha', 'Daniel', 'Priya', 'Carlos', 'Grace', 'Ahmed', 'Emily', 'Jamal', 'Rosa', 'Thomas', 'Mei', 'Andre', 'Hannah', 'Luis', 'Fatima', 'Kevin', 'Olivia', 'Samuel', 'Nadia', 'Marcus', 'Elena', 'Joseph']
const LAST_NAMES = ['Johnson', 'Garcia', 'Nguyen', 'Williams', 'Patel', 'Brown', 'Martinez', 'Kim', 'Jones', 'Rodriguez', 'Davis', 'Hernandez', 'Lee', 'Wilson', 'Lopez', 'Thompson', 'Clark', 'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Torres', 'Hill', 'Green', 'Adams', 'Baker', 'Okafor', 'Haddad', 'Cohen', 'Rivera', 'Chen']
const SYLLABLES = ['ka', 'lo', 'ra', 'mi', 'ten', 'vor', 'san', 'del', 'bri', 'ost', 'quin', 'mar', 'tal', 'ner', 'zu', 'pha', 'cor', 'len', 'dra', 'vi', 'mon', 'sel', 'tor', 'an', 'bel', 'ru', 'hal', 'ces', 'tra', 'ly']

const TOPIC_WORDS: Record<PracticeTopic, { programs: string[]; phrase: string[] }> = {
  'co-responder-mental-health': { programs: ['Crisis Co-Responder Program', 'Behavioral Health Response Team', 'Mobile Crisis Unit', 'Mental Health Liaison Initiative'], phrase: ['mental health co-responders', 'crisis response', 'behavioral health care'] },
  'alternative-civilian-response': { programs: ['Community Responder Program', 'Civilian Crisis Team', 'Community Safety Department', 'Non-Emergency Response Unit'], phrase: ['civilian responders', 'non-police response to 911 calls', 'a public-health model of safety'] },
  'community-policing': { programs: ['Neighborhood Policing Plan', 'Community Trust Initiative', 'Beat Officer Program', 'Coffee with a Cop Series'], phrase: ['community policing', 'neighborhood officers', 'trust between police and residents'] },
  training: { programs: ['De-escalation Academy', 'Duty to Intervene Training', 'Implicit Bias Workshop Series', 'Active Bystandership Program'], phrase: ['de-escalation training', 'implicit bias training', 'training on the duty to intervene'] },
  'transparency-accountability': { programs: ['Police Data Dashboard', 'Civilian Oversight Board', 'Body-Worn Camera Program', 'Use-of-Force Review Panel'], phrase: ['open police data', 'civilian oversight', 'public accountability for the use of force'] },
  diversion: { programs: ['Pre-Arrest Diversion Program', 'Deflection Initiative', 'Treatment Not Jail Program', 'Community Court'], phrase: ['pre-arrest diversion', 'treatment instead of jail', 'deflection to services'] },
  youth: { programs: ['Youth Mentoring Corps', 'Summer Jobs Program', 'Youth and Police Dialogues', 'Teen Leadership Academy'], phrase: ['youth mentoring', 'summer jobs for young people', 'young people and police talking together'] },
  homelessness: { programs: ['Homeless Outreach Team', 'Housing Navigation Center', 'Street Medicine Program', 'Encampment Resolution Team'], phrase: ['homeless outreach', 'housing navigation', 'services for people living unsheltered'] },
  'immigrant-inclusion': { programs: ['Welcoming City Plan', 'Office of New Americans', 'Immigrant Legal Defense Fund', 'Language Access Program'], phrase: ['immigrant inclusion', 'legal services for immigrants', 'language access'] },
  'hate-incident-response': { programs: ['Hate Incident Reporting Line', 'Rapid Response Network', 'Bias Crime Task Force', 'Community Safety Alert System'], phrase: ['reporting of hate incidents', 'rapid response to bias crimes', 'support for targeted communities'] },
  'racial-equity': { programs: ['Racial Equity Action Plan', 'Equity Budget Tool', 'Office of Equity and Inclusion', 'Equity Audit'], phrase: ['racial equity', 'an equity lens on the budget', 'closing racial gaps in city services'] },
  'community-dialogue': { programs: ['Community Conversations Series', 'Truth and Reconciliation Commission', 'Listening Sessions', 'Neighborhood Dialogue Circles'], phrase: ['community dialogue', 'listening sessions with residents', 'conversations on race and policing'] },
}

const DEPARTMENTS = ['Police Department', 'Office of the Mayor', 'Department of Public Health', 'Office of Neighborhood Services', 'Human Relations Commission', 'Fire and Rescue Department', 'Department of Housing', 'Office of Equity']
const APPROACH = [
  'The {dept} worked with {partner} to design the program with residents of {place}.',
  '{City} started with a pilot in {place} in {year}, then extended it citywide.',
  'Calls that need {phrase} are routed by 911 dispatchers to a team trained for them.',
  'Each team pairs a trained specialist with a case manager who follows up within 48 hours.',
  'The city funds the work from its general fund, with a grant from {partner}.',
  'Staff meet every month with community members to review what is working and what is not.',
  'Officers and civilian staff complete {n} hours of joint training each year.',
  'A steering committee of residents, faith leaders and city staff guides the work.',
  'The program shares its data every quarter on the city’s website.',
  'Outreach workers visit {place} and nearby neighborhoods every week.',
  'Partners include {partner}, the county health department and local schools.',
  'Residents can reach the program through 311, 911 or a text line.',
]
const PROBLEM = [
  'Too many calls about {phrase} were answered by armed officers with no other option.',
  'Residents of {place} said they did not trust the city to respond fairly.',
  'The city saw repeat calls to the same addresses, with no follow-up care.',
  'Emergency rooms and jails had become the default response to people in crisis.',
  'Data showed wide racial gaps in who was stopped, cited and arrested.',
  'Young people in {place} had few safe places and few paths to jobs.',
]
const RESULTS = [
  'In its first year the program answered {n} calls; fewer than 2 percent needed police backup.',
  'Arrests for low-level offenses fell by {pct} percent in the pilot area.',
  'Surveys show trust in city services rose by {pct} points among residents of {place}.',
  '{n} residents were connected to housing, treatment or jobs.',
  'An independent evaluation by {partner} found lower repeat calls and costs.',
]

function fill(template: string, v: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => v[k] ?? k)
}

function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 90)
    .replace(/-+$/, '')
}

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1)


/** Every `_ref` inside a value. */
function refsOf(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refsOf(v, out))
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '_ref' && typeof v === 'string') out.push(v)
      else refsOf(v, out)
    }
  }
  return out
}

const FRAME_TYPES = new Set([
  'siteSettings', 'centerSection', 'compactComponent', 'centerActivity', 'planAction', 'organization',
  'publication', 'report', 'disparityIndicator', 'grantProgram', 'grantRound', 'video',
])

/** The frame copied from the Center's dataset: FRAME_TYPES and every document they name. */
function frameDocuments(base: Doc[]): Doc[] {
  const byId = new Map(base.map((d) => [d._id, d]))
  const keep = new Set<string>()
  const stack = base.filter((d) => FRAME_TYPES.has(d._type)).map((d) => d._id)
  while (stack.length) {
    const id = stack.pop()!
    if (keep.has(id) || !byId.has(id)) continue
    keep.add(id)
    stack.push(...refsOf(byId.get(id)))
  }
  return base.filter((d) => keep.has(d._id))
}

function isoDate(r: Rng, fromYear: number, toYear: number): string {
  const y = r.int(fromYear, toYear)
  const m = r.int(1, 12)
  const d = r.int(1, 28)
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

function phone(r: Rng): string {
  return `(${r.int(201, 989)}) ${r.int(200, 999)}-${String(r.int(0, 9999)).padStart(4, '0')}`
}

/** The synthetic dataset's documents, sorted by `_id`. */
export function synthesize({ practices, cities, seed, base }: SynthOptions): Doc[] {
  if (!Number.isInteger(practices) || practices < 1) throw new Error('--practices must be a positive whole number')
  if (!Number.isInteger(cities) || cities < 1) throw new Error('--cities must be a positive whole number')
  const r = rng(seed)
  const baseDocs = parseNdjson<Doc>(base ?? readFileSync(BASE_DATASET, 'utf8'), BASE_DATASET)
  const frame = frameDocuments(baseDocs)
  const taken = new Set(frame.map((d) => d._id))
  const takenSlugs = new Set(frame.filter((d) => d.slug).map((d) => `${d._type}:${(d.slug as { current: string }).current}`))
  const out: Doc[] = [...frame]
  const add = (doc: Doc) => {
    if (taken.has(doc._id)) throw new Error(`duplicate id ${doc._id}`)
    taken.add(doc._id)
    out.push(withKeys(doc, doc._id) as Doc)
  }
  const uniqueSlug = (type: string, wanted: string) => {
    let s = wanted
    for (let i = 2; takenSlugs.has(`${type}:${s}`); i++) s = `${wanted}-${i}`
    takenSlugs.add(`${type}:${s}`)
    return s
  }

  const components = baseDocs.filter((d) => d._type === 'compactComponent').map((d) => d._id).sort()
  const collection = baseDocs.find((d) => d._type === 'centerSection' && (d.slug as { current: string }).current === 'support-for-immigrants-and-minorities')
  const rounds = baseDocs.filter((d) => d._type === 'grantRound').sort((a, b) => (a._id < b._id ? -1 : 1))

  // Invented words: partner organizations, neighborhoods and program names.
  const pseudo = new Set<string>()
  while (pseudo.size < 2500) pseudo.add(cap(Array.from({ length: r.int(2, 3) }, () => r.pick(SYLLABLES)).join('')))
  const words = [...pseudo]
  const partner = () => r.pick([`the ${r.pick(words)} Foundation`, `${r.pick(words)} Community Health`, `the ${r.pick(words)} Institute`, `${r.pick(words)} University`, `the ${r.pick(words)} Alliance`])
  const place = () => r.pick([`${r.pick(words)} Heights`, `the ${r.pick(words)} district`, `${r.pick(words)} Park`, `downtown`, `the east side`, `${r.pick(words)} Village`])

  // Cities and their mayors.
  const shapesByCode = stateShapes()
  const codes = [...shapesByCode.keys()].sort()
  const weightTotal = codes.reduce((n, c) => n + (STATE_WEIGHTS[c] ?? 0), 0)
  type SynthCity = { id: string; name: string; state: StateCode; slug: string; population: number; mayorId: string; mayorName: string; domain: string }
  const cityList: SynthCity[] = []
  const names = new Set<string>()
  for (let i = 0; i < cities; i++) {
    const state = weightedState(r, codes, weightTotal)
    let name = ''
    for (let attempt = 0; !name || names.has(`${name}|${state}`); attempt++) {
      name = `${r.pick(NAME_PREFIXES)}${r.pick(NAME_HEADS)}${r.pick(NAME_TAILS)}${attempt > 20 ? ` ${r.pick(words)}` : ''}`
    }
    names.add(`${name}|${state}`)
    const citySlug = uniqueSlug('city', slugify(`${name} ${state}`))
    const population = Math.round(15_000 * Math.pow(2_000_000 / 15_000, Math.pow(r.next(), 2.2)))
    const first = r.pick(FIRST_NAMES)
    const last = r.pick(LAST_NAMES)
    const mayorSlug = uniqueSlug('person', slugify(`${first} ${last} ${citySlug}`))
    const mayorId = `person-${mayorSlug}`
    const id = `city-${citySlug}`
    const city: SynthCity = { id, name, state, slug: citySlug, population, mayorId, mayorName: `${first} ${last}`, domain: `${citySlug}.example` }
    cityList.push(city)
    const location = pointIn(r, shapesByCode.get(state)!)
    const coalition = r.next()
    add({
      _id: id,
      _type: 'city',
      name,
      state,
      slug: slug(citySlug),
      population,
      populationNote: 'Synthetic city for testing at scale.',
      location: { _type: 'geopoint', ...location },
      mayors: [{ _type: 'mayoralTerm', person: ref(mayorId), period: `${r.int(2016, 2024)}–`, isCurrent: true }],
      ...(coalition < 0.25 ? { coalitionMember: true } : coalition < 0.5 ? { coalitionMember: false } : {}),
    })
    add({
      _id: mayorId,
      _type: 'person',
      name: city.mayorName,
      slug: slug(mayorSlug),
      role: `Mayor of ${name}, ${state}`,
      city: ref(id),
      email: `mayor@${city.domain}`,
      phone: phone(r),
    })
  }

  // Practices.
  type SynthPractice = { id: string; city: SynthCity; title: string; summary: string }
  const practiceList: SynthPractice[] = []
  for (let i = 0; i < practices; i++) {
    const city = r.pick(cityList)
    const topics = r.some(PRACTICE_TOPIC_VALUES, r.int(1, 3))
    const main = TOPIC_WORDS[topics[0]!]
    const program = r.pick(main.programs)
    const title = r.pick([`${city.name} ${program}`, program, `${program} (${r.pick(words)})`, `Project ${r.pick(words)}: ${program}`])
    const started = r.chance(0.85) ? r.int(2012, 2025) : null
    const year = String(started ?? r.int(2016, 2024))
    const v = () => ({
      City: city.name,
      dept: r.pick(DEPARTMENTS),
      partner: partner(),
      place: place(),
      year,
      phrase: r.pick(TOPIC_WORDS[r.pick(topics)].phrase),
      n: String(r.int(40, 4000)),
      pct: String(r.int(5, 45)),
    })
    const summary = `${city.name} ${r.pick(['uses', 'built', 'runs', 'funds'])} ${r.pick(main.phrase)} ${r.pick(['to answer calls more safely', 'to build trust with residents', 'to connect people with care', 'to reduce harm and repeat calls', 'to make city services fairer'])}.${started ? ` Started in ${started}, it now serves ${fill('{place}', v())} and more.` : ''}`
    const sentences = (bank: string[], n: number) => r.some(bank, n).map((t) => fill(t, v())).join(' ')
    const practiceSlug = uniqueSlug('bestPractice', slugify(`${city.slug} ${title}`))
    const id = `bestPractice-${practiceSlug}`
    const publishedAt = isoDate(r, 2018, 2025)
    const named = r.chance(0.6)
    const contactFirst = r.pick(FIRST_NAMES)
    const contactLast = r.pick(LAST_NAMES)
    add({
      _id: id,
      _type: 'bestPractice',
      title,
      slug: slug(practiceSlug),
      city: ref(city.id),
      summary,
      ...(r.chance(0.7) ? { problem: sentences(PROBLEM, r.int(1, 3)) } : {}),
      approach: sentences(APPROACH, r.int(3, 7)),
      ...(r.chance(0.6) ? { results: sentences(RESULTS, r.int(1, 3)) } : {}),
      compactComponents: r.some(components, r.int(1, 3)).map(ref),
      topics,
      ...(started ? { startedYear: started } : {}),
      links: r.chance(0.5) ? [{ _type: 'link', title: `${title}: the city’s page`, url: `https://www.${city.domain}/${practiceSlug.slice(0, 60)}`, publisher: `City of ${city.name}` }] : [],
      contact: named
        ? { _type: 'practiceContact', name: `${contactFirst} ${contactLast}`, title: `${r.pick(['Director', 'Program Manager', 'Deputy Chief', 'Coordinator'])}, ${r.pick(DEPARTMENTS)}`, email: `${contactFirst}.${contactLast}@${city.domain}`.toLowerCase(), phone: phone(r) }
        : { _type: 'practiceContact', useCenterContact: true },
      status: 'published',
      publishedAt,
      ...(r.chance(0.5) ? { lastReviewedAt: `${Math.min(2026, Number(publishedAt.slice(0, 4)) + r.int(0, 2))}${publishedAt.slice(4)}` } : {}),
    })
    practiceList.push({ id, city, title, summary })
  }

  // Statements: one per 100 practices (at least 6), in the Support for Immigrants and Minorities collection.
  if (collection) {
    const count = Math.max(6, Math.round(practices / 100))
    for (let i = 0; i < count; i++) {
      const city = r.pick(cityList)
      const topics = r.some(['immigrant-inclusion', 'hate-incident-response', 'community-dialogue', 'racial-equity'] as PracticeTopic[], r.int(1, 2))
      const date = isoDate(r, 2017, 2025)
      const subject = r.pick(['welcoming immigrant families', 'a rise in hate incidents', 'expected immigration enforcement', 'a bias attack on a place of worship', 'the city’s commitment to equity'])
      const statementSlug = uniqueSlug('mayoralStatement', slugify(`${city.slug} ${date.slice(0, 4)} ${subject}`))
      add({
        _id: `mayoralStatement-${statementSlug}`,
        _type: 'mayoralStatement',
        title: `${city.name} mayor on ${subject}`,
        slug: slug(statementSlug),
        collection: ref(collection._id),
        city: ref(city.id),
        mayor: ref(city.mayorId),
        date,
        datePrecision: 'day',
        summary: `Mayor ${city.mayorName} spoke about ${subject}, and about what the city offers residents: ${r.pick(TOPIC_WORDS[topics[0]!].phrase)}.`,
        ...(r.chance(0.5) ? { quote: `${city.name} is a city for everyone who calls it home, and we will not be divided.` } : {}),
        compactComponents: r.some(components, r.int(1, 2)).map(ref),
        topics,
      })
    }
  }

  // Grant awards: for each real round, a winner in each population class and a few honorable mentions.
  const tierOf = (population: number) => (population > 300_000 ? 'large' : population >= 100_000 ? 'mid-size' : 'small')
  for (const round of rounds) {
    const year = round.year as number
    const used = new Set<string>()
    for (const tier of ['large', 'mid-size', 'small'] as const) {
      const candidates = practiceList.filter((p) => tierOf(p.city.population) === tier)
      const n = Math.min(candidates.length, 1 + r.int(0, 2))
      const chosen: SynthPractice[] = []
      for (const p of r.some(candidates, n * 3)) {
        if (chosen.length < n && !used.has(p.city.id)) {
          used.add(p.city.id)
          chosen.push(p)
        }
      }
      for (const [i, p] of chosen.entries()) {
        add({
          _id: `grantAward-${year}-${p.city.slug}`,
          _type: 'grantAward',
          round: ref(round._id),
          city: ref(p.city.id),
          tier,
          level: i === 0 ? 'winner' : 'honorable-mention',
          programName: p.title,
          summary: p.summary,
          mayor: ref(p.city.mayorId),
          practice: ref(p.id),
        })
      }
    }
  }

  return out.sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0))
}

/** The dataset as NDJSON, one document a line. */
export function synthNdjson(options: SynthOptions): string {
  return toNdjson(synthesize(options))
}

function parseArgs(argv: string[]): SynthOptions & { out: string } {
  const values = new Map<string, string>()
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const m = /^--([a-z]+)(?:=(.*))?$/.exec(arg)
    if (!m) throw new Error(`Unexpected argument ${arg}`)
    values.set(m[1]!, m[2] ?? argv[++i] ?? '')
  }
  for (const key of values.keys()) if (!['practices', 'cities', 'seed', 'out'].includes(key)) throw new Error(`Unknown option --${key}`)
  const practices = Number(values.get('practices') ?? 10_000)
  const cities = Number(values.get('cities') ?? 1_000)
  const seed = Number(values.get('seed') ?? 42)
  const out = values.get('out') ?? join('.data', 'synthetic', `practices-${practices}-cities-${cities}-seed-${seed}.ndjson`)
  return { practices, cities, seed, out }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { out, ...options } = parseArgs(process.argv.slice(2))
  const started = performance.now()
  const ndjson = synthNdjson(options)
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(out, ndjson)
  const lines = ndjson.trimEnd().split('\n').length
  console.log(
    `Wrote ${lines} documents (${options.practices} practices, ${options.cities} synthetic cities, seed ${options.seed}) to ${out} ` +
      `(${(ndjson.length / 1e6).toFixed(1)} MB, ${((performance.now() - started) / 1000).toFixed(1)} s).\n` +
      `Serve it: CENTER_DATASET_FILE=${out} npm run build`,
  )
}
