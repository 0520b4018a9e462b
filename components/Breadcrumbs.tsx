import Link from '@/components/Link'
import { dictionary, localePath, type Lang } from '@/lib/i18n'

export type Crumb = { title: string; href?: string; lang?: Lang }

/** Where the page sits in the site; the last crumb is the current page. */
export function Breadcrumbs({ items, lang }: { items: Crumb[]; lang: Lang }) {
  const t = dictionary(lang)
  const all: Crumb[] = [{ title: t.chrome.home, href: localePath(lang, '/') }, ...items]
  return (
    <nav aria-label={t.chrome.breadcrumb} className="no-print mb-4 text-sm">
      <ol className="flex flex-wrap gap-x-2 text-muted">
        {all.map((crumb, i) => {
          const last = i === all.length - 1
          return (
            <li key={`${crumb.title}-${i}`} className="flex gap-x-2">
              {last || !crumb.href ? (
                <span aria-current={last ? 'page' : undefined} lang={crumb.lang && crumb.lang !== lang ? crumb.lang : undefined}>
                  {crumb.title}
                </span>
              ) : (
                <>
                  {/* 24 px tall: when the trail wraps, a link's row is not within 24 px of the next (WCAG 2.5.8). */}
                  <Link href={crumb.href} lang={crumb.lang && crumb.lang !== lang ? crumb.lang : undefined} className="inline-block py-0.5">
                    {crumb.title}
                  </Link>
                  <span aria-hidden="true">/</span>
                </>
              )}
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
