/**
 * Help for Conference staff in the Studio: every field says what it is for, and the validation
 * rules stop the mistakes that would show on the site (checked with the Studio's own validator on
 * documents of the Center's dataset, each spoiled in one way), and previews say which city.
 */
import { createSchema, validateDocument, type Workspace } from 'sanity'
import { describe, expect, it } from 'vitest'
import { schemaTypes } from '@/schemas'
import { city as cityType } from '@/schemas/documents/city'
import { loadDatasetFile, type Doc } from '../support/dataset'
import { createGroqClient } from '../support/groq-client'

type FieldDef = { name: string; title?: string; description?: string; fields?: FieldDef[]; of?: FieldDef[] }

describe('every field', () => {
  it('has a title and a description in staff\u2019s words', () => {
    const missing: string[] = []
    const walk = (path: string, fields: FieldDef[] | undefined) => {
      for (const field of fields ?? []) {
        const here = `${path}.${field.name}`
        if (!field.title || !field.description) missing.push(here)
        walk(here, field.fields)
        for (const member of field.of ?? []) walk(`${here}[]`, member.fields)
      }
    }
    for (const type of schemaTypes as unknown as FieldDef[]) walk(type.name, type.fields)
    expect(missing).toEqual([])
  })
})

const docs = loadDatasetFile()
const schema = createSchema({ name: 'default', types: schemaTypes })
const workspace = { schema, getClient: () => createGroqClient(docs) } as unknown as Workspace
const ids = new Set(docs.map((d) => d._id))

const first = (type: string, where: (d: Doc) => boolean = () => true) => {
  const doc = docs.find((d) => d._type === type && where(d))
  if (!doc) throw new Error(`No ${type} in the dataset`)
  return structuredClone(doc)
}

/** The error messages the Studio shows for a document, by field path. */
async function errors(doc: Doc): Promise<Record<string, string[]>> {
  const markers = await validateDocument({
    document: doc as never,
    workspace,
    // As in the Studio (in 'cli', Sanity demotes the messages of object fields such as slugs and
    // geopoints to warnings, since it adds its unknown-field check to their rules).
    environment: 'studio',
    getDocumentExists: async ({ id }) => ids.has(id.replace(/^drafts\./, '')),
  })
  const out: Record<string, string[]> = {}
  for (const marker of markers.filter((m) => m.level === 'error')) {
    const path = marker.path.map((p) => (typeof p === 'object' ? (('_key' in p && p._key) || '[]') : String(p))).join('.')
    ;(out[path] ??= []).push(marker.message)
  }
  return out
}

const slug = (current: string) => ({ _type: 'slug', current })

