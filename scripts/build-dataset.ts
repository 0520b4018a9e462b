/**
 * Writes the Center's dataset (sanity/dataset/production.ndjson) from the typed seed modules in
 * sanity/seed/. Deterministic: the same sources give the same bytes. Run with `npm run dataset:build`.
 */
import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { seedDocuments } from '../sanity/seed'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
export const DATASET_PATH = join(root, 'sanity', 'dataset', 'production.ndjson')

/** Gives every object in an array a stable `_key` derived from its document and path. */
function withKeys(value: unknown, path: string): unknown {
  if (Array.isArray(value)) {
    return value.map((item, index) => {
      const next = withKeys(item, `${path}[${index}]`)
      if (next && typeof next === 'object' && !Array.isArray(next) && !('_key' in next)) {
        const key = createHash('sha1').update(`${path}[${index}]`).digest('hex').slice(0, 12)
        return { _key: key, ...(next as Record<string, unknown>) }
      }
      return next
    })
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, withKeys(v, `${path}.${k}`)]),
    )
  }
  return value
}

export function buildDataset(): string {
  const seen = new Set<string>()
  const docs = seedDocuments().map((doc) => {
    if (seen.has(doc._id)) throw new Error(`Duplicate _id in seed: ${doc._id}`)
    seen.add(doc._id)
    if (doc._id.startsWith('drafts.')) throw new Error(`Seed documents are published only: ${doc._id}`)
    return withKeys(doc, doc._id) as Record<string, unknown>
  })
  docs.sort((a, b) => String(a._id).localeCompare(String(b._id)))
  return docs.map((d) => JSON.stringify(d)).join('\n') + '\n'
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const ndjson = buildDataset()
  writeFileSync(DATASET_PATH, ndjson)
  console.log(`Wrote ${ndjson.trim().split('\n').length} documents to ${DATASET_PATH}`)
}
