import type { SeedDoc } from './lib'

export function resourceDocuments(): SeedDoc[] {
  return []
}
