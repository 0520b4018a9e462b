import type { SeedDoc } from './lib'

export function grantDocuments(): SeedDoc[] {
  return []
}
