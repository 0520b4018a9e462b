import Link from '@/components/Link'
import { FINDER_WORDS, type FinderWords } from '@/lib/i18n/finder'
import { hrefIn, type Lang } from '@/lib/i18n/locales'
import { formatCount, formatNumber, pluralForm } from '@/lib/i18n/format'
import { NO_TRANSLATIONS, type TranslationMap } from '@/lib/i18n/translate'
import { facetTitleIn, kindTitleIn, tierTitleIn, topicTitleIn } from '@/lib/i18n/vocabulary'
import type { FacetResult, FacetValue, FinderResult, Suggestion } from '@/lib/search/engine'
import { facetKeys, finderHref, isEmptyState, serializeFinderState, withFacet, withQuery, type FinderState } from '@/lib/search/url'
import { FACETS, type FacetName } from '@/lib/search/vocabulary'
import { FacetGroup } from './FacetGroup'
import { FinderForm } from './FinderForm'
import { Pagination } from './Pagination'
import { ResultCard } from './ResultCard'

/**
 * The result with the site's own words in `lang`: facet value labels (kinds, Compact components,
 * topics, population tiers; states, cities and years are names and numbers) and suggestions.
 * `componentTitles` gives each component's short title in `lang` (from its translation).
 */
export function localizeResult(result: FinderResult, lang: Lang, componentTitles: ReadonlyMap<number, string> = new Map()): FinderResult {
  if (lang === 'en') return result
  const label = (facet: FacetName, v: FacetValue): string => {
    if (facet === 'kind') return kindTitleIn(lang, v.value)
    if (facet === 'topic') return topicTitleIn(lang, v.value)
    if (facet === 'tier') return tierTitleIn(lang, v.value)
    if (facet === 'component') {
      const title = componentTitles.get(Number(v.value))
      return title ? `${v.value}. ${title}` : v.label
    }
    return v.label
  }
  const facets = result.facets.map((f) => ({ ...f, values: f.values.map((v) => ({ ...v, label: label(f.name, v) })) }))
  const localized = { ...result, facets }
  const t = FINDER_WORDS[lang]
  const describe = (facet: FacetName, key: string) => facets.find((f) => f.name === facet)?.values.find((v) => v.value === key)?.label ?? key
  const text = (s: Suggestion): string => {
    const why = s.why
    if (why.type === 'withoutWords') return t.suggestion.withoutWords(why.q)
    if (why.type === 'remove') return t.suggestion.remove(why.keys.map((k) => describe(why.facet, k)).join(t.or))
    if (why.type === 'instead') return t.suggestion.instead(describe(why.facet, why.key))
    return t.suggestion.onlyWord(why.word)
  }
  return { ...localized, suggestions: result.suggestions.map((s) => ({ ...s, text: text(s) })) }
}

/** Labels of the chosen values, from the facet lists (a chosen value is always listed). */
function chosenLabels(result: FinderResult, facet: FacetName, t: FinderWords): { value: string; label: string }[] {
  const values = result.facets.find((f) => f.name === facet)?.values ?? []
  return facetKeys(result.state, facet).map((value) => ({
    value,
    label: values.find((v) => v.value === value)?.label ?? (facet === 'component' ? t.componentFallback(value) : value),
  }))
}

/** One sentence saying what is shown: read by screen readers each time the results change. */
export function describeResults(result: FinderResult, lang: Lang = 'en'): string {
  const t = FINDER_WORDS[lang]
  const parts = [formatCount(lang, result.total, t.result)]
  if (result.state.q) parts.push(t.forWords(result.state.q))
  const filters = FACETS.flatMap((f) => {
    const chosen = chosenLabels(result, f.name, t)
    return chosen.length ? [`${facetTitleIn(lang, f.name)}: ${chosen.map((c) => c.label).join(t.or)}`] : []
  })
  let text = parts.join(' ')
  if (filters.length) text += `, ${filters.join('; ')}`
  if (result.pageCount > 1) text += `. ${t.pageOf(formatNumber(lang, result.page), formatNumber(lang, result.pageCount))}`
  return `${text}.`
}

/**
 * How an option looks, written once on its list rather than on each option: the finder lists 73 of
 * them, and each option's classes went out twice, in the markup and again in the RSC payload.
 */
