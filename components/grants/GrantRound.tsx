import type { GrantRound as GrantRoundData } from '@/lib/content'
import { formatDate, formatUsd } from '@/lib/i18n/format'
import { grantRoundAnchor } from '@/lib/routes'
import { CardGrid } from '@/components/CardGrid'
import { LinkList } from '@/components/practice/LinkList'
import { AwardItem } from './AwardItem'

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']

export function roundTitle(round: { year: number; roundNumber: number }): string {
  const ordinal = ORDINALS[round.roundNumber - 1]
  return ordinal ? `${round.year}: the ${ordinal} round` : `${round.year}: round ${round.roundNumber}`
}

/** One award round: when and where it was announced, what was awarded, its awards and notes. */
export function GrantRoundSection({ round }: { round: GrantRoundData }) {
  const anchor = grantRoundAnchor(round.year)
  const winners = round.awards.filter((a) => a.level === 'winner')
  const mentions = round.awards.filter((a) => a.level !== 'winner')
  return (
    <section aria-labelledby={anchor} className="mt-10 border-t border-rule pt-8">
      <h3 id={anchor} className="scroll-mt-4 text-xl font-semibold">
        {roundTitle(round)}
      </h3>
      <p className="mt-1 text-muted">{round.programName}</p>
      <dl className="mt-4 grid gap-x-8 gap-y-2 sm:grid-cols-[max-content_1fr]">
        {round.announcedOn && (
          <>
            <dt className="font-semibold">Announced</dt>
            <dd>
              <time dateTime={round.announcedOn}>{formatDate('en', round.announcedOn, round.announcedPrecision ?? 'day')}</time>
              {round.announcedAt && `, ${round.announcedAt}`}
            </dd>
          </>
        )}
        {round.totalAwarded != null && (
          <>
            <dt className="font-semibold">Awarded in all</dt>
            <dd>{formatUsd('en', round.totalAwarded)}</dd>
          </>
        )}
        {round.applicants != null && (
          <>
            <dt className="font-semibold">Cities that applied</dt>
            <dd>{round.applicants}</dd>
          </>
        )}
      </dl>

      <h4 className="mt-6 font-serif text-lg font-semibold text-navy-deep">Winners</h4>
      {winners.length > 0 ? (
        <CardGrid items={winners} className="mt-3 md:grid-cols-2 lg:grid-cols-3">
          {(a) => <AwardItem award={a} />}
        </CardGrid>
      ) : (
        <p className="mt-2 text-muted">No winners are recorded for this round.</p>
      )}

      {mentions.length > 0 && (
        <>
          <h4 className="mt-6 font-serif text-lg font-semibold text-navy-deep">Honorable mentions</h4>
          <CardGrid items={mentions} className="mt-3 md:grid-cols-2 lg:grid-cols-3">
            {(a) => <AwardItem award={a} />}
          </CardGrid>
        </>
      )}

      {round.notes.length > 0 && (
        <>
          <h4 className="mt-6 font-serif text-lg font-semibold text-navy-deep">Notes on this round</h4>
          <ul className="mt-2 max-w-[70ch] list-disc space-y-1 pl-6 text-[0.95rem]">
            {round.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </>
      )}
      {round.sources.length > 0 && (
        <>
          <h4 className="mt-6 font-serif text-lg font-semibold text-navy-deep">Sources</h4>
          <LinkList links={round.sources} className="mt-2 text-[0.95rem]" />
        </>
      )}
    </section>
  )
}
