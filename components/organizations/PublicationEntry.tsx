import Link from '@/components/Link'
import type { OrganizationRef, Publication } from '@/lib/content'
import { PUBLICATION_KINDS, titleOf } from '@/lib/domain/vocabulary'
import { organizationHref } from '@/lib/routes'

function OrgLinks({ orgs }: { orgs: OrganizationRef[] }) {
  return (
    <>
      {orgs.map((o, i) => (
        <span key={o._id}>
          {i > 0 && (i === orgs.length - 1 ? ' and ' : ', ')}
          <Link href={organizationHref(o.slug)}>{o.name}</Link>
        </span>
      ))}
    </>
  )
}

/**
 * A publication cities can use: kind, publishers, description and contents. The article carries the
 * publication's slug as its id, the anchor `publicationHref` links to.
 */
export function PublicationEntry({ publication, headingLevel = 3 }: { publication: Publication; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const p = publication
  return (
    <article id={p.slug} aria-labelledby={`${p.slug}-title`} className="scroll-mt-4 rounded border border-rule bg-white p-5">
      <p className="text-sm font-semibold uppercase tracking-wider text-accent">
        {titleOf(PUBLICATION_KINDS, p.kind)}
        {p.year != null && ` · ${p.year}`}
      </p>
      <Heading id={`${p.slug}-title`} className="mt-1 text-lg leading-snug">
        {p.url ? <a href={p.url}>{p.title}</a> : p.title}
      </Heading>
      {p.publishers.length > 0 && (
        <p className="mt-1 text-sm text-muted">
          Published by <OrgLinks orgs={p.publishers} />
        </p>
      )}
      {p.about.length > 0 && (
        <p className="mt-1 text-sm text-muted">
          About <OrgLinks orgs={p.about} />
        </p>
      )}
      <p className="mt-3 text-[0.95rem]">{p.description}</p>
      {p.contents.length > 0 && (
        <>
          <p className="mt-3 text-[0.95rem] font-semibold">Contents</p>
          <ol className="mt-1 list-decimal pl-6 text-[0.95rem]">
            {p.contents.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ol>
        </>
      )}
    </article>
  )
}
