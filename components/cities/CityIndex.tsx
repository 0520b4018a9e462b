import Link from '@/components/Link'
import type { CitySummary } from '@/lib/content'
import { formatCount, formatNumber } from '@/lib/i18n/format'
import { stateName } from '@/lib/domain/states'
import { cityHref } from '@/lib/routes'

function counts(c: CitySummary): string {
  const parts: string[] = []
  if (c.practiceCount) parts.push(formatCount('en', c.practiceCount, { one: 'best practice', other: 'best practices' }))
  if (c.statementCount) parts.push(formatCount('en', c.statementCount, { one: 'statement', other: 'statements' }))
  if (c.awardCount) parts.push(formatCount('en', c.awardCount, { one: 'grant award', other: 'grant awards' }))
  return parts.join(' · ')
}

/** Every city, grouped by state (states A–Z, cities A–Z within each). */
export function CityIndex({ cities }: { cities: CitySummary[] }) {
  const byState = new Map<string, CitySummary[]>()
  for (const city of cities) byState.set(city.state, [...(byState.get(city.state) ?? []), city])
  const states = [...byState.keys()].sort((a, b) => stateName(a).localeCompare(stateName(b)))
  return (
    <>
      <nav aria-label="States" className="no-print mb-8">
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-[0.95rem]">
          {states.map((s) => (
            <li key={s}>
              <a href={`#state-${s.toLowerCase()}`}>{stateName(s)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="grid gap-x-8 gap-y-8 md:grid-cols-2 lg:grid-cols-3">
        {states.map((s) => {
          const list = [...(byState.get(s) ?? [])].sort((a, b) => a.name.localeCompare(b.name))
          return (
            <section key={s} aria-labelledby={`state-${s.toLowerCase()}`}>
              <h2 id={`state-${s.toLowerCase()}`} className="scroll-mt-4 border-b border-rule pb-1 text-xl">
                {stateName(s)}
              </h2>
              <ul className="mt-3 space-y-3">
                {list.map((c) => {
                  const line = counts(c)
                  return (
                    <li key={c._id}>
                      <Link href={cityHref(c.slug)} className="font-semibold">
                        {c.name}
                      </Link>
                      <span className="block text-sm text-muted">
                        {c.population != null && `Population ${formatNumber('en', c.population)}`}
                        {c.population != null && line && ' · '}
                        {line}
                      </span>
                    </li>
                  )
                })}
              </ul>
            </section>
          )
        })}
      </div>
    </>
  )
}
