import Link from 'next/link'
import { compactHref } from '@/lib/routes'

type Item = { number: number; shortTitle: string }

/** Links to the previous and next components of the Compact. */
export function CompactPager({ previous, next }: { previous: Item | null; next: Item | null }) {
  if (!previous && !next) return null
  return (
    <nav aria-label="Other components of the Compact" className="no-print mt-12 border-t border-rule pt-6">
      <ul className="grid gap-4 sm:grid-cols-2">
        <li>
          {previous && (
            <Link href={compactHref(previous.number)} className="block rounded border border-rule bg-white p-4">
              <span className="block text-sm text-muted">Previous: component {previous.number}</span>
              <span className="font-semibold">{previous.shortTitle}</span>
            </Link>
          )}
        </li>
        <li className="sm:text-right">
          {next && (
            <Link href={compactHref(next.number)} className="block rounded border border-rule bg-white p-4">
              <span className="block text-sm text-muted">Next: component {next.number}</span>
              <span className="font-semibold">{next.shortTitle}</span>
            </Link>
          )}
        </li>
      </ul>
    </nav>
  )
}
