import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseNdjson } from '../../lib/ndjson'

export type Doc = { _id: string; _type: string } & Record<string, unknown>

export const DATASET_FILE = join(__dirname, '..', '..', 'sanity', 'dataset', 'production.ndjson')

export function loadDatasetFile(file = DATASET_FILE): Doc[] {
  return parseNdjson<Doc>(readFileSync(file, 'utf8'), file)
}

/** Every `_ref` anywhere inside a value, with the path where it stands. */
export function collectReferences(value: unknown, path = ''): { ref: string; path: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => collectReferences(item, `${path}[${i}]`))
  if (value && typeof value === 'object') {
    const refs: { ref: string; path: string }[] = []
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      if (key === '_ref' && typeof child === 'string') refs.push({ ref: child, path })
      else refs.push(...collectReferences(child, path ? `${path}.${key}` : key))
    }
    return refs
  }
  return []
}
