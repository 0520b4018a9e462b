import { machineDate } from '@/components/timeline/dates'
import type { Video } from '@/lib/content'
import { formatDate } from '@/lib/i18n/format'

/**
 * Recordings of meeting and webinar sessions, as the Conference's videos page lists them: the
 * meeting, the date as given, the people and their parts, and the page as the source. A video's own
 * address is linked only when a source gives it, with its transcript when there is one.
 */
export function VideoList({ videos, labelledBy }: { videos: Video[]; labelledBy: string }) {
  return (
    <ul aria-labelledby={labelledBy} className="grid gap-4">
      {videos.map((v) => (
        <li key={v._id} id={v.slug} className="rounded border border-rule bg-white p-5">
          <h3 className="text-lg leading-snug">{v.url ? <a href={v.url}>{v.title}</a> : v.title}</h3>
          <p className="mt-1 text-sm text-muted">
            {v.date ? <time dateTime={machineDate(v.date, v.datePrecision)}>{formatDate('en', v.date, v.datePrecision)}</time> : v.dateNote}
            {v.event && <> · {v.event}</>}
          </p>
          <p className="mt-2 max-w-[70ch] text-[0.95rem]">{v.description}</p>
          {v.participants.length > 0 && (
            <ul aria-label={`People in ${v.title}`} className="mt-2 max-w-[70ch] list-disc pl-6 text-[0.95rem]">
              {v.participants.map((p) => (
                <li key={p._key}>
                  <span className="font-semibold">{p.part}:</span> {p.name}
                  {p.role && `, ${p.role}`}
                </li>
              ))}
            </ul>
          )}
          <p className="mt-2 text-sm">
            Source: <a href={v.source.url}>{v.source.title}</a>
            {v.source.publisher && <span className="text-muted"> ({v.source.publisher})</span>}
          </p>
          {v.transcript && (
            <details className="mt-3 max-w-[70ch]">
              <summary className="cursor-pointer font-semibold text-link underline">Transcript</summary>
              <p className="mt-2 text-[0.95rem] whitespace-pre-line">{v.transcript}</p>
            </details>
          )}
        </li>
      ))}
    </ul>
  )
}
