import Link from '@/components/Link'
import type { OrganizationRef, OrganizationRelation } from '@/lib/content'
import { ORGANIZATION_RELATIONS, titleOf } from '@/lib/domain/vocabulary'
import { organizationHref } from '@/lib/routes'

function asSentence(text: string): string {
  const t = text.trim()
  const first = t.charAt(0).toUpperCase() + t.slice(1)
  return /[.!?]$/.test(first) ? first : `${first}.`
}

function OrgName({ org, self }: { org: OrganizationRef; self: OrganizationRef }) {
  if (org._id === self._id) return <>{org.name}</>
  return <Link href={organizationHref(org.slug)}>{org.name}</Link>
}

/** "A is a project of B (2013). Note." — the subject is the organization that holds the relation. */
function Sentence({ subject, relation, object, self }: { subject: OrganizationRef; relation: OrganizationRelation; object: OrganizationRef; self: OrganizationRef }) {
  return (
    <li>
      <OrgName org={subject} self={self} /> {titleOf(ORGANIZATION_RELATIONS, relation.kind)} <OrgName org={object} self={self} />
      {relation.year != null && ` (${relation.year})`}.{relation.note && <span className="text-muted"> {asSentence(relation.note)}</span>}
    </li>
  )
}

/**
 * How an organization relates to others, both ways, as sentences: its own relations
 * ("GARE is a joint project of Race Forward") and the ones others hold to it.
 */
export function RelationSentences({
  organization,
  relations,
  incoming,
  className = '',
}: {
  organization: OrganizationRef
  relations: OrganizationRelation[]
  incoming: OrganizationRelation[]
  className?: string
}) {
  if (relations.length === 0 && incoming.length === 0) return null
  return (
    <ul className={`list-disc space-y-1 pl-6 ${className}`}>
      {relations.map((r) => (
        <Sentence key={`out-${r._key}`} subject={organization} relation={r} object={r.organization} self={organization} />
      ))}
      {incoming.map((r) => (
        <Sentence key={`in-${r.organization._id}-${r._key}`} subject={r.organization} relation={r} object={organization} self={organization} />
      ))}
    </ul>
  )
}
