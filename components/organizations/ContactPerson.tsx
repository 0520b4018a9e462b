import { telHref } from '@/components/SiteFooter'
import type { PersonRef } from '@/lib/content'

type Contactable = { name: string; role?: string | null; email?: string | null; phone?: string | null }

/** A person to contact: name, role, and email and phone as links a phone or mail program opens. */
export function ContactPerson({ person }: { person: Contactable | PersonRef }) {
  return (
    <p className="[overflow-wrap:anywhere]">
      <span className="font-semibold">{person.name}</span>
      {person.role && (
        <>
          <br />
          {person.role}
        </>
      )}
      {person.email && (
        <>
          <br />
          Email <a href={`mailto:${person.email}`}>{person.email}</a>
        </>
      )}
      {person.phone && (
        <>
          <br />
          Tel. <a href={telHref(person.phone)}>{person.phone}</a>
        </>
      )}
    </p>
  )
}
