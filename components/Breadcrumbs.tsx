import Link from 'next/link'

export type Crumb = { title: string; href?: string }

/** Where the page sits in the site; the last crumb is the current page. */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  const all: Crumb[] = [{ title: 'Home', href: '/' }, ...items]
  return (
    <nav aria-label="Breadcrumb" className="no-print mb-4 text-sm">
      <ol className="flex flex-wrap gap-x-2 text-muted">
        {all.map((crumb, i) => {
          const last = i === all.length - 1
          return (
            <li key={`${crumb.title}-${i}`} className="flex gap-x-2">
              {last || !crumb.href ? (
                <span aria-current={last ? 'page' : undefined}>{crumb.title}</span>
              ) : (
                <>
                  <Link href={crumb.href}>{crumb.title}</Link>
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