const OPTIONS_CLASS =
  '[&_label]:flex [&_label]:min-h-8 [&_label]:cursor-pointer [&_label]:items-start [&_label]:gap-2 [&_label]:py-1 [&_label]:text-[0.95rem] [&_label]:leading-snug ' +
  '[&_input]:mt-0.5 [&_input]:size-5 [&_input]:shrink-0 [&_input]:accent-navy ' +
  '[&_small]:ml-auto [&_small]:pl-2 [&_small]:text-sm [&_small]:tabular-nums [&_small]:text-muted'

/** One box: its label wraps it (the label names the box without an id to point at); the count is a `<small>`. */
function FacetOption({ facet, value, lang }: { facet: FacetName; value: FacetValue; lang: Lang }) {
  return (
    <li>
      <label>
        <input id={`f-${facet}-${value.value}`} type="checkbox" name={facet} value={value.value} defaultChecked={value.selected} />
        <span className={value.count === 0 && !value.selected ? 'text-muted' : undefined}>{value.label}</span>
        <small>
          {formatNumber(lang, value.count)}
          <span className="sr-only"> {pluralForm(lang, value.count, FINDER_WORDS[lang].resultsSr)}</span>
        </small>
      </label>
    </li>
  )
}

function Facet({ facet, state, lang }: { facet: FacetResult; state: FinderState; lang: Lang }) {
  const t = FINDER_WORDS[lang]
  const chosen = state[facet.name].length
  return (
    <FacetGroup
      name={facet.name}
      title={facetTitleIn(lang, facet.name)}
      chosen={chosen}
      chosenText={t.chosen(formatNumber(lang, chosen))}
      defaultOpen={facet.name === 'kind'}
    >
      {facet.values.length === 0 ? (
        <p className="text-sm text-muted">{t.noneWithFilters}</p>
      ) : (
        <ul className={OPTIONS_CLASS}>
          {facet.values.map((v) => (
            <FacetOption key={v.value} facet={facet.name} value={v} lang={lang} />
          ))}
        </ul>
      )}
      {facet.hidden > 0 && <p className="mt-2 text-sm text-muted">{t.moreCities(facet.hidden)}</p>}
    </FacetGroup>
  )
}

function ActiveFilters({ result, path, lang }: { result: FinderResult; path: string; lang: Lang }) {
  const t = FINDER_WORDS[lang]
  const chips: { key: string; text: string; href: string }[] = []
  if (result.state.q) chips.push({ key: 'q', text: t.words(result.state.q), href: finderHref(withQuery(result.state, ''), path) })
  for (const f of FACETS) {
    for (const { value, label } of chosenLabels(result, f.name, t)) {
      const rest = facetKeys(result.state, f.name).filter((k) => k !== value)
      chips.push({ key: `${f.name}-${value}`, text: `${facetTitleIn(lang, f.name)}: ${label}`, href: finderHref(withFacet(result.state, f.name, rest), path) })
    }
  }
  if (chips.length === 0) return null
  return (
    <div className="mt-3">
      <h3 className="sr-only">{t.yourSearch}</h3>
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
              <span className="sr-only">{t.remove}</span>
            </Link>
          </li>
        ))}
        <li>
          <Link href={path} scroll={false} className="inline-flex min-h-8 items-center px-1 font-semibold">
            {t.clearAll}
          </Link>
        </li>
      </ul>
    </div>
  )
}

