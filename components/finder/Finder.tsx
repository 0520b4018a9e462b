import Link from '@/components/Link'
import { formatCount, formatNumber } from '@/lib/domain/format'
import type { FacetResult, FacetValue, FinderResult } from '@/lib/search/engine'
import { facetKeys, finderHref, isEmptyState, serializeFinderState, withFacet, withQuery, type FinderState } from '@/lib/search/url'
import { FACETS, facetTitle, type FacetName } from '@/lib/search/vocabulary'
import { FacetGroup } from './FacetGroup'
import { FinderForm } from './FinderForm'
import { Pagination } from './Pagination'
import { ResultCard } from './ResultCard'


/** Labels of the chosen values, from the facet lists (a chosen value is always listed). */
function chosenLabels(result: FinderResult, facet: FacetName): { value: string; label: string }[] {
  const values = result.facets.find((f) => f.name === facet)?.values ?? []
  return facetKeys(result.state, facet).map((value) => ({
    value,
    label: values.find((v) => v.value === value)?.label ?? (facet === 'component' ? `Component ${value}` : value),
  }))
}

/** One sentence saying what is shown: read by screen readers each time the results change. */
export function describeResults(result: FinderResult): string {
  const parts = [formatCount(result.total, 'result', 'results')]
  if (result.state.q) parts.push(`for “${result.state.q}”`)
  const filters = FACETS.flatMap((f) => {
    const chosen = chosenLabels(result, f.name)
    return chosen.length ? [`${f.title}: ${chosen.map((c) => c.label).join(' or ')}`] : []
  })
  let text = parts.join(' ')
  if (filters.length) text += `, ${filters.join('; ')}`
  if (result.pageCount > 1) text += `. Page ${result.page} of ${result.pageCount}`
  return `${text}.`
}

function FacetOption({ facet, value }: { facet: FacetName; value: FacetValue }) {
  const id = `f-${facet}-${value.value}`
  return (
    <li>
      <label htmlFor={id} className="flex min-h-8 cursor-pointer items-start gap-2 py-1 text-[0.95rem] leading-snug">
        <input
          id={id}
          type="checkbox"
          name={facet}
          value={value.value}
          defaultChecked={value.selected}
          className="mt-0.5 size-5 shrink-0 accent-navy"
        />
        <span className={value.count === 0 && !value.selected ? 'text-muted' : undefined}>{value.label}</span>
        <span className="ml-auto pl-2 text-sm tabular-nums text-muted">
          {formatNumber(value.count)}
          <span className="sr-only"> {value.count === 1 ? 'result' : 'results'}</span>
        </span>
      </label>
    </li>
  )
}

function Facet({ facet, state }: { facet: FacetResult; state: FinderState }) {
  const chosen = state[facet.name].length
  return (
    <FacetGroup name={facet.name} title={facetTitle(facet.name)} chosen={chosen} defaultOpen={facet.name === 'kind'}>
      {facet.values.length === 0 ? (
        <p className="text-sm text-muted">None with the other filters.</p>
      ) : (
        <ul className={facet.values.length > 12 ? 'max-h-none' : undefined}>
          {facet.values.map((v) => (
            <FacetOption key={v.value} facet={facet.name} value={v} />
          ))}
        </ul>
      )}
      {facet.hidden > 0 && (
        <p className="mt-2 text-sm text-muted">
          {formatCount(facet.hidden, 'more city has', 'more cities have')} results: choose a state, or search for the city’s name.
        </p>
      )}
    </FacetGroup>
  )
}

function ActiveFilters({ result, path }: { result: FinderResult; path: string }) {
  const chips: { key: string; text: string; href: string }[] = []
  if (result.state.q) chips.push({ key: 'q', text: `Words: “${result.state.q}”`, href: finderHref(withQuery(result.state, ''), path) })
  for (const f of FACETS) {
    for (const { value, label } of chosenLabels(result, f.name)) {
      const rest = facetKeys(result.state, f.name).filter((k) => k !== value)
      chips.push({ key: `${f.name}-${value}`, text: `${f.title}: ${label}`, href: finderHref(withFacet(result.state, f.name, rest), path) })
    }
  }
  if (chips.length === 0) return null
  return (
    <div className="mt-3">
      <h4 className="sr-only">Your search</h4>
      <ul className="flex flex-wrap items-center gap-2 text-sm">
        {chips.map((c) => (
          <li key={c.key}>
            <Link
              href={c.href}
              scroll={false}
              className="inline-flex min-h-8 items-center gap-1 rounded-full border border-navy bg-white px-3 py-1 text-navy-deep no-underline hover:underline"
            >
              <span className="[overflow-wrap:anywhere]">{c.text}</span>
              <span aria-hidden="true" className="font-semibold">
                ×
              </span>
              <span className="sr-only">(remove)</span>
            </Link>
          </li>
        ))}
        <li>
          <Link href={path} scroll={false} className="inline-flex min-h-8 items-center px-1 font-semibold">
            Clear all
          </Link>
        </li>
      </ul>
    </div>
  )
}

