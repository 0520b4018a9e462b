/** The datasets the query tests run on: the small fixture and the Center's real dataset. */
import type { SanityDocument } from '@/lib/content/source-embedded'
import { fixtureDocuments } from './content-fixture'
import { loadDatasetFile } from './dataset'

export interface NamedDataset {
  name: string
  documents: SanityDocument[]
}

export const FIXTURE: NamedDataset = { name: 'fixture', documents: fixtureDocuments() }
export const PRODUCTION: NamedDataset = { name: 'production', documents: loadDatasetFile() }
export const DATASETS = [FIXTURE, PRODUCTION]

/** Every `_id` anywhere in a value (results keep `_id` on every document projection). */
export function collectIds(value: unknown, ids: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => collectIds(item, ids))
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === '_id' && typeof child === 'string') ids.push(child)
      else collectIds(child, ids)
    }
  }
  return ids
}
