import Link from '@/components/Link'
import { FINDER_WORDS } from '@/lib/i18n/finder'
import { formatNumber } from '@/lib/i18n/format'
import type { Lang } from '@/lib/i18n/locales'
import { finderHref, withPage, type FinderState } from '@/lib/search/url'

/** Page numbers to show: the first, the last, and two either side of the current page. */
export function pageWindow(page: number, pageCount: number): (number | null)[] {
  const wanted = new Set([1, pageCount, page - 2, page - 1, page, page + 1, page + 2].filter((n) => n >= 1 && n <= pageCount))
  const sorted = [...wanted].sort((a, b) => a - b)
  const out: (number | null)[] = []
  sorted.forEach((n, i) => {
    if (i > 0 && n - sorted[i - 1]! > 1) out.push(null)
    out.push(n)
  })
  return out
}

const itemClass = 'inline-flex min-h-11 min-w-11 items-center justify-center rounded border px-3'
const linkClass = `${itemClass} border-rule bg-white`
/** The current page: its own colours, not the link's overridden (white on white when both set a background). */
const currentClass = `${itemClass} border-navy bg-navy font-semibold text-white`

/** Links to the other pages of results (plain links: they work without JavaScript). */
export function Pagination({
  state,
  page,
  pageCount,
  path,
  lang = 'en',
}: {
  state: FinderState
  page: number
  pageCount: number
  path: string
  lang?: Lang
}) {
  if (pageCount <= 1) return null
  const t = FINDER_WORDS[lang].pagination
  const href = (n: number) => `${finderHref(withPage(state, n), path)}#results`
  return (
    <nav aria-label={t.label} className="mt-8">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 && (
          <li>
            <Link href={href(page - 1)} className={linkClass}>
              {t.previous}
              <span className="sr-only">{t.page}</span>
            </Link>
          </li>
        )}
        {pageWindow(page, pageCount).map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={n}>
              {n === page ? (
                <span aria-current="page" className={currentClass}>
                  <span className="sr-only">{t.pageSr}</span>
                  {formatNumber(lang, n)}
                </span>
              ) : (
                <Link href={href(n)} className={linkClass}>
                  <span className="sr-only">{t.pageSr}</span>
                  {formatNumber(lang, n)}
                </Link>
              )}
            </li>
          ),
        )}
        {page < pageCount && (
          <li>
            <Link href={href(page + 1)} className={linkClass}>
              {t.next}
              <span className="sr-only">{t.page}</span>
            </Link>
          </li>
        )}
      </ul>
    </nav>
  )
}
