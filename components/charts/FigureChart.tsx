import type { ReportFigure } from '@/lib/content'
import { BarChart } from './BarChart'
import { formatFigureValue } from './layout'

/**
 * One group of a report's figures: its heading, the bar chart, and beside it the same figures as a
 * table (the chart's text alternative, and what a printout or a screen reader reads).
 */
export function FigureChart({
  id,
  group,
  figures,
  headingLevel = 4,
  labelHeading = 'Figure',
}: {
  id: string
  group: string
  figures: ReportFigure[]
  headingLevel?: 3 | 4
  /** The heading of the table's first column: what each row is ("Figure", "Group"). */
  labelHeading?: string
}) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4'
  const withNotes = figures.some((f) => f.note || f.year)
  return (
    <div className="mt-6 border-t border-rule pt-4">
      <Heading id={`${id}-heading`} className="font-serif text-lg font-semibold text-navy-deep">
        {group}
      </Heading>
      <div className="mt-3 grid gap-6 lg:grid-cols-2 lg:items-start">
        <BarChart
          id={`${id}-chart`}
          title={group}
          figures={figures.map((f) => ({ key: f._key, label: f.label, value: f.value, unit: f.unit, qualifier: f.qualifier }))}
        />
        <table className="w-full border-collapse text-left text-[0.95rem]">
          <caption className="mb-2 text-left text-sm text-muted">{`The figures in the chart: ${group}`}</caption>
          <thead>
            <tr className="border-b-2 border-rule">
              <th scope="col" className="py-1 pr-3 font-semibold">
                {labelHeading}
              </th>
              <th scope="col" className="py-1 pr-3 text-right font-semibold">
                Value
              </th>
              {withNotes && (
                <th scope="col" className="py-1 font-semibold">
                  Note
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {figures.map((f) => (
              <tr key={f._key} className="border-b border-rule align-top">
                <th scope="row" className="py-1.5 pr-3 font-normal">
                  {f.label}
                </th>
                <td className="py-1.5 pr-3 text-right font-semibold whitespace-nowrap tabular-nums">{formatFigureValue(f.value, f.unit, f.qualifier)}</td>
                {withNotes && (
                  <td className="py-1.5 text-muted">
                    {[f.note, f.year && !f.label.includes(String(f.year)) ? String(f.year) : null].filter(Boolean).join('; ')}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}
