import Link from '@/components/Link'
import { stateName } from '@/lib/domain/states'
import { PRACTICE_TOPICS, titleOf } from '@/lib/domain/vocabulary'
import { cityHref, compactHref } from '@/lib/routes'
import type { SearchDoc } from '@/lib/search/documents'
import { FINDER_KINDS } from '@/lib/search/vocabulary'

/** Cuts long text at a word, with an ellipsis. */
export function excerpt(text: string, max = 280): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 40)).replace(/[\s,;:.–—-]+$/, '')}…`
}

/** One result of the finder: what kind it is, its title (the link), its city, summary and facets. */
export function ResultCard({ doc }: { doc: SearchDoc }) {
  const kind = FINDER_KINDS.find((k) => k.value === doc.kind)?.one ?? doc.kind
  return (
    <article className="flex h-full flex-col rounded border border-rule bg-white p-5">
      <p className="text-sm font-semibold text-accent">
        {kind}
        {doc.label && <span className="font-normal text-muted"> · {doc.label}</span>}
      </p>
      <h4 className="mt-1 font-serif text-lg leading-snug text-navy-deep">
        <Link href={doc.href}>{doc.title}</Link>
      </h4>
      {(doc.city || doc.meta.length > 0) && (
        <p className="mt-1 text-sm text-muted">
          {doc.city && (
            <Link href={cityHref(doc.city.slug)} className="text-muted">
              {doc.city.name}, {stateName(doc.city.state)}
            </Link>
          )}
          {doc.meta.map((m) => (
            <span key={m}>
              {doc.city || m !== doc.meta[0] ? ' · ' : ''}
              {m}
            </span>
          ))}
        </p>
      )}
      <p className="mt-3 text-[0.95rem] [overflow-wrap:anywhere]">{excerpt(doc.summary)}</p>
      {(doc.components.length > 0 || doc.topics.length > 0) && (
        <dl className="mt-auto space-y-1 pt-3 text-sm text-muted">
          {doc.components.length > 0 && (
            <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <dt>Compact:</dt>
              {/* Each number a 24 × 24 px target at least (WCAG 2.2, 2.5.8), named with its component's title. */}
              <dd className="flex flex-wrap gap-1.5">
                {doc.components.map((c) => (
                  <Link
                    key={c.number}
                    href={compactHref(c.number)}
                    className="inline-flex min-h-6 min-w-6 items-center justify-center rounded border border-rule px-1.5 text-muted"
                  >
                    {c.number}
                    <span className="sr-only">. {c.shortTitle}</span>
                  </Link>
                ))}
              </dd>
            </div>
          )}
          {doc.topics.length > 0 && (
            <div>
              <dt className="inline">Topics: </dt>
              <dd className="inline">{doc.topics.map((t) => titleOf(PRACTICE_TOPICS, t)).join('; ')}</dd>
            </div>
          )}
        </dl>
      )}
    </article>
  )
}
