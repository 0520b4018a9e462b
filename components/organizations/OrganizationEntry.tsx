import Link from '@/components/Link'
import type { Organization } from '@/lib/content'
import { organizationHref } from '@/lib/routes'
import { RelationSentences } from './Relations'

/** A partner organization in the Resources list: what it does, its services, how it relates to others. */
export function OrganizationEntry({ organization }: { organization: Organization }) {
  const o = organization
  const related = o.relations.length > 0 || o.incomingRelations.length > 0
  return (
    <article aria-labelledby={`org-${o.slug}-title`} className="rounded border border-rule bg-white p-5 sm:p-6">
      <h3 id={`org-${o.slug}-title`} className="text-xl leading-snug">
        <Link href={organizationHref(o.slug)}>{o.name}</Link>
        {o.acronym && <span className="font-normal text-muted"> ({o.acronym})</span>}
      </h3>
      {o.foundedYear != null && <p className="mt-1 text-sm text-muted">Founded {o.foundedYear}</p>}
      <div className="mt-3 grid gap-x-10 gap-y-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="min-w-0">
          <p className="max-w-[70ch]">{o.description}</p>
          {related && (
            <>
              <p className="mt-4 font-semibold">Related organizations</p>
              <RelationSentences organization={o} relations={o.relations} incoming={o.incomingRelations} className="mt-1 text-[0.95rem]" />
            </>
          )}
          <p className="mt-4 text-[0.95rem] [overflow-wrap:anywhere]">
            <Link href={organizationHref(o.slug)}>More about {o.acronym ?? o.name}</Link>
            {o.website && (
              <>
                {' · '}
                <a href={o.website}>{o.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}</a>
              </>
            )}
          </p>
        </div>
        {o.services.length > 0 && (
          <div className="min-w-0 lg:border-l lg:border-rule lg:pl-6">
            <p className="font-semibold">Services for cities</p>
            <ul className="mt-1 list-disc space-y-1 pl-6 text-[0.95rem]">
              {o.services.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </article>
  )
}
