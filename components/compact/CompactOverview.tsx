import Link from 'next/link'
import type { CompactComponentSummary } from '@/lib/content'
import { formatCount } from '@/lib/domain/format'
import { compactHref } from '@/lib/routes'

/** The Compact's components in order, each with its explanation and how many city examples advance it. */
export function CompactOverview({ components, labelledBy }: { components: CompactComponentSummary[]; labelledBy: string }) {
  return (
    <ol aria-labelledby={labelledBy} className="grid gap-4">
      {components.map((c) => {
        const examples = [
          c.practiceCount > 0 && formatCount(c.practiceCount, 'best practice', 'best practices'),
          c.statementCount > 0 && formatCount(c.statementCount, 'mayor’s statement', 'mayors’ statements'),
        ].filter(Boolean)
        return (
          <li key={c._id} className="flex gap-4 rounded border border-rule bg-white p-5">
            <span
              aria-hidden="true"
              className="flex h-10 w-10 shrink-0 items-center justify-center rounded-full bg-navy font-semibold text-white"
            >
              {c.number}
            </span>
            <div className="min-w-0">
              <h3 className="text-lg leading-snug">
                <Link href={compactHref(c.number)}>
                  <span className="sr-only">Component {c.number}: </span>
                  {c.title}
                </Link>
              </h3>
              <p className="mt-1">{c.explanation}</p>
              <p className="mt-2 text-sm text-muted">
                {examples.length === 0 ? 'No city examples on this site yet.' : `Advanced by ${examples.join(' and ')}.`}
              </p>
            </div>
          </li>
        )
      })}
    </ol>
  )
}
