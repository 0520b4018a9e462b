import Link from '@/components/Link'
import type { Milestone } from '@/lib/content'
import { dictionary, formatDateRange, type Lang } from '@/lib/i18n'
import { langAttr, NO_TRANSLATIONS, translated, type TranslationMap } from '@/lib/i18n/translate'
import { cityHref, organizationHref } from '@/lib/routes'
import { inDateOrder, machineDate } from './dates'

/** A milestone's words in `lang` where its translation is complete (title, place, description together). */
export const translatedMilestone = (m: Milestone, translations: TranslationMap, lang: Lang) =>
  translated(m, translations, ['title', 'place', 'description'] as const, lang)

/**
 * Dated events as an ordered list, earliest first: each with its date at the precision it is known,
 * where it happened, the people named, the organizations involved (linked) and its sources. In
 * Spanish, each milestone's words come from its translation, or stay in English, marked `lang="en"`;
 * people's roles and the sources' titles are quoted as the sources give them, in English.
 */
export function Timeline({
  milestones,
  labelledBy,
  headingLevel = 3,
  lang,
  translations = NO_TRANSLATIONS,
}: {
  milestones: Milestone[]
  labelledBy: string
  headingLevel?: 3 | 4
  lang: Lang
  translations?: TranslationMap
}) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4'
  const t = dictionary(lang).about
  const english = langAttr('en', lang)
  return (
    <ol aria-labelledby={labelledBy} className="relative ml-1 border-l-2 border-rule">
      {inDateOrder(milestones).map((milestone) => {
        const m = translatedMilestone(milestone, translations, lang)
        const words = langAttr(m.lang, lang)
        return (
          <li key={m._id} className="relative mb-8 pl-5 last:mb-0 sm:pl-7">
            <span aria-hidden="true" className="absolute top-1.5 -left-[7px] h-3 w-3 rounded-full border-2 border-paper bg-navy" />
            <p className="text-sm font-semibold tracking-wide text-accent uppercase">
              <time dateTime={machineDate(m.date, m.datePrecision)}>{formatDateRange(lang, m.date, m.endDate, m.datePrecision)}</time>
            </p>
            <Heading className="mt-1 text-lg leading-snug" {...words}>
              {m.title}
            </Heading>
            {(m.place || m.city) && (
              <p className="mt-1 text-[0.95rem] text-muted">
                {m.city && (
                  <Link href={cityHref(m.city.slug)}>
                    {m.city.name}, {m.city.state}
                  </Link>
                )}
                {m.city && m.place && ' · '}
                {m.place && <span {...words}>{m.place}</span>}
              </p>
            )}
            <p className="mt-2 max-w-[70ch]" {...words}>
              {m.description}
            </p>
            {(m.people.length > 0 || m.organizations.length > 0 || m.sources.length > 0) && (
              <dl className="mt-3 grid max-w-[70ch] gap-2 text-[0.95rem]">
                {m.people.length > 0 && (
                  <div>
                    <dt className="font-semibold">{t.people}</dt>
                    <dd>
                      <ul>
                        {m.people.map((p) => (
                          <li key={p._id}>
                            {p.name}
                            <span className="text-muted">
                              , <span {...english}>{p.role}</span>
                            </span>
                          </li>
                        ))}
                      </ul>
                    </dd>
                  </div>
                )}
                {m.organizations.length > 0 && (
                  <div>
                    <dt className="font-semibold">{t.organizations}</dt>
                    <dd>
                      <ul className="flex flex-wrap gap-x-4">
                        {m.organizations.map((o) => (
                          <li key={o._id}>
                            <Link href={organizationHref(o.slug)} hrefLang={lang === 'en' ? undefined : 'en'} {...english}>
                              {o.name}
                            </Link>
                          </li>
                        ))}
                      </ul>
                    </dd>
                  </div>
                )}
                {m.sources.length > 0 && (
                  <div>
                    <dt className="font-semibold">{t.sources}</dt>
                    <dd>
                      <ul>
                        {m.sources.map((s) => (
                          <li key={s._key}>
                            <a href={s.url} {...english}>
                              {s.title}
                            </a>
                            {s.publisher && <span className="text-muted"> ({s.publisher})</span>}
                          </li>
                        ))}
                      </ul>
                    </dd>
                  </div>
                )}
              </dl>
            )}
          </li>
        )
      })}
    </ol>
  )
}
