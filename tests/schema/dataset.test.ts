import { createSchema, validateDocument, type Workspace } from 'sanity'
import { describe, expect, it } from 'vitest'
import { schemaTypes } from '@/schemas'
import { buildDataset } from '@/scripts/build-dataset'
import { collectReferences, DATASET_FILE, loadDatasetFile } from '../support/dataset'
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
