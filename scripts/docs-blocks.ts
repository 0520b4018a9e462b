/**
 * Parts of the docs that are generated from the code, never copied by hand. A block sits between
 *
 *   <!-- generated:NAME -->
 *   …
 *   <!-- /generated:NAME -->
 *
 * and `npm run docs:generate` rewrites each block from its generator below;
 * `tests/unit/docs-generated.test.ts` fails while a committed block differs from what it generates.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Results } from '../bench/budgets'
import { floorBlock } from '../bench/report'
import { searchBlock, synthBuildBlock, ttfbBlock, type FigureResults } from './docs-figures'
import { DOCUMENT_TYPES } from '../lib/content/tags'
import { SANITY_API_VERSION } from '../lib/public-env'

/** The generators, by block name: each returns the block's Markdown. */
export const GENERATORS: Record<string, () => string> = {
  // The revalidation webhook's settings in Sanity. The filter names every document type the site
  // tags, so every publish revalidates; the API version is the one the site's queries are pinned to.
  'webhook-settings': () =>
    [
      '| Field | Value |',
      '| --- | --- |',
      '| URL | `https://<site>/api/revalidate` |',
      "| Dataset | the site's dataset (`SANITY_DATASET`, e.g. `production`) |",
      '| Trigger on | Create, Update, Delete |',
      `| Filter | \`_type in [${DOCUMENT_TYPES.map((type) => JSON.stringify(type)).join(', ')}]\` |`,
      '| Projection | `{_id, _type, "slug": slug.current}` |',
      '| Status | enabled |',
      '| HTTP method | POST |',
      '| HTTP headers | none |',
      `| API version | \`v${SANITY_API_VERSION}\` (the version the site's queries are pinned to) |`,
      '| Drafts / Versions | off (drafts never reach the public site; the site ignores them anyway) |',
      '| Secret | a long random string, also set as `SANITY_REVALIDATE_SECRET` on the site |',
    ].join('\n'),
  // The bench's Lighthouse figures, A (the floor), B (without scripts) and C (each template) side by
  // side, from the committed results (bench/report.ts): regenerated after every run of the bench.
  'bench-floor': () => floorBlock(benchResults() as unknown as Results),
  // The figures of docs/caching.md and docs/finder.md, from the same results (scripts/docs-figures.ts).
  ttfb: () => ttfbBlock(benchResults()),
  search: () => searchBlock(benchResults()),
  'synth-build': () => synthBuildBlock(benchResults()),
}

/** The committed bench/results.json. */
function benchResults(): FigureResults & Record<string, unknown> {
  return JSON.parse(readFileSync(join(__dirname, '..', 'bench', 'results.json'), 'utf8')) as FigureResults & Record<string, unknown>
}

/** The files that hold generated blocks. */
export const DOCS_WITH_BLOCKS = ['docs/caching.md', 'docs/finder.md', 'bench/README.md'] as const

const BLOCK = /(<!-- generated:([a-z-]+) -->\n)([\s\S]*?)(\n<!-- \/generated:\2 -->)/g

/** The text with every block rewritten; throws on a block no generator knows. */
export function regenerate(markdown: string): string {
  return markdown.replace(BLOCK, (_all, open: string, name: string, _body: string, close: string) => {
    const generate = GENERATORS[name]
    if (!generate) throw new Error(`docs: no generator for the block "${name}"`)
    return `${open}${generate()}${close}`
  })
}

/** The names of the blocks a text holds. */
export function blockNames(markdown: string): string[] {
  return [...markdown.matchAll(BLOCK)].map((match) => match[2]!)
}

if (process.argv[1] && /docs-blocks\.ts$/.test(process.argv[1])) {
  for (const file of DOCS_WITH_BLOCKS) {
    const before = readFileSync(file, 'utf8')
    const after = regenerate(before)
    if (after !== before) writeFileSync(file, after)
    console.log(`${file}: ${after === before ? 'up to date' : 'rewritten'} (${blockNames(after).join(', ')})`)
  }
}
