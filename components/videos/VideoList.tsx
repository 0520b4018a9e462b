import type { Video } from '@/lib/content'
import { formatDate } from '@/lib/domain/format'

/** Recordings of the Conference's meetings and webinars: each links to the video, with its transcript when there is one. */
export function VideoList({ videos, labelledBy }: { videos: Video[]; labelledBy: string }) {
  return (
    <ul aria-labelledby={labelledBy} className="grid gap-4">
      {videos.map((v) => (
        <li key={v._id} id={v.slug} className="rounded border border-rule bg-white p-5">
          <h3 className="text-lg leading-snug">
            <a href={v.url}>{v.title}</a>
          </h3>
          <p className="mt-1 text-sm text-muted">
            <time dateTime={v.date}>{formatDate(v.date)}</time>
            {v.event && <> · {v.event}</>}
          </p>
          {v.speakers.length > 0 && (
            <p className="mt-2 text-[0.95rem]">
              <span className="font-semibold">Speakers: </span>
              {v.speakers.map((s) => `${s.name}, ${s.role}`).join('; ')}
            </p>
          )}
          <p className="mt-2 max-w-[70ch] text-[0.95rem]">{v.description}</p>
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
