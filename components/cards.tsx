import Link from 'next/link'
import type { PracticeCard as PracticeCardData, StatementCard as StatementCardData } from '@/lib/content'
import { formatDate } from '@/lib/domain/format'
import { cityHref, practiceHref, statementHref } from '@/lib/routes'

function CityLine({ city }: { city: { name: string; state: string; slug: string } }) {
  return (
    <Link href={cityHref(city.slug)} className="text-sm text-muted">
      {city.name}, {city.state}
    </Link>
  )
}

/** A best practice in a list: title, city, summary. */
export function PracticeCard({ practice, headingLevel = 3 }: { practice: PracticeCardData; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="flex h-full flex-col rounded border border-rule bg-white p-5">
      <Heading className="text-lg leading-snug">
        <Link href={practiceHref(practice.slug)}>{practice.title}</Link>
      </Heading>
      <p className="mt-1">
        <CityLine city={practice.city} />
      </p>
      <p className="mt-3 text-[0.95rem]">{practice.summary}</p>
    </article>
  )
}

/** A mayor's statement in a list: city, mayor, date, summary. */
export function StatementCard({ statement, headingLevel = 3 }: { statement: StatementCardData; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="flex h-full flex-col rounded border border-rule bg-white p-5">
      <Heading className="text-lg leading-snug">
        <Link href={statementHref(statement.slug)}>{statement.title}</Link>
      </Heading>
      <p className="mt-1 text-sm text-muted">
        Mayor {statement.mayor.name} · <CityLine city={statement.city} /> ·{' '}
        <time dateTime={statement.date}>{formatDate(statement.date, statement.datePrecision)}</time>
      </p>
      <p className="mt-3 text-[0.95rem]">{statement.summary}</p>
    </article>
  )
}