describe('validation stops real mistakes', () => {
  it('accepts the dataset\u2019s documents as they are (the baseline)', async () => {
    for (const doc of [first('city'), first('bestPractice'), first('compactComponent'), first('milestone')]) {
      expect(await errors(doc), doc._id).toEqual({})
    }
  })

  it('a state that is not a two-letter U.S. code', async () => {
    expect(Object.keys(await errors({ ...first('city'), state: 'Texas' }))).toContain('state')
  })

  it('a city placed outside the United States', async () => {
    const found = await errors({ ...first('city'), location: { _type: 'geopoint', lat: 48.85, lng: 2.35 } })
    expect(found.location?.join()).toMatch(/not in the United States/)
  })

  it('a slug another document of the same type already uses', async () => {
    const [a, b] = docs.filter((d) => d._type === 'bestPractice')
    const found = await errors({ ...structuredClone(a!), slug: structuredClone(b!.slug) })
    expect(Object.keys(found)).toContain('slug')
  })

  it('a slug with spaces or capitals', async () => {
    expect((await errors({ ...first('city'), slug: slug('Columbia SC') })).slug?.join()).toMatch(/lowercase/)
  })

  it('a Compact number outside 1\u201310, or used twice', async () => {
    const component = first('compactComponent', (d) => d.number === 2)
    expect(Object.keys(await errors({ ...component, number: 11 }))).toContain('number')
    expect((await errors({ ...component, number: 3 })).number?.join()).toMatch(/already exists/)
  })

  it('a 10-Point Plan action number used twice in the same part', async () => {
    const action = first('planAction', (d) => d.number === 1)
    expect((await errors({ ...action, number: 2 })).number?.join()).toMatch(/already exists/)
  })

  const cityContact = { _type: 'practiceContact', useCenterContact: false, name: 'Jane Doe', email: 'jdoe@cityofcolumbia.gov', phone: '(803) 545-3075' }

  it('an email or phone number that cannot be right', async () => {
    const practice = first('bestPractice')
    const contact = cityContact
    expect(await errors({ ...practice, contact })).toEqual({})
    expect(Object.keys(await errors({ ...practice, contact: { ...contact, email: 'jane.doe at city.gov' } }))).toContain('contact.email')
    expect(Object.keys(await errors({ ...practice, contact: { ...contact, phone: '861-6754' } }))).toContain('contact.phone')
    expect(Object.keys(await errors({ ...first('person'), email: 'someone@' }))).toContain('email')
  })

  it('a practice contact with neither email nor phone', async () => {
    const practice = first('bestPractice')
    const found = await errors({ ...practice, contact: { _type: 'practiceContact', useCenterContact: false, name: 'Jane Doe' } })
    expect(found['contact.email']?.join()).toMatch(/email or a phone/)
  })

  it('a link that is not a web address', async () => {
    const practice = first('bestPractice', (d) => Array.isArray(d.links) && d.links.length > 0)
    const links = practice.links as Record<string, unknown>[]
    const spoiled = [{ ...links[0], url: 'javascript:alert(1)' }, ...links.slice(1)]
    const found = await errors({ ...practice, links: spoiled })
    expect(Object.keys(found).some((path) => path.startsWith('links.') && path.endsWith('.url'))).toBe(true)
    expect(Object.keys(await errors({ ...first('organization'), website: 'ftp://example.org' }))).toContain('website')
  })

  it('a photo without alt text', async () => {
    const section = first('centerSection')
    const figure = { _type: 'captionedFigure', _key: 'photo1', caption: 'Mayors at the Center\u2019s launch', image: { _type: 'image', asset: { _type: 'reference', _ref: 'image-abc123-1200x800-jpg' } } }
    const found = await errors({ ...section, figures: [figure] })
    expect(found['figures.photo1.image.alt']?.join()).toMatch(/Alt text is required/)
    const described = { ...figure, image: { ...figure.image, alt: 'Mayors on a stage' } }
    expect(Object.keys(await errors({ ...section, figures: [described] }))).not.toContain('figures.photo1.image.alt')
  })

  it('dates that cannot be right', async () => {
    const milestone = first('milestone')
    expect(Object.keys(await errors({ ...milestone, date: '1776-07-04' }))).toContain('date')
    expect((await errors({ ...milestone, date: '2019-06-01', endDate: '2019-05-01' })).endDate?.join()).toMatch(/before the start date/)
    const practice = first('bestPractice', (d) => typeof d.publishedAt === 'string')
    expect((await errors({ ...practice, lastReviewedAt: '2001-01-01' })).lastReviewedAt?.join()).toMatch(/before the publication date/)
    expect((await errors({ ...practice, publishedAt: undefined })).publishedAt?.join()).toMatch(/Set the date/)
  })

  it('a source on a mirror, proxy or repost host, or with stray punctuation', async () => {
    const city = first('city', (d) => Array.isArray(d.sources) && d.sources.length > 0)
    const [source] = city.sources as { _key: string; url: string }[]
    const withUrl = (url: string) => ({ ...city, sources: [{ ...source, url }] })
    const path = `sources.${source!._key}.url`
    expect((await errors(withUrl('https://nextcloud.domilabs.xyz/content/wikipedia_en_top_mini_2025-09/Columbia')))[path]?.join()).toMatch(/mirror site/)
    expect((await errors(withUrl('https://caymanmama.com/a-release/')))[path]?.join()).toMatch(/repost site/)
    expect((await errors(withUrl('https://worldpopulationreview.com/us-cities/x-population.')))[path]?.join()).toMatch(/punctuation/)
    expect(await errors(withUrl('https://en.wikipedia.org/wiki/Washington,_D.C.'))).toEqual({})
  })

  it('two mayors marked as the most recent', async () => {
    const person = first('person')
    const term = (key: string) => ({ _type: 'mayoralTerm', _key: key, person: { _type: 'reference', _ref: person._id }, isCurrent: true })
    expect(Object.keys(await errors({ ...first('city'), mayors: [term('a'), term('b')] }))).toContain('mayors')
  })
})

describe('previews', () => {
  it('show a city with its state and its mayor', () => {
    const prepare = cityType.preview?.prepare as (value: Record<string, unknown>) => { title?: string; subtitle?: string }
    const preview = prepare({ name: 'Columbia', state: 'SC', mayor: 'Stephen K. Benjamin', population: 136632 })
    expect(preview.title).toBe('Columbia, SC')
    expect(preview.subtitle).toContain('Mayor Stephen K. Benjamin')
  })
})
