import type { SeedDoc } from './lib'
import { centerDocuments } from './center'
import { resourceDocuments } from './resources'
import { cityDocuments } from './cities'
import { grantDocuments } from './grants'
import { indicatorDocuments } from './indicators'
import { statementDocuments } from './statements'
import { videoDocuments } from './videos'

/** Every document of the Center's dataset, from the seed modules. */
export function seedDocuments(): SeedDoc[] {
  return [
    ...centerDocuments(),
    ...resourceDocuments(),
    ...cityDocuments(),
    ...grantDocuments(),
    ...statementDocuments(),
    ...indicatorDocuments(),
    ...videoDocuments(),
  ]
}
