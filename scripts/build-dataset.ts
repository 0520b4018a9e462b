/**
 * Writes the Center's dataset (sanity/dataset/production.ndjson) from the typed seed modules in
 * sanity/seed/. Deterministic: the same sources give the same bytes. Run with `npm run dataset:build`.
 */
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { toNdjson } from '../lib/ndjson'
import { seedDocuments } from '../sanity/seed'
import { withKeys } from '../sanity/seed/lib'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
export const DATASET_PATH = join(root, 'sanity', 'dataset', 'production.ndjson')

export function buildDataset(): string {
  const seen = new Set<string>()
  const docs = seedDocuments().map((doc) => {
    if (seen.has(doc._id)) throw new Error(`Duplicate _id in seed: ${doc._id}`)
    seen.add(doc._id)
    if (doc._id.startsWith('drafts.')) throw new Error(`Seed documents are published only: ${doc._id}`)
    return withKeys(doc, doc._id) as Record<string, unknown>
  })
  docs.sort((a, b) => String(a._id).localeCompare(String(b._id)))
  return toNdjson(docs)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const ndjson = buildDataset()
  writeFileSync(DATASET_PATH, ndjson)
  console.log(`Wrote ${ndjson.trim().split('\n').length} documents to ${DATASET_PATH}`)
}
