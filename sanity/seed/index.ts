import type { SeedDoc } from './lib'
import { centerDocuments } from './center'
import { resourceDocuments } from './resources'
import { cityDocuments } from './cities'
import { grantDocuments } from './grants'
import { indicatorDocuments } from './indicators'
import { statementDocuments } from './statements'
import { translationDocuments } from './translations'
import { videoDocuments } from './videos'

/**
 * Every document of the Center's dataset, from the seed modules. Each module's header names where its
 * facts come from: `facts/<name>.yaml` is one of the Center's fact files and `seed 00N` (or `seeds/`)
 * one of its source documents. Both are kept with the project's research, not in this repository
 * (docs/content.md, "What the content may say"); every fact carries its own citable source in the dataset.
 */
export function seedDocuments(): SeedDoc[] {
  const english = [
    ...centerDocuments(),
    ...resourceDocuments(),
    ...cityDocuments(),
    ...grantDocuments(),
    ...statementDocuments(),
    ...indicatorDocuments(),
    ...videoDocuments(),
  ]
  return [...english, ...translationDocuments(new Map(english.map((doc) => [doc._id, doc])))]
}
