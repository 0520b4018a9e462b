import type { Activity } from '@/lib/content'

/** The Center's activities; planned ones carry their status note. */
export function ActivityList({ activities, labelledBy }: { activities: Activity[]; labelledBy: string }) {
  return (
    <ul aria-labelledby={labelledBy} className="grid gap-4 md:grid-cols-2">
      {activities.map((a) => (
        <li key={a._id} className="rounded border border-rule bg-white p-5">
          <h3 className="text-lg leading-snug">{a.title}</h3>
          {a.status === 'planned' && (
            <p className="mt-1 text-sm font-semibold text-planned">Planned, as resources allow</p>
          )}
          <p className="mt-2 text-[0.95rem]">{a.description}</p>
          {a.statusNote && <p className="mt-2 text-sm text-muted">{a.statusNote}</p>}
        </li>
      ))}
    </ul>
  )
}
