/**
 * The synthetic dataset (scripts/synth-dataset.ts): deterministic, complete, inside the U.S., and
 * valid against the content model and every query's model, as the Center's own dataset is.
 */
import { geoAlbersUsa, geoContains } from 'd3-geo'
import { createSchema, validateDocument, type Workspace } from 'sanity'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import states10m from 'us-atlas/states-10m.json'
import { describe, expect, it } from 'vitest'
import { runQuery } from '@/lib/content/run'
import { createEmbeddedSource, parseNdjson } from '@/lib/content/source-embedded'
import { US_STATES } from '@/lib/domain/states'
import { schemaTypes } from '@/schemas'
import { synthNdjson } from '@/scripts/synth-dataset'
import { collectReferences } from '../support/dataset'
import { createGroqClient } from '../support/groq-client'
import { queryRuns } from '../support/query-samples'

const OPTIONS = { practices: 300, cities: 40, seed: 7 }
const ndjson = synthNdjson(OPTIONS)
const docs = parseNdjson(ndjson)
const synthetic = docs.filter((d) => (d.populationNote as string | undefined)?.startsWith('Synthetic'))

describe('the synthetic dataset', () => {
  it('is the same bytes for the same arguments, and differs with the seed', () => {
    expect(synthNdjson(OPTIONS)).toBe(ndjson)
    expect(synthNdjson({ ...OPTIONS, seed: 8 })).not.toBe(ndjson)
  })

  it('has the practices and cities asked for, and the Center\u2019s Compact, sections and settings', () => {
    expect(docs.filter((d) => d._type === 'bestPractice')).toHaveLength(OPTIONS.practices)
    expect(docs.filter((d) => d._type === 'bestPractice' && d.status === 'published')).toHaveLength(OPTIONS.practices)
    expect(synthetic).toHaveLength(OPTIONS.cities)
    expect(docs.filter((d) => d._type === 'compactComponent').map((d) => d.number).sort((a, b) => Number(a) - Number(b))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(docs.filter((d) => d._type === 'centerSection')).toHaveLength(10)
    expect(docs.filter((d) => d._type === 'siteSettings')).toHaveLength(1)
    expect(docs.filter((d) => d._type === 'mayoralStatement').length).toBeGreaterThanOrEqual(6)
    expect(docs.filter((d) => d._type === 'grantAward').length).toBeGreaterThan(0)
  })

  it('has unique ids and slugs, and every reference resolves', () => {
    const ids = new Set(docs.map((d) => d._id))
    expect(ids.size).toBe(docs.length)
    const slugs = docs.filter((d) => d.slug).map((d) => `${d._type}:${(d.slug as { current: string }).current}`)
    expect(new Set(slugs).size).toBe(slugs.length)
    const broken = docs.flatMap((d) => collectReferences(d).filter(({ ref }) => !ids.has(ref)).map(({ ref, path }) => `${d._id} ${path} -> ${ref}`))
    expect(broken).toEqual([])
  })

  it('places each synthetic city inside its own state, where the map can show it', () => {
    const us = states10m as unknown as Topology<{ states: GeometryCollection<{ name: string }> }>
    const shapes = new Map(feature(us, us.objects.states).features.map((f) => [(f.properties as { name: string }).name, f]))
    const projection = geoAlbersUsa()
    for (const city of synthetic) {
      const { lat, lng } = city.location as { lat: number; lng: number }
      const shape = shapes.get(US_STATES[city.state as keyof typeof US_STATES])
      expect(shape, `${city._id} state`).toBeDefined()
      expect(geoContains(shape!, [lng, lat]), `${city._id} at ${lat},${lng} is in ${city.state}`).toBe(true)
      expect(projection([lng, lat]), `${city._id} projects`).not.toBeNull()
      expect(city.population as number).toBeGreaterThanOrEqual(15_000)
      expect(city.population as number).toBeLessThanOrEqual(2_000_000)
    }
  })

  it('passes every query\u2019s model, for every page it would render', async () => {
    const source = createEmbeddedSource({ documents: docs })
    for (const { def, params, label } of queryRuns(docs)) {
      await expect(runQuery(def, params as never, { source }), label).resolves.toBeDefined()
    }
  }, 120_000)

  it('passes the Studio\u2019s validation rules, document by document', async () => {
    const schema = createSchema({ name: 'default', types: schemaTypes })
    const client = createGroqClient(docs)
    const workspace = { schema, getClient: () => client } as unknown as Workspace
    const ids = new Set(docs.map((d) => d._id))
    // Every synthetic document, and a sample of the practices (each is made the same way).
    const sample = docs.filter((d, i) => d._type !== 'bestPractice' || i % 5 === 0)
    const failures: string[] = []
    for (const doc of sample) {
      const markers = await validateDocument({
        document: doc as never,
        workspace,
        environment: 'cli',
        getDocumentExists: async ({ id }) => ids.has(id.replace(/^drafts\./, '')),
      })
      for (const m of markers) if (m.level === 'error' || m.level === 'warning') failures.push(`${doc._id} ${JSON.stringify(m.path)} ${m.message}`)
    }
    expect(failures).toEqual([])
  }, 120_000)
})
