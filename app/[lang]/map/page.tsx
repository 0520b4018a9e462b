import type { Metadata } from 'next'
import Link from '@/components/Link'
import { PageHeader } from '@/components/PageHeader'
import { CityTable } from '@/components/map/CityTable'
import { placeCities, totalOf } from '@/components/map/geo'
import { UsMap } from '@/components/map/UsMap'
import { citiesQuery, fetchContent } from '@/lib/content'
import { formatNumber } from '@/lib/i18n/format'
import { pageMetadata } from '@/lib/metadata'
import { englishOnlyParams, englishRoute } from '@/lib/i18n/route'

const TITLE = 'Cities on the map'
const LEAD =
  'Every city in the Center’s records, where it is: the larger the circle, the more best practices, mayors’ statements and grant awards the city has on this site.'

/** English only: its Spanish address is the designed 404 (lib/pages.ts). */
export const generateStaticParams = englishOnlyParams

type Props = { params: Promise<{ lang: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return pageMetadata({ lang: await englishRoute(params), title: TITLE, description: LEAD, path: '/map' })
}

export default async function MapPage({ params }: Props) {
  const lang = await englishRoute(params)
  const cities = await fetchContent(citiesQuery)
  const { markers, unplaced } = placeCities(cities)
  const unplacedIds = new Set(unplaced.map((c) => c._id))
  const withContent = cities.filter((c) => totalOf(c) > 0).length
  return (
    <>
      <PageHeader lang={lang} title={TITLE} lead={LEAD} crumbs={[{ title: 'Cities', href: '/cities' }, { title: 'Map' }]}>
        <p className="mt-3">
          <Link href="/cities">All cities by state</Link> · <Link href="/best-practices">Find best practices</Link>
        </p>
      </PageHeader>

      <figure aria-labelledby="map-caption">
        <a href="#city-table" className="no-print mb-2 inline-block text-sm">
          Skip the map: go to the table of cities
        </a>
        <div className="rounded border border-rule bg-white p-2 sm:p-4">
          <UsMap markers={markers} labelledBy="map-caption" />
        </div>
        <figcaption id="map-caption" className="mt-2 text-sm text-muted">
          Map of the United States with {formatNumber('en', markers.length)} cities marked ({formatNumber('en', withContent)} with something
          on this site; an empty circle has nothing yet). Alaska and Hawaii are shown in insets. Each circle links to the city’s page.
        </figcaption>
      </figure>

      <section aria-labelledby="city-table" className="mt-12">
        <h2 id="city-table" className="scroll-mt-4 text-2xl">
          The cities on the map
        </h2>
        <p className="mt-2 max-w-[70ch] text-muted">
          The same {formatNumber('en', cities.length)} cities, by state, with what each has on this site.
          {unplaced.length > 0 && ` ${formatNumber('en', unplaced.length)} cannot be placed on this map and are marked below.`}
        </p>
        <div className="mt-5 max-w-3xl">
          <CityTable cities={cities} unplaced={unplacedIds} captionId="city-table" />
        </div>
      </section>
    </>
  )
}