function EmptyState({ result, path, lang }: { result: FinderResult; path: string; lang: Lang }) {
  const t = FINDER_WORDS[lang]
  return (
    <div className="rounded border-2 border-accent bg-white p-5">
      <p className="font-semibold">{t.empty.nothing}</p>
      {result.suggestions.length > 0 && (
        <>
          <p className="mt-3">{t.empty.tryInstead}</p>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {result.suggestions.map((s) => (
              <li key={serializeFinderState(s.state)}>
                <Link href={finderHref(s.state, path)} scroll={false}>
                  {s.text}
                </Link>{' '}
                <span className="text-muted">({formatCount(lang, s.count, t.result)})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <ul className="mt-4 list-disc space-y-1 pl-6 text-[0.95rem]">
        {result.state.q && <li>{t.empty.spelling}</li>}
        <li>{t.empty.removeFilter}</li>
        <li>
          <Link href={path}>{t.empty.clear}</Link>
          {t.empty.clearRest}
        </li>
      </ul>
    </div>
  )
}

/**
 * The finder: search field, facets with counts, results, pages. A GET form throughout: each link
 * and each box leads to an address the server renders (lib/search/url.ts).
 */
export function Finder({
  path,
  corpusSize,
  lang = 'en',
  translations = NO_TRANSLATIONS,
  componentTitles = new Map(),
  result: found,
}: {
  result: FinderResult
  path: string
  corpusSize: number
  /** The language of the page: its words, and the documents' words where they are translated. */
  lang?: Lang
  translations?: TranslationMap
  /** The Compact components' short titles in `lang`, by number, where translated. */
  componentTitles?: ReadonlyMap<number, string>
}) {
  const t = FINDER_WORDS[lang]
  const result = localizeResult(found, lang, componentTitles)
  const { state } = result
  const description = describeResults(result, lang)
  const count = formatCount(lang, result.total, t.result)
  const num = (n: number) => formatNumber(lang, n)
  const map = hrefIn(lang, '/map')
  return (
    <FinderForm action={path} stateQuery={serializeFinderState(state)} label={t.formLabel}>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="grow">
          <label htmlFor="finder-q" className="block font-semibold">
            {t.searchLabel}
          </label>
          <p id="finder-q-hint" className="text-sm text-muted">
            {t.searchHint}
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
          {t.search}
        </button>
      </div>

      <p className="mt-3 lg:hidden">
        <a href="#results">{t.skipFilters(count)}</a>
      </p>

      <div className="mt-6 grid gap-8 lg:grid-cols-[17rem_minmax(0,1fr)]">
        <div>
          <h2 className="text-xl">{t.filter}</h2>
          <p className="mt-1 text-sm text-muted">{t.filterHint}</p>
          <div className="mt-2 border-t border-rule">
            {result.facets.map((f) => (
              <Facet key={f.name} facet={f} state={state} lang={lang} />
            ))}
          </div>
          <div className="mt-4 flex flex-wrap items-center gap-4">
            <button type="submit" className="min-h-11 rounded border-2 border-navy bg-white px-4 py-2 font-semibold text-navy-deep hover:bg-panel">
              {t.apply}
            </button>
            {!isEmptyState(state) && (
              <Link href={path} scroll={false} className="font-semibold">
                {t.clearAll}
              </Link>
            )}
          </div>
          <p className="mt-4 text-sm">
            <Link href={map.href} hrefLang={map.lang === lang ? undefined : map.lang}>
              {t.map}
            </Link>
          </p>
        </div>

        <div id="results" className="min-w-0 scroll-mt-2 transition-opacity group-data-[pending]/finder:opacity-60">
          <h2 id="results-heading" tabIndex={-1} className="scroll-mt-4 text-xl focus:outline-none focus-visible:outline-2">
            {count}
            {!isEmptyState(state) && <span className="font-sans text-base font-normal text-muted">{t.of(num(corpusSize))}</span>}
          </h2>
          <p role="status" className="sr-only">
            {description}
          </p>
          <ActiveFilters result={result} path={path} lang={lang} />
          <div className="mt-4">
            {result.total === 0 ? (
              <EmptyState result={result} path={path} lang={lang} />
            ) : (
              <>
                {result.pageCount > 1 && (
                  <p className="mb-3 text-sm text-muted">
                    {t.showing(
                      num((result.page - 1) * result.pageSize + 1),
                      num((result.page - 1) * result.pageSize + result.items.length),
                      num(result.page),
                      num(result.pageCount),
                      Boolean(state.q),
                    )}
                  </p>
                )}
                <ul aria-labelledby="results-heading" className="grid gap-4 xl:grid-cols-2">
                  {result.items.map((doc) => (
                    <li key={doc.id}>
                      <ResultCard doc={doc} lang={lang} translations={translations} componentTitles={componentTitles} />
                    </li>
                  ))}
                </ul>
              </>
            )}
            <Pagination state={state} page={result.page} pageCount={result.pageCount} path={path} lang={lang} />
          </div>
        </div>
      </div>
    </FinderForm>
  )
}
