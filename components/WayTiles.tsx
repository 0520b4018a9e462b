import Link from '@/components/Link'

export interface Way {
  href: string
  title: string
  text: string
}

/** Large links into the site, each with a line saying what is there (the home page, the 404 page). */
export function WayTiles({ ways, className = '' }: { ways: readonly Way[]; className?: string }) {
  return (
    <ul className={`grid gap-4 ${className}`.trim()}>
      {ways.map((way) => (
        <li key={way.href}>
          <Link href={way.href} className="block h-full rounded border-2 border-navy bg-white p-5 no-underline hover:bg-panel">
            <span className="block font-serif text-lg font-semibold text-navy-deep underline">{way.title}</span>
            <span className="mt-1 block text-ink">{way.text}</span>
          </Link>
        </li>
      ))}
    </ul>
  )
}
