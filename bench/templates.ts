/** The bench's list of pages, from the table of pages (lib/pages.ts); tests/unit/pages.test.ts checks it. */
import { localePath } from '../lib/i18n/locales'
import { PAGES, type PageRow } from '../lib/pages'
import { inQuickRun } from './budgets'

/** For each detail page of the table without a `sample` (its pattern: '/cities/:slug'), an address of it (the first in the sitemap). */
export type DetailSamples = Record<string, string>

/**
 * Every public page of the table (lib/pages.ts), one address each (a detail page: its `sample`, or
 * the first of its kind in the sitemap), English and, for those that have one, Spanish; and the
 * submission's confirmation (not indexed: SEO is no budget there, see NOT_INDEXED). A quick run
 * measures one page of each kind (QUICK_TEMPLATES, bench/budgets.ts). Not here: the 404 page and the finder's
 * result pages (a query in the address; the finder itself is measured).
 */
export function publicTemplates(samples: DetailSamples, quick: boolean): [string, string][] {
  const address = (row: PageRow) => row.sample ?? (row.path.includes(':') ? samples[row.path]! : row.path)
  const all: [string, string][] = [
    ...PAGES.map((row): [string, string] => [row.bench, address(row)]),
    ...PAGES.filter((row) => row.spanish).map((row): [string, string] => [`${row.bench} (es)`, localePath('es', address(row))]),
  ]
  return all.filter(([template]) => !quick || inQuickRun(template))
}

