import type { Metadata } from 'next'
import Form from 'next/form'
import Link from '@/components/Link'
import { PageHeader } from '@/components/PageHeader'
import { CityIndex } from '@/components/cities/CityIndex'
import { citiesQuery, fetchContent } from '@/lib/content'
import { formatNumber } from '@/lib/i18n/format'
import { isStateCode, stateName } from '@/lib/domain/states'
import { pageMetadata } from '@/lib/metadata'
import { englishOnlyParams, englishRoute } from '@/lib/i18n/route'

const TITLE = 'Cities'
const LEAD =
  'The cities in the Center’s records, by state: where its best practices, mayors’ statements, grant awards and milestones come from, and how to ask the Center about their work.'

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

/** The state chosen in the address (`?state=TX`), or null for every state. */
function chosenState(raw: string | string[] | undefined): string | null {
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim().toUpperCase()
  return value && isStateCode(value) ? value : null
}

/** English only: its Spanish address is the designed 404 (lib/pages.ts). */
export const generateStaticParams = englishOnlyParams

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const lang = await englishRoute(params)
  const state = chosenState((await searchParams).state)
  const metadata = pageMetadata({ lang, title: state ? `Cities in ${stateName(state)}` : TITLE, description: LEAD, path: '/cities' })
  return state ? { ...metadata, robots: { index: false, follow: true } } : metadata
}

/**
 * Rendered whole for each address, blocking (`instant = false`), not partially prerendered: a visitor
 * without JavaScript must find the state's cities inside the page's main landmark, and a streamed
 * part arrives at the end of the body, hidden until a script moves it. Its render is a filter over one cached
 * list, and shared caches keep it (lib/cache-headers.ts).
 */
export const instant = false

export default async function CitiesPage({ params, searchParams }: Props) {
  const lang = await englishRoute(params)
  const [cities, query] = await Promise.all([fetchContent(citiesQuery), searchParams])
  const state = chosenState(query.state)
  const shown = state ? cities.filter((c) => c.state === state) : cities
  const perState = new Map<string, number>()
  for (const c of cities) perState.set(c.state, (perState.get(c.state) ?? 0) + 1)
  const states = [...perState.keys()].sort((a, b) => stateName(a).localeCompare(stateName(b)))
  const title = state ? `Cities in ${stateName(state)}` : TITLE
  return (
    <>
      <PageHeader lang={lang} title={title} lead={LEAD} crumbs={state ? [{ title: TITLE, href: '/cities' }, { title: stateName(state) }] : [{ title: TITLE }]}>
        <p className="mt-3">
          <Link href="/map">See the cities on a map</Link> · <Link href="/best-practices">Find best practices</Link>
        </p>
      </PageHeader>

      {/* A GET form: without JavaScript the browser loads /cities?state=XX; with it, next/form navigates in place. */}
      <Form action="/cities" className="no-print mb-8 flex flex-wrap items-end gap-3 rounded border border-rule bg-white p-4">
        <div>
          <label htmlFor="city-state" className="block font-semibold">
            State
          </label>
          <select
            id="city-state"
            name="state"
            defaultValue={state ?? ''}
            key={state ?? ''}
            className="mt-1 block min-h-11 max-w-full rounded border-2 border-navy bg-white px-2 py-1"
          >
            <option value="">All states ({formatNumber('en', cities.length)} cities)</option>
            {states.map((s) => (
              <option key={s} value={s}>
                {stateName(s)} ({perState.get(s)})
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="min-h-11 rounded bg-navy px-5 py-2 font-semibold text-white hover:bg-navy-deep">
          Show cities
        </button>
        {state && (
          <Link href="/cities" className="min-h-11 py-2 font-semibold">
            All states
          </Link>
        )}
      </Form>

      <p role="status" className="mb-6 text-muted">
        {state
          ? `${formatNumber('en', shown.length)} ${shown.length === 1 ? 'city' : 'cities'} in ${stateName(state)}.`
          : `${formatNumber('en', cities.length)} cities in ${formatNumber('en', states.length)} states.`}
      </p>

      {shown.length > 0 ? (
        <CityIndex cities={shown} />
      ) : (
        <p>
          No city in {stateName(state ?? '')} is in the Center’s records yet. <Link href="/cities">See all states</Link>.
        </p>
      )}
    </>
  )
}
