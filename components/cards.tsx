import type { ReactNode } from 'react'
import Link from '@/components/Link'
import type { PracticeCard as PracticeCardData, StatementCard as StatementCardData } from '@/lib/content'
import { dictionary, formatDate, hrefIn, type Lang } from '@/lib/i18n'
import { langAttr } from '@/lib/i18n/translate'
import { cityHref, practiceHref, statementHref } from '@/lib/routes'

type InLang = { lang?: Lang }

/** A link to a page in the page's language where it has one; else to the English page, said with hrefLang. */
function PageLink({ path, lang, children, className }: { path: string; lang: Lang; children: ReactNode; className?: string }) {
  const target = hrefIn(lang, path)
  return (
    <Link href={target.href} hrefLang={target.lang !== lang ? target.lang : undefined} className={className}>
      {children}
    </Link>
  )
}

function CityLine({ city, lang }: { city: { name: string; state: string; slug: string }; lang: Lang }) {
  return (
    <PageLink path={cityHref(city.slug)} lang={lang} className="text-sm text-muted">
      {city.name}, {city.state}
    </PageLink>
  )
}

/** A best practice in a list: title, city, summary. */
export function PracticeCard({ practice, headingLevel = 3, lang }: { practice: PracticeCardData & InLang; headingLevel?: 2 | 3; lang: Lang }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const words = langAttr(practice.lang ?? lang, lang)
  return (
    <article className="flex h-full flex-col rounded border border-rule bg-white p-5">
      <Heading className="text-lg leading-snug" {...words}>
        <PageLink path={practiceHref(practice.slug)} lang={lang}>
          {practice.title}
        </PageLink>
      </Heading>
      <p className="mt-1">
        <CityLine city={practice.city} lang={lang} />
      </p>
      <p className="mt-3 text-[0.95rem]" {...words}>
        {practice.summary}
      </p>
    </article>
  )
}

/** A mayor's statement in a list: city, mayor, date, summary. */
export function StatementCard({ statement, headingLevel = 3, lang }: { statement: StatementCardData & InLang; headingLevel?: 2 | 3; lang: Lang }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const words = langAttr(statement.lang ?? lang, lang)
  return (
    <article className="flex h-full flex-col rounded border border-rule bg-white p-5">
      <Heading className="text-lg leading-snug" {...words}>
        <PageLink path={statementHref(statement.slug)} lang={lang}>
          {statement.title}
        </PageLink>
      </Heading>
      <p className="mt-1 text-sm text-muted">
        {dictionary(lang).statements.mayor} {statement.mayor.name} · <CityLine city={statement.city} lang={lang} />
        {statement.date && (
          <>
            {' · '}
            <time dateTime={statement.date}>{formatDate(lang, statement.date, statement.datePrecision ?? 'day')}</time>
          </>
        )}
      </p>
      <p className="mt-3 text-[0.95rem]" {...words}>
        {statement.summary}
      </p>
    </article>
  )
}
