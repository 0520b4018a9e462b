import Link from '@/components/Link'
import type { Activity } from '@/lib/content'
import { compactHref } from '@/lib/routes'

/** A group of the Center's activities, each with the Compact components it advances (linked). */
export function ActivityGroup({ activities, labelledBy }: { activities: Activity[]; labelledBy: string }) {
  return (
    <ul aria-labelledby={labelledBy} className="grid gap-4 md:grid-cols-2">
      {activities.map((a) => (
        <li key={a._id} className={`rounded border bg-white p-5 ${a.status === 'planned' ? 'border-planned/40 border-l-4 border-l-planned' : 'border-rule'}`}>
          <h3 className="text-lg leading-snug">{a.title}</h3>
          <p className="mt-2 text-[0.95rem]">{a.description}</p>
          {a.statusNote && <p className="mt-2 text-sm text-muted">{a.statusNote}</p>}
          {a.compactComponents.length > 0 && (
            <>
              <p className="mt-3 text-sm font-semibold">Advances the Compact’s components</p>
              <ul className="mt-1 grid gap-1 text-[0.95rem]">
                {a.compactComponents.map((c) => (
                  <li key={c._id}>
                    <Link href={compactHref(c.number)}>
                      <span className="sr-only">Component </span>
                      {c.number}. {c.shortTitle}
                    </Link>
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
