import type { SeedDoc } from './lib'

export function cityDocuments(): SeedDoc[] {
  return []
}