function EmptyState({ result, path }: { result: FinderResult; path: string }) {
  return (
    <div className="rounded border-2 border-accent bg-white p-5">
      <p className="font-semibold">Nothing matches this search yet.</p>
      {result.suggestions.length > 0 && (
        <>
          <p className="mt-3">Try instead:</p>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {result.suggestions.map((s) => (
              <li key={serializeFinderState(s.state)}>
                <Link href={finderHref(s.state, path)} scroll={false}>
                  {s.text}
                </Link>{' '}
                <span className="text-muted">({formatCount(s.count, 'result', 'results')})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <ul className="mt-4 list-disc space-y-1 pl-6 text-[0.95rem]">
        {result.state.q && <li>Check the spelling, or use fewer or broader words (“police” rather than “police oversight board”).</li>}
        <li>Remove a filter: every count beside a box tells how many results that choice would give.</li>
        <li>
          <Link href={path}>Clear the search</Link> and browse everything.
        </li>
      </ul>
    </div>
  )
}

/**
 * The finder: search field, facets with counts, results, pages. A GET form throughout: each link
 * and each box leads to an address the server renders (lib/search/url.ts).
 */
export function Finder({ result, path, corpusSize }: { result: FinderResult; path: string; corpusSize: number }) {
  const { state } = result
  const description = describeResults(result)
  return (
    <FinderForm action={path} stateQuery={serializeFinderState(state)} label="Find best practices, statements, awards and resources">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="grow">
          <label htmlFor="finder-q" className="block font-semibold">
            Search words
          </label>
          <p id="finder-q-hint" className="text-sm text-muted">
            For example: co-responder, youth, hate crimes, a city or a state
          </p>
          <input
            id="finder-q"
            type="search"
            name="q"
            defaultValue={state.q}
            aria-describedby="finder-q-hint"
            maxLength={200}
            autoComplete="off"
            className="mt-1 block min-h-11 w-full rounded border-2 border-navy bg-white px-3 py-2"
          />
        </div>
        <button type="submit" className="min-h-11 rounded bg-navy px-5 py-2 font-semibold text-white hover:bg-navy-deep">
          Search
        </button>
      </div>

      <p className="mt-3 lg:hidden">
        <a href="#results">Skip the filters: go to the {formatCount(result.total, 'result', 'results')}</a>
      </p>

      <div className="mt-6 grid gap-8 lg:grid-cols-[17rem_minmax(0,1fr)]">
        <div>
          <h3 className="text-xl">Filter</h3>
          <p className="mt-1 text-sm text-muted">
            Choose as many as you like. The numbers say how many results each choice gives.
          </p>
          <div className="mt-2 border-t border-rule">
            {result.facets.map((f) => (
              <Facet key={f.name} facet={f} state={state} />
            ))}
          </div>
          <div className="mt-4 flex flex-wrap items-center gap-4">
            <button type="submit" className="min-h-11 rounded border-2 border-navy bg-white px-4 py-2 font-semibold text-navy-deep hover:bg-panel">
              Apply filters
            </button>
            {!isEmptyState(state) && (
              <Link href={path} scroll={false} className="font-semibold">
                Clear all
              </Link>
            )}
          </div>
          <p className="mt-4 text-sm">
            <Link href="/map">See the cities on a map</Link>
          </p>
        </div>

        <div id="results" className="min-w-0 scroll-mt-4 transition-opacity group-data-[pending]/finder:opacity-60">
          <h3 id="results-heading" className="text-xl">
            {formatCount(result.total, 'result', 'results')}
            {!isEmptyState(state) && <span className="font-sans text-base font-normal text-muted"> of {formatNumber(corpusSize)}</span>}
          </h3>
          <p role="status" className="sr-only">
            {description}
          </p>
          <ActiveFilters result={result} path={path} />
          <div className="mt-4">
            {result.total === 0 ? (
              <EmptyState result={result} path={path} />
            ) : (
              <>
                {result.pageCount > 1 && (
                  <p className="mb-3 text-sm text-muted">
                    Showing {formatNumber((result.page - 1) * result.pageSize + 1)}–
                    {formatNumber((result.page - 1) * result.pageSize + result.items.length)} (page {result.page} of {result.pageCount})
                    {state.q ? ', most relevant first' : ', best practices first, newest first'}.
                  </p>
                )}
                <ul aria-labelledby="results-heading" className="grid gap-4 xl:grid-cols-2">
                  {result.items.map((doc) => (
                    <li key={doc.id}>
                      <ResultCard doc={doc} />
                    </li>
                  ))}
                </ul>
              </>
            )}
            <Pagination state={state} page={result.page} pageCount={result.pageCount} path={path} />
          </div>
        </div>
      </div>
    </FinderForm>
  )
}
