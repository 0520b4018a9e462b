import type { Link } from '@/lib/content'

/** Outside links (further reading or sources), each with its publisher. */
export function LinkList({ links, className = '', lang }: { links: Link[]; className?: string; lang?: string }) {
  if (links.length === 0) return null
  return (
    <ul className={`list-disc space-y-1 pl-6 ${className}`} lang={lang}>
      {links.map((l) => (
        <li key={l._key} className="[overflow-wrap:anywhere]">
          <a href={l.url}>{l.title}</a>
          {l.publisher && <span className="text-muted"> ({l.publisher})</span>}
        </li>
      ))}
    </ul>
  )
}

/** A titled block of outside links; renders nothing when there are none. */
export function LinkSection({
  id,
  title,
  links,
  level = 2,
  linksLang,
}: {
  id: string
  title: string
  links: Link[]
  level?: 2 | 3
  /** The language of the links' titles, when it is not the page's. */
  linksLang?: string
}) {
  if (links.length === 0) return null
  const Heading = level === 2 ? 'h2' : 'h3'
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-10">
      <Heading id={`${id}-heading`} className={level === 2 ? 'text-xl' : 'text-lg'}>
        {title}
      </Heading>
      <LinkList links={links} className="mt-3" lang={linksLang} />
    </section>
  )
}
