import type { Link as SourceLink, PersonRef, PostalContact, PracticeContact } from '@/lib/content'
import { ContactPerson } from '@/components/organizations/ContactPerson'
import { telHref } from '@/components/SiteFooter'

/** The pages a city publishes itself (its publisher is "City of …"), among a practice's links. */
export function cityOwnPages(links: readonly SourceLink[], cityName: string): SourceLink[] {
  return links.filter((l) => l.publisher?.trim().toLowerCase() === `city of ${cityName}`.toLowerCase())
}

/**
 * How to reach the Center, with only what the sources give: the Center's contact person when Site
 * settings names one (name and role with their details), or else the Conference's postal address,
 * of which the Center is part, and the Center's page on its website. Never a person's line under
 * the Conference's name.
 */
export function AskTheCenter({ centerContact, postal }: { centerContact: PersonRef | null; postal: PostalContact }) {
  if (centerContact) {
    return (
      <div className="mt-3">
        <ContactPerson person={centerContact} />
      </div>
    )
  }
  const place = [postal.locality, [postal.region, postal.postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ')
  return (
    <>
      <address className="mt-3 not-italic">
        <span className="font-semibold">{postal.organization}</span>
        {postal.department && (
          <>
            <br />
            {postal.department}
          </>
        )}
        <br />
        {postal.street}
        <br />
        {place}
        {postal.phone && (
          <>
            <br />
            Tel. <a href={telHref(postal.phone)}>{postal.phone}</a>
          </>
        )}
        {postal.email && (
          <>
            <br />
            Email <a href={`mailto:${postal.email}`}>{postal.email}</a>
          </>
        )}
      </address>
      {postal.website && (
        <p className="mt-2">
          <a href={postal.website}>The Center’s page on the Conference’s website</a>
        </p>
      )}
    </>
  )
}

/**
 * Whom to ask about a practice: the person in the city when the practice names one; otherwise a
 * plain statement that no one in the city is named, how to ask the Center, and the city's own page
 * about the practice when a source names one.
 */
export function PracticeContactCard({
  contact,
  centerContact,
  postal,
  cityName,
  cityPages = [],
}: {
  contact: PracticeContact
  centerContact: PersonRef | null
  postal: PostalContact
  cityName: string
  cityPages?: readonly SourceLink[]
}) {
  const named = !contact.useCenterContact && contact.name
  return (
    <section aria-labelledby="contact-heading" className="rounded border-2 border-navy bg-white p-5">
      <h2 id="contact-heading" className="text-xl">
        {named ? 'Whom to contact' : 'Asking about this practice'}
      </h2>
      {named ? (
        <div className="mt-3">
          <ContactPerson person={{ name: contact.name!, role: contact.title, email: contact.email, phone: contact.phone }} />
        </div>
      ) : (
        <>
          <p className="mt-2 text-[0.95rem]">
            The sources name no one in {cityName} to contact about this practice. To ask the Center about it,{' '}
            {centerContact ? 'contact:' : 'write to the U.S. Conference of Mayors, of which the Center is part:'}
          </p>
          <AskTheCenter centerContact={centerContact} postal={postal} />
          {cityPages.length > 0 && (
            <>
              <p className="mt-4 text-[0.95rem]">{cityName}’s own page about it:</p>
              <ul className="mt-1 space-y-1">
                {cityPages.map((l) => (
                  <li key={l._key}>
                    <a href={l.url}>{l.title}</a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  )
}
