import Link from '@/components/Link'
import type { GrantAward } from '@/lib/content'
import { formatUsd } from '@/lib/i18n/format'
import { AWARD_LEVELS, GRANT_TIERS, titleOf } from '@/lib/domain/vocabulary'
import { cityHref, grantRoundHref, practiceHref } from '@/lib/routes'

/** "Large city", "Mid-size city", "Small city": the tier's title without its population range. */
export function tierLabel(tier: string): string {
  return titleOf(GRANT_TIERS, tier).split(' (')[0] ?? tier
}

/**
 * One grant award: winner or honorable mention, the city's tier, the program (linked to its best
 * practice when that is published), the amount when a source states it, and notes.
 * - `grants`: on the Grants page, under its round's heading: the city, the program and its summary.
 * - `city`: on a city's page: the round, the program; the summary only when no practice page has it.
 * - `practice`: on the practice's own page: the round, mayor, amount and note (the page is the program).
 */
export function AwardItem({ award, context = 'grants' }: { award: GrantAward; context?: 'grants' | 'city' | 'practice' }) {
  const a = award
  const level = titleOf(AWARD_LEVELS, a.level)
  const showProgram = context !== 'practice'
  const showSummary = context === 'grants' || (context === 'city' && !a.practiceSlug)
  return (
    <article className="h-full rounded border border-rule bg-white p-5">
      <p className="text-sm font-semibold uppercase tracking-wider text-accent">
        {level}
        {a.tier && ` · ${tierLabel(a.tier)}`}
      </p>
      {context !== 'grants' && (
        <p className="mt-1">
          <Link href={grantRoundHref(a.round.year)}>
            {a.round.year} round of the {a.round.programName}
          </Link>
        </p>
      )}
      {context === 'grants' && (
        <p className="mt-1 font-serif text-lg font-semibold leading-snug">
          <Link href={cityHref(a.city.slug)}>
            {a.city.name}, {a.city.state}
          </Link>
        </p>
      )}
      {a.mayor && <p className="text-sm text-muted">Mayor when the award was made: {a.mayor.name}</p>}
      {showProgram && (
        <p className="mt-2">
          {a.programName ? (
            a.practiceSlug ? (
              <Link href={practiceHref(a.practiceSlug)} className="font-semibold">
                {a.programName}
              </Link>
            ) : (
              <span className="font-semibold">{a.programName}</span>
            )
          ) : (
            <span className="text-muted">Program name not stated.</span>
          )}
        </p>
      )}
      {a.amount != null && (
        <p className="mt-1">
          Amount: <span className="font-semibold">{formatUsd('en', a.amount)}</span>
        </p>
      )}
      {showSummary && a.summary && <p className="mt-2 text-[0.95rem]">{a.summary}</p>}
      {a.note && <p className="mt-2 text-sm text-muted">{a.note}</p>}
    </article>
  )
}
