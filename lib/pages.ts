/**
 * THE TABLE OF PAGES: every page of the public site, one row each (lib/page-table.json; deploy/recipe.mjs
 * reads the same file, which is why it is JSON). Everything that lists pages derives from it:
 *
 * - which pages have a Spanish version (the language switch, hreflang, links from Spanish pages,
 *   proxy.ts's designed 404 for the Spanish address of an English-only page): `spanish`;
 * - which Spanish pages the sitemap lists (app/sitemap.ts, lib/i18n/sitemap.ts): `spanish` and `sitemap`;
 * - which pages take a form POST (proxy.ts's methods, the nginx recipe's uncached locations): `post`;
 * - which pages shared caches may keep (lib/cache-headers.ts): `shared`;
 * - the bench's templates (bench/run.ts) and the tests' lists of pages: `bench`, `sample`.
 *
 * Adding a page: one row here and its route in app/[lang]/ over a view (docs/architecture.md).
 * tests/unit/pages.test.ts checks that every derived list agrees with the table and that every row
 * has its route file.
 */
import table from './page-table.json'

/**
 * A page's row. `path` is its English address; a detail page names its parameter (`:slug`,
 * `:number`), whose form is in PARAM_PATTERNS.
 */
export interface PageRow {
  path: string
  /**
   * Whether it has a Spanish version at /es + path, and what its Spanish words come from: the
   * dictionaries ('dictionary': always translated, listed in the sitemap in Spanish), or a document's
   * translation ('document': the page exists in Spanish, with English where a translation is missing,
   * and the sitemap lists it in Spanish only when the document's lead is translated). false: English
   * only; /es + path is the designed 404 in Spanish.
   */
  spanish: false | 'dictionary' | 'document'
  /** Takes a form POST (its Server Action, which works without JavaScript). */
  post: boolean
  /**
   * Rendered per request from its address alone (no cookie, no header): shared caches may keep it for
   * a minute (lib/cache-headers.ts). A page that starts reading cookies or headers must say false.
   */
  shared: boolean
  /** Its sitemap entry: the page itself, one entry per document (a detail page), or none. */
  sitemap: 'page' | 'documents' | false
  /** Its template's name in the bench (bench/run.ts). */
  bench: string
  /** An address of a detail page the bench and the tests can ask without reading the sitemap. */
  sample?: string
}

export const PAGES: readonly PageRow[] = table.pages as PageRow[]

/** The form of each detail page's parameter: the Compact has at most 99 components, slugs are one segment. */
export const PARAM_PATTERNS: Record<string, string> = {
  number: '[1-9]\\d?',
  slug: '[^/]+',
}

function rowPattern(row: PageRow): RegExp {
  const source = row.path
    .split('/')
    .map((segment) => (segment.startsWith(':') ? `(?:${PARAM_PATTERNS[segment.slice(1)] ?? '[^/]+'})` : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/')
  return new RegExp(`^${source}$`)
}

const PATTERNS = PAGES.map((row) => ({ row, pattern: rowPattern(row) }))

/** The row of an English path (its query and fragment ignored), or null when no page has that address. */
export function pageOf(path: string): PageRow | null {
  const bare = (path.split(/[?#]/)[0] ?? path) || '/'
  return PATTERNS.find(({ pattern }) => pattern.test(bare))?.row ?? null
}

/** Whether the page at an English path has a Spanish version. */
export function hasSpanishVersion(path: string): boolean {
  return Boolean(pageOf(path)?.spanish)
}

/** The pages of one address each (no parameter). */
export const FIXED_PAGES: readonly PageRow[] = PAGES.filter((row) => !row.path.includes(':'))
