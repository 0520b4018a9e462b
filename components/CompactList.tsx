import Link from 'next/link'
import { compactHref } from '@/lib/routes'

export type CompactItem = { number: number; title: string; explanation?: string | null }

/** The Mayors' Compact's components as an ordered list, each linking to its page. */
export function CompactList({ components, withExplanations = false, labelledBy }: { components: CompactItem[]; withExplanations?: boolean; labelledBy: string }) {
  return (
    <ol aria-labelledby={labelledBy} className="grid gap-3 sm:grid-cols-2">
      {components.map((c) => (
        <li key={c.number} className="flex gap-3 rounded border border-rule bg-white p-4">
          <span
            aria-hidden="true"
            className="flex h-9 w-9 shrink-0 items-center justify-center rounded-full bg-navy font-semibold text-white"
          >
            {c.number}
          </span>
          <div>
            <Link href={compactHref(c.number)} className="font-semibold">
              <span className="sr-only">Component {c.number}: </span>
              {c.title}
            </Link>
            {withExplanations && c.explanation && <p className="mt-1 text-muted">{c.explanation}</p>}
          </div>
        </li>
      ))}
    </ol>
  )
}
