import { telHref } from '@/components/SiteFooter'
import type { PersonRef, PostalContact } from '@/lib/content'

export type Contactable = { name: string; role?: string | null; email?: string | null; phone?: string | null }

/** The Conference itself as the contact: its name, mailing address, telephone and email (Site settings). */
export function conferenceContact(postal: PostalContact): Contactable {
  const place = [postal.locality, [postal.region, postal.postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ')
  return { name: postal.organization, role: [postal.department, postal.street, place].filter(Boolean).join(', '), email: postal.email, phone: postal.phone }
}

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
