import Link from '@/components/Link'
import type { BusinessSupporter, Milestone } from '@/lib/content'
import { dictionary, formatDateRange, type Lang } from '@/lib/i18n'
import { langAttr, NO_TRANSLATIONS, translated, type TranslationMap } from '@/lib/i18n/translate'
import { organizationHref } from '@/lib/routes'
import { machineDate } from '@/components/timeline/dates'
import { translatedMilestone } from '@/components/timeline/Timeline'
import { supportersInTimelineOrder } from './supporters'

/**
 * The companies that support the Center, each with what the timeline says of it; in Spanish, with
 * their descriptions and the milestones' titles from their translations (English, marked, where none).
 */
export function BusinessSupporters({
  supporters,
  milestones,
  labelledBy,
  lang,
  translations = NO_TRANSLATIONS,
}: {
  supporters: BusinessSupporter[]
  milestones: Milestone[]
  labelledBy: string
  lang: Lang
  translations?: TranslationMap
}) {
  const t = dictionary(lang).about
  const shown = supporters.map((s) => translated(s, translations, ['description'] as const, lang))
  const titled = milestones.map((m) => translatedMilestone(m, translations, lang))
  return (
    <ul aria-labelledby={labelledBy} className="grid gap-4 md:grid-cols-2">
      {supportersInTimelineOrder(shown, titled).map(({ supporter, milestones: named }) => (
        <li key={supporter._id} className="rounded border border-rule bg-white p-5">
          <h3 className="text-lg">
            <Link href={organizationHref(supporter.slug)} hrefLang={lang === 'en' ? undefined : 'en'}>
              {supporter.name}
            </Link>
          </h3>
          <p className="mt-2 text-[0.95rem]" {...langAttr(supporter.lang, lang)}>
            {supporter.description}
          </p>
          {named.length > 0 && (
            <>
              <p className="mt-3 text-sm font-semibold">{t.inTimeline}</p>
              <ul className="mt-1 text-sm text-muted">
                {named.map((m) => (
                  <li key={m._id}>
                    <time dateTime={machineDate(m.date, m.datePrecision)}>{formatDateRange(lang, m.date, m.endDate, m.datePrecision)}</time>:{' '}
                    <span {...langAttr(m.lang, lang)}>{m.title}</span>
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
