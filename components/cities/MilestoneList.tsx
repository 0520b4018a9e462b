import Link from '@/components/Link'
import type { Milestone } from '@/lib/content'
import { formatDateRange } from '@/lib/i18n/format'
import { organizationHref } from '@/lib/routes'
import { LinkList } from '@/components/practice/LinkList'

/** Milestones in the Center's history, oldest first, each with its date, place, people and sources. */
export function MilestoneList({ milestones }: { milestones: Milestone[] }) {
  return (
    <ol className="space-y-4">
      {milestones.map((m) => (
        <li key={m._id} className="rounded border border-rule bg-white p-5">
          <p className="text-sm font-semibold text-accent">
            <time dateTime={m.date}>{formatDateRange('en', m.date, m.endDate, m.datePrecision)}</time>
            {m.place && ` · ${m.place}`}
          </p>
          <h3 className="mt-1 text-lg leading-snug">{m.title}</h3>
          <p className="mt-2 max-w-[70ch] text-[0.95rem]">{m.description}</p>
          {m.organizations.length > 0 && (
            <p className="mt-2 text-sm text-muted">
              Organizations:{' '}
              {m.organizations.map((o, i) => (
                <span key={o._id}>
                  {i > 0 && ', '}
                  <Link href={organizationHref(o.slug)}>{o.name}</Link>
                </span>
              ))}
            </p>
          )}
          {m.sources.length > 0 && (
            <details className="mt-2 text-sm">
              <summary className="cursor-pointer text-muted">Sources</summary>
              <LinkList links={m.sources} className="mt-1" />
            </details>
          )}
        </li>
      ))}
    </ol>
  )
}
