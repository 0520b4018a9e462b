import Link from 'next/link'
import type { PracticeCard } from '@/lib/content'
import { machineDate } from '@/components/timeline/dates'
import { formatDate } from '@/lib/domain/format'
import { cityHref, compactHref, practiceHref } from '@/lib/routes'
import { stateName } from '@/lib/domain/states'

/**
 * The published practices, by city A–Z, each with its city, summary, the Compact components it
 * advances, and when it started and was published.
 */
export function PracticeList({ practices, labelledBy }: { practices: PracticeCard[]; labelledBy: string }) {
  const sorted = [...practices].sort(
    (a, b) =>
      a.city.name.localeCompare(b.city.name) ||
      a.city.state.localeCompare(b.city.state) ||
      a.title.localeCompare(b.title),
  )
  return (
    <ul aria-labelledby={labelledBy} className="grid gap-4 md:grid-cols-2">
      {sorted.map((p) => (
        <li key={p._id}>
          <article className="flex h-full flex-col rounded border border-rule bg-white p-5">
            <p className="text-sm text-muted">
              <Link href={cityHref(p.city.slug)} className="text-muted">
                {p.city.name}, {stateName(p.city.state)}
              </Link>
            </p>
            <h3 className="mt-1 text-lg leading-snug">
              <Link href={practiceHref(p.slug)}>{p.title}</Link>
            </h3>
            <p className="mt-2 text-[0.95rem]">{p.summary}</p>
            {p.compactComponents.length > 0 && (
              <p className="mt-3 text-sm text-muted">
                Advances Compact{' '}
                {p.compactComponents.length === 1 ? 'component' : 'components'}{' '}
                {p.compactComponents.map((c, i) => (
                  <span key={c._id}>
                    {i > 0 && (i === p.compactComponents.length - 1 ? ' and ' : ', ')}
                    <Link href={compactHref(c.number)} className="text-muted">
                      {c.number}
                      <span className="sr-only">: {c.shortTitle}</span>
                    </Link>
                  </span>
                ))}
              </p>
            )}
            <p className="mt-auto pt-3 text-sm text-muted">
              {p.startedYear != null && <>Started {p.startedYear} · </>}
              Published <time dateTime={machineDate(p.publishedAt, p.publishedPrecision)}>{formatDate(p.publishedAt, p.publishedPrecision)}</time>
            </p>
          </article>
        </li>
      ))}
    </ul>
  )
}
