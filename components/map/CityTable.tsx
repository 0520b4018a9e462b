import Link from '@/components/Link'
import { formatNumber } from '@/lib/i18n/format'
import { stateName } from '@/lib/domain/states'
import { cityHref } from '@/lib/routes'
import type { MapCity } from './geo'

/**
 * The map's cities as a table, for screen readers, keyboards and anyone who prefers a list: name,
 * state, what each has, a link to its page. Cities the map cannot place are marked.
 */
export function CityTable({ cities, unplaced, captionId }: { cities: MapCity[]; unplaced: ReadonlySet<string>; captionId: string }) {
  const rows = [...cities].sort(
    (a, b) => stateName(a.state).localeCompare(stateName(b.state)) || a.name.localeCompare(b.name) || a._id.localeCompare(b._id),
  )
  const th = 'border-b-2 border-navy px-1 py-2 text-left align-bottom text-xs font-semibold sm:whitespace-nowrap sm:px-3 sm:text-sm'
  const num = 'px-1 py-2 text-right align-top tabular-nums sm:px-3'
  return (
    <table aria-labelledby={captionId} className="w-full border-collapse text-[0.95rem]" data-testid="map-table">
      <thead>
        <tr>
          <th scope="col" className={`${th} w-full pl-0 sm:pl-0`}>
            City
          </th>
          <th scope="col" className={`${th} text-right`}>
            Prac&shy;tices
          </th>
          <th scope="col" className={`${th} text-right`}>
            State&shy;ments
          </th>
          <th scope="col" className={`${th} text-right`}>
            Awards
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr key={c._id} className="border-b border-rule" data-city={c.slug} data-on-map={unplaced.has(c._id) ? 'no' : 'yes'}>
            <th scope="row" className="py-2 pr-2 text-left align-top font-normal [overflow-wrap:anywhere]">
              <Link href={cityHref(c.slug)} className="font-semibold">
                {c.name}
              </Link>
              <span className="block text-sm text-muted">{stateName(c.state)}</span>
              {unplaced.has(c._id) && <span className="block text-sm text-accent">Not shown on the map: outside its projection.</span>}
            </th>
            <td className={num}>{formatNumber('en', c.practiceCount)}</td>
            <td className={num}>{formatNumber('en', c.statementCount)}</td>
            <td className={num}>{formatNumber('en', c.awardCount)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
