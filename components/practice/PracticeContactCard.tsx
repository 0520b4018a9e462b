import type { PersonRef, PracticeContact } from '@/lib/content'
import { ContactPerson } from '@/components/organizations/ContactPerson'

/**
 * Whom to call about a practice: the person in the city, or, when the practice refers readers to
 * the Center, the Center's contact person, with a line saying no city contact is listed yet.
 */
export function PracticeContactCard({ contact, centerContact, cityName }: { contact: PracticeContact; centerContact: PersonRef | null; cityName: string }) {
  const useCenter = contact.useCenterContact && centerContact
  return (
    <section aria-labelledby="contact-heading" className="rounded border-2 border-navy bg-white p-5">
      <h2 id="contact-heading" className="text-xl">
        Whom to contact
      </h2>
      {useCenter ? (
        <>
          <p className="mt-2 text-[0.95rem] text-muted">
            No contact in {cityName} is listed yet for this practice. The Center’s contact can put you in touch:
          </p>
          <div className="mt-3">
            <ContactPerson person={centerContact} />
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
