import type { SeedDoc } from './lib'

export function centerDocuments(): SeedDoc[] {
  return []
}
