import type { PersonRef, PostalContact, PracticeContact } from '@/lib/content'
import { conferenceContact, ContactPerson } from '@/components/organizations/ContactPerson'

/**
 * Whom to call about a practice: the person in the city, or, when the practice refers readers to
 * the Center, the Center's contact person (when Site settings names one) or else the Conference's
 * address and telephone, with a line saying no city contact is listed yet.
 */
export function PracticeContactCard({
  contact,
  centerContact,
  postal,
  cityName,
}: {
  contact: PracticeContact
  centerContact: PersonRef | null
  postal: PostalContact
  cityName: string
}) {
  const useCenter = contact.useCenterContact
  return (
    <section aria-labelledby="contact-heading" className="rounded border-2 border-navy bg-white p-5">
      <h2 id="contact-heading" className="text-xl">
        Whom to contact
      </h2>
      {useCenter ? (
        <>
          <p className="mt-2 text-[0.95rem] text-muted">
            No contact in {cityName} is listed yet for this practice.{' '}
            {centerContact ? 'The Center’s contact can put you in touch:' : 'For more, contact the U.S. Conference of Mayors, of which the Center is part:'}
          </p>
          <div className="mt-3">
            <ContactPerson person={centerContact ?? conferenceContact(postal)} />
          </div>
        </>
      ) : contact.name ? (
        <div className="mt-3">
          <ContactPerson person={{ name: contact.name, role: contact.title, email: contact.email, phone: contact.phone }} />
        </div>
      ) : (
        <p className="mt-2 text-muted">No contact is listed yet.</p>
      )}
    </section>
  )
}
