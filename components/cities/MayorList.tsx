import type { CityPage } from '@/lib/content'

type City = NonNullable<CityPage>
type Term = City['mayors'][number]

/** What to show of a term's period: "later" only says the term followed the others, which the order shows. */
function periodText(term: Term): string | null {
  const period = term.period?.trim()
  if (!period || period.toLowerCase() === 'later') return null
  return period
}

/** The person's role when it says more than "Mayor of <city>, <state>". */
function extraRole(term: Term, city: { name: string; state: string }): string | null {
  const plain = `Mayor of ${city.name}, ${city.state}`
  const role = term.person.role.trim()
  if (role === plain) return null
  return role.startsWith(`${plain}; `) ? role.slice(plain.length + 2) : role
}

/** The city's mayors as the Center's sources name them, most recent first, with their periods. */
export function MayorList({ mayors, city }: { mayors: Term[]; city: { name: string; state: string } }) {
  if (mayors.length === 0) return <p className="text-muted">No mayor is named in the Center’s sources yet.</p>
  const sorted = [...mayors].sort((a, b) => Number(b.isCurrent) - Number(a.isCurrent))
  return (
    <ol className="divide-y divide-rule rounded border border-rule bg-white">
      {sorted.map((m) => {
        const period = periodText(m)
        const extra = extraRole(m, city)
        return (
          <li key={m._key} className="px-4 py-3">
            <span className="font-semibold">Mayor {m.person.name}</span>
            {m.isCurrent && <span className="text-accent"> · most recent on record</span>}
            {period && <span className="text-muted"> · {period}</span>}
            {extra && <span className="block text-sm text-muted">{extra}</span>}
            {m.sourceUrl && (
              <span className="block text-sm">
                <a href={m.sourceUrl}>
                  Source<span className="sr-only"> on Mayor {m.person.name}</span>
                </a>
              </span>
            )}
          </li>
        )
      })}
    </ol>
  )
}
