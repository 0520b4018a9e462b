import { formatCount } from '@/lib/i18n/format'
import { stateName } from '@/lib/domain/states'
import { cityHref } from '@/lib/routes'
import { MAP_HEIGHT, MAP_WIDTH, usOutlines, type MapCity, type Marker } from './geo'

/** What a city has on the site, in words: "2 best practices, 1 grant award". */
export function cityHoldings(c: MapCity): string {
  const parts = [
    c.practiceCount > 0 && formatCount('en', c.practiceCount, { one: 'best practice', other: 'best practices' }),
    c.statementCount > 0 && formatCount('en', c.statementCount, { one: 'mayor’s statement', other: 'mayors’ statements' }),
    c.awardCount > 0 && formatCount('en', c.awardCount, { one: 'grant award', other: 'grant awards' }),
  ].filter(Boolean)
  return parts.length > 0 ? parts.join(', ') : 'nothing on the site yet'
}

/** The accessible name of a city's marker. */
export function markerName(c: MapCity): string {
  return `${c.name}, ${stateName(c.state)}: ${cityHoldings(c)}`
}

/**
 * The United States as SVG, with a linked circle for each placed city. Drawn on the server; the
 * drawing scales to its container. Each marker is a link to the city's page, named by its <title>.
 */
export function UsMap({ markers, labelledBy }: { markers: Marker[]; labelledBy: string }) {
  const { nation, borders } = usOutlines()
  return (
    <svg
      viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
      role="group"
      aria-labelledby={labelledBy}
      className="block h-auto w-full"
      data-testid="us-map"
    >
      <g aria-hidden="true">
        <path d={nation} fill="var(--color-panel)" stroke="var(--color-muted)" strokeWidth={1} strokeLinejoin="round" />
        <path d={borders} fill="none" stroke="var(--color-rule)" strokeWidth={0.8} strokeLinejoin="round" />
      </g>
      <g>
        {markers.map(({ city, x, y, r, total }) => (
          // The link's <title> is its accessible name and its tooltip, written once (not again as aria-label).
          <a key={city._id} href={cityHref(city.slug)} data-city={city.slug} className="map-marker">
            <title>{markerName(city)}</title>
            <circle
              cx={x}
              cy={y}
              r={r}
              fill={total > 0 ? 'var(--color-navy)' : '#fff'}
              fillOpacity={total > 0 ? 0.72 : 1}
              stroke={total > 0 ? '#fff' : 'var(--color-navy)'}
              strokeWidth={1.5}
            />
          </a>
        ))}
      </g>
    </svg>
  )
}
