import Link from '@/components/Link'
import type { ReactNode } from 'react'
import { FigureChart } from '@/components/charts/FigureChart'
import { groupFigures } from '@/components/charts/layout'
import type { Report } from '@/lib/content'
import { machineDate } from '@/components/timeline/dates'
import { formatDate } from '@/lib/i18n/format'
import { organizationHref } from '@/lib/routes'

function joinNames(names: ReactNode[]): ReactNode[] {
  return names.flatMap((name, i) => (i === 0 ? [name] : [i === names.length - 1 ? ' and ' : ', ', name]))
}

/**
 * A report on the Documenting the Problems page: publishers, summary, findings and its figures as
 * charts with tables. Its element id is the report's slug (lib/routes.ts `reportHref`).
 */
export function ReportArticle({ report }: { report: Report }) {
  const headingId = `${report.slug}-heading`
  const groups = groupFigures(report.figures)
  return (
    <article id={report.slug} aria-labelledby={headingId} className="mt-10 scroll-mt-4 rounded border border-rule bg-white p-3 sm:p-6">
      <h3 id={headingId} className="text-xl sm:text-2xl">
        {report.title}
      </h3>
      <p className="mt-2 text-muted">
        {report.publishedOn ? <time dateTime={machineDate(report.publishedOn, report.publishedPrecision)}>{formatDate('en', report.publishedOn, report.publishedPrecision)}</time> : report.year}
        {' · '}
        Published by{' '}
        {joinNames(
          report.publishers.map((org) => (
            <Link key={org._id} href={organizationHref(org.slug)}>
              {org.name}
              {org.acronym ? ` (${org.acronym})` : ''}
            </Link>
          )),
        )}
      </p>
      <div className="prose-civic mt-4">
        <p>{report.summary}</p>
        {report.publisherContext && (
          <p className="text-[0.95rem] text-muted">
            <span className="font-semibold">About the publisher: </span>
            {report.publisherContext}
          </p>
        )}
      </div>
      {report.findings.length > 0 && (
        <>
          <h4 className="mt-6 font-serif text-lg font-semibold text-navy-deep">Findings</h4>
          <ul className="prose-civic mt-2 list-disc pl-6">
            {report.findings.map((finding) => (
              <li key={finding} className="mt-1">
                {finding}
              </li>
            ))}
          </ul>
        </>
      )}
      {groups.map(({ group, figures }, i) => (
        <FigureChart key={group} id={`${report.slug}-figures-${i + 1}`} group={group} figures={figures} />
      ))}
      {(report.url || report.sources.length > 0) && (
        <ul className="mt-6 text-[0.95rem]">
          {report.url && (
            <li>
              <a href={report.url}>Read the report</a>
            </li>
          )}
          {report.sources.map((s) => (
            <li key={s._key}>
              <a href={s.url}>{s.title}</a>
              {s.publisher && <span className="text-muted"> ({s.publisher})</span>}
            </li>
          ))}
        </ul>
      )}
    </article>
  )
}
