import Link from 'next/link'
import type { BusinessSupporter, Milestone } from '@/lib/content'
import { formatDateRange } from '@/lib/domain/format'
import { organizationHref } from '@/lib/routes'
import { machineDate } from '@/components/timeline/dates'
import { supportersInTimelineOrder } from './supporters'

/** The companies that support the Center, each with what the timeline says of it. */
export function BusinessSupporters({ supporters, milestones, labelledBy }: { supporters: BusinessSupporter[]; milestones: Milestone[]; labelledBy: string }) {
  return (
    <ul aria-labelledby={labelledBy} className="grid gap-4 md:grid-cols-2">
      {supportersInTimelineOrder(supporters, milestones).map(({ supporter, milestones: named }) => (
        <li key={supporter._id} className="rounded border border-rule bg-white p-5">
          <h3 className="text-lg">
            <Link href={organizationHref(supporter.slug)}>{supporter.name}</Link>
          </h3>
          <p className="mt-2 text-[0.95rem]">{supporter.description}</p>
          {named.length > 0 && (
            <>
              <p className="mt-3 text-sm font-semibold">In the Center’s timeline</p>
              <ul className="mt-1 text-sm text-muted">
                {named.map((m) => (
                  <li key={m._id}>
                    <time dateTime={machineDate(m.date, m.datePrecision)}>{formatDateRange(m.date, m.endDate, m.datePrecision)}</time>: {m.title}
                  </li>
                ))}
              </ul>
            </>
          )}
        </li>
      ))}
    </ul>
  )
}
