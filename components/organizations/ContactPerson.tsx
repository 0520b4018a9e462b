import { telHref } from '@/components/SiteFooter'
import type { PersonRef, PostalContact } from '@/lib/content'

export type Contactable = { name: string; role?: string | null; email?: string | null; phone?: string | null }

/** The Conference itself as the contact: its name, mailing address, telephone and email (Site settings). */
export function conferenceContact(postal: PostalContact): Contactable {
  const place = [postal.locality, [postal.region, postal.postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ')
  return { name: postal.organization, role: [postal.department, postal.street, place].filter(Boolean).join(', '), email: postal.email, phone: postal.phone }
}

/**
 * A person to contact: name, role, and email and phone as links a phone or mail program opens. On a
 * page in another language, `labels` words the email and phone, and `roleLang` marks the role's language.
 */
export function ContactPerson({
  person,
  labels = { email: 'Email', tel: 'Tel.' },
  roleLang,
}: {
  person: Contactable | PersonRef
  labels?: { email: string; tel: string }
  roleLang?: string
}) {
  return (
    <p className="[overflow-wrap:anywhere]">
      <span className="font-semibold">{person.name}</span>
      {person.role && (
        <>
          <br />
          <span lang={roleLang}>{person.role}</span>
        </>
      )}
      {person.email && (
        <>
          <br />
          {labels.email} <a href={`mailto:${person.email}`}>{person.email}</a>
        </>
      )}
      {person.phone && (
        <>
          <br />
          {labels.tel} <a href={telHref(person.phone)}>{person.phone}</a>
        </>
      )}
    </p>
  )
}
