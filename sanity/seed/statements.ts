import type { SeedDoc } from './lib'

export function statementDocuments(): SeedDoc[] {
  return []
}
