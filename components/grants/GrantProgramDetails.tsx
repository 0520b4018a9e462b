import Link from '@/components/Link'
import type { GrantProgram } from '@/lib/content'
import { formatDate, formatUsd } from '@/lib/i18n/format'
import { organizationHref } from '@/lib/routes'
import { tierLabel } from './AwardItem'

/** The program itself: its names over the years, purpose, partner, announcement, funding, judges, practices. */
export function GrantProgramDetails({ program }: { program: GrantProgram }) {
  return (
    <section aria-labelledby="program-heading" className="mt-12">
      <h2 id="program-heading" className="text-2xl">
        The program
      </h2>
      <dl className="mt-5 max-w-[70ch] space-y-5">
        <div>
          <dt className="font-semibold">Names over the years</dt>
          <dd>
            <ul className="mt-1 list-disc space-y-1 pl-6">
              {program.names.map((n) => (
                <li key={n._key}>
                  {n.name} <span className="text-muted">({n.years})</span>
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt className="font-semibold">Purpose</dt>
          <dd>{program.purpose}</dd>
        </div>
        <div>
          <dt className="font-semibold">Partner</dt>
          <dd>
            <Link href={organizationHref(program.partner.slug)}>{program.partner.name}</Link>
          </dd>
        </div>
        <div>
          <dt className="font-semibold">Announced</dt>
          <dd>
            <time dateTime={program.announcedOn}>{formatDate('en', program.announcedOn)}</time>
            {program.announcedAt && `, ${program.announcedAt}`}
            {program.announcedBy && `, by ${program.announcedBy.name}, ${program.announcedBy.role}`}
          </dd>
        </div>
        {program.funding.length > 0 && (
          <div>
            <dt className="font-semibold">Funding</dt>
            <dd>
              <ul className="mt-1 list-disc space-y-1 pl-6">
                {program.funding.map((f) => (
                  <li key={f}>{f}</li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {program.judges && (
          <div>
            <dt className="font-semibold">Judges</dt>
            <dd>{program.judges}</dd>
          </div>
        )}
        {program.eligiblePractices.length > 0 && (
          <div>
            <dt className="font-semibold">Practices eligible</dt>
            <dd>
              <ul className="mt-1 list-disc space-y-1 pl-6">
                {program.eligiblePractices.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {program.sharing && (
          <div>
            <dt className="font-semibold">Sharing what cities sent in</dt>
            <dd>{program.sharing}</dd>
          </div>
        )}
      </dl>
    </section>
  )
}

/** The three population tiers and their award amounts, as a table that scrolls inside itself when narrow. */
export function GrantTiers({ tiers }: { tiers: GrantProgram['tiers'] }) {
  if (tiers.length === 0) return null
  return (
    <section aria-labelledby="tiers-heading" className="mt-12">
      <h2 id="tiers-heading" className="text-2xl">
        Three population tiers
      </h2>
      <p className="mt-2 max-w-[70ch] text-muted">Each year one city in each tier wins a grant. The amounts are those the sources state; the notes below say where sources differ.</p>
      <div role="region" aria-labelledby="tiers-caption" tabIndex={0} className="mt-5 max-w-[48rem] overflow-x-auto rounded border border-rule bg-white">
        <table className="w-full border-collapse text-left text-[0.95rem]">
          <caption id="tiers-caption" className="sr-only">
            Grant amounts by city population tier
          </caption>
          <thead className="bg-panel">
            <tr>
              <th scope="col" className="p-3 font-semibold">
                Tier
              </th>
              <th scope="col" className="p-3 font-semibold">
                Population
              </th>
              <th scope="col" className="p-3 font-semibold">
                Amount
              </th>
            </tr>
          </thead>
          <tbody>
            {tiers.map((t) => (
              <tr key={t._key} className="border-t border-rule align-top">
                <th scope="row" className="p-3 font-semibold">
                  {tierLabel(t.tier)}
                </th>
                <td className="p-3">{t.population}</td>
                <td className="p-3">{t.amount != null ? formatUsd('en', t.amount) : 'Not stated'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {tiers.some((t) => t.note) && (
        <>
          <h3 className="mt-6 text-lg font-semibold">Notes on the tiers</h3>
          <ul className="mt-2 max-w-[70ch] list-disc space-y-2 pl-6 text-[0.95rem]">
            {tiers
              .filter((t) => t.note)
              .map((t) => (
                <li key={t._key}>
                  <span className="font-semibold">{tierLabel(t.tier)}:</span> {t.note}
                </li>
              ))}
          </ul>
        </>
      )}
    </section>
  )
}
