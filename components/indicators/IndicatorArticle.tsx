import { FigureChart } from '@/components/charts/FigureChart'
import type { DisparityIndicator } from '@/lib/content'

/** The measure with a capital, as a heading: "Infant mortality rate, by race/ethnicity of mother". */
function headingOf(measure: string): string {
  return measure.charAt(0).toUpperCase() + measure.slice(1)
}

/**
 * One indicator of the Measures of Racial Disparities page: its chart and, beside it, the same
 * values as a table, then its unit and the source the Conference's page names, where it names one
 * this site has (what could not be read stays with the staff, in the dataset and the Studio).
 * Its element id is the indicator's slug.
 */
export function IndicatorArticle({ indicator }: { indicator: DisparityIndicator }) {
  const title = headingOf(indicator.measure)
  const figures = indicator.groups.map((g) => ({
    _key: g._key,
    group: title,
    label: g.group,
    value: g.value,
    unit: indicator.unit,
    qualifier: null,
    year: indicator.year,
    note: null,
  }))
  return (
    <article id={indicator.slug} aria-labelledby={`${indicator.slug}-heading`} className="indicator scroll-mt-4">
      <FigureChart id={indicator.slug} group={title} figures={figures} headingLevel={3} labelHeading="Group" />
      <dl className="mt-3 grid max-w-[70ch] gap-x-3 gap-y-1 text-[0.95rem] sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Unit</dt>
        <dd>{indicator.unitLabel}</dd>
        {indicator.sourceName && (
          <>
            <dt className="font-semibold">Source named</dt>
            <dd>{indicator.sourceName}</dd>
          </>
        )}
        <dt className="font-semibold">Year</dt>
        <dd>{indicator.year ?? 'Not stated on the Conference’s page'}</dd>
        <dt className="font-semibold">Published on</dt>
        <dd>
          <a href={indicator.publishedIn.url}>{indicator.publishedIn.title}</a>
          {indicator.publishedIn.publisher && <span className="text-muted"> ({indicator.publishedIn.publisher})</span>}
        </dd>
      </dl>
      {indicator.note && <p className="mt-2 max-w-[70ch] text-[0.95rem] text-muted">{indicator.note}</p>}
    </article>
  )
}

/** Indicators grouped by the section of the page they stand under, in the page's order. */
export function groupBySection(indicators: readonly DisparityIndicator[]): { section: string; indicators: DisparityIndicator[] }[] {
  const groups: { section: string; indicators: DisparityIndicator[] }[] = []
  for (const indicator of indicators) {
    const group = groups.find((g) => g.section === indicator.section)
    if (group) group.indicators.push(indicator)
    else groups.push({ section: indicator.section, indicators: [indicator] })
  }
  return groups
}
