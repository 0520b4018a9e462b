import type { Activity } from '@/lib/content'
import type { Lang } from '@/lib/i18n/locales'
import { langAttr } from '@/lib/i18n/translate'

const PLANNED: Record<Lang, string> = { en: 'Planned, as resources allow', es: 'Prevista, según lo permitan los recursos' }

/** The Center's activities; planned ones carry their status note. */
export function ActivityList({
  activities,
  labelledBy,
  lang,
}: {
  activities: (Activity & { lang?: Lang })[]
  labelledBy: string
  lang: Lang
}) {
  return (
    <ul aria-labelledby={labelledBy} className="grid gap-4 md:grid-cols-2">
      {activities.map((a) => (
        <li key={a._id} className="rounded border border-rule bg-white p-5">
          <h3 className="text-lg leading-snug" {...langAttr(a.lang ?? lang, lang)}>
            {a.title}
          </h3>
          {a.status === 'planned' && (
            <p className="mt-1 text-sm font-semibold text-planned">{PLANNED[lang]}</p>
          )}
          <p className="mt-2 text-[0.95rem]" {...langAttr(a.lang ?? lang, lang)}>
            {a.description}
          </p>
          {a.statusNote && (
            <p className="mt-2 text-sm text-muted" {...langAttr(a.lang ?? lang, lang)}>
              {a.statusNote}
            </p>
          )}
        </li>
      ))}
    </ul>
  )
}
