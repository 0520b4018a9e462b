import Link from '@/components/Link'
import type { PostalContact } from '@/lib/content'
import { ContactPerson, type Contactable } from '@/components/organizations/ContactPerson'

/**
 * The invitation to every mayor to send in a practice, with how to send it: the Center's contact
 * from Site settings. Carries id="share", the anchor the home page links to.
 */
export function ShareInvitation({ person, postal }: { person: Contactable; postal: PostalContact }) {
  const email = person.email ?? postal.email
  const subject = encodeURIComponent('A best practice from our city')
  const mailing = [postal.organization, postal.department, postal.street, [postal.locality, [postal.region, postal.postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ')]
    .filter(Boolean)
    .join(', ')
  return (
    <section id="share" aria-labelledby="share-heading" className="mt-12 scroll-mt-4 rounded border-2 border-navy bg-white p-5 sm:p-6">
      <h2 id="share-heading" className="text-2xl">
        Share your city’s practice
      </h2>
      <p className="mt-3 max-w-[70ch]">
        Mayors and their staff are invited to send the Center a summary of an initiative that works, and of what the
        city learned along the way. Please include:
      </p>
      <ul className="mt-2 max-w-[70ch] list-disc space-y-1 pl-6">
        <li>the problem the initiative addresses;</li>
        <li>what the city did, and when it started;</li>
        <li>the results so far;</li>
        <li>a person in the city whom other cities can contact: name, title, email and phone.</li>
      </ul>
      <p className="mt-4">
        <Link
          href="/submit"
          className="inline-block rounded bg-navy px-4 py-2 font-semibold text-white no-underline hover:bg-navy-deep hover:underline"
        >
          Send a practice through the form
        </Link>
      </p>
      <p className="mt-4 max-w-[70ch]">Or send it to:</p>
      <div className="mt-2">
        <ContactPerson person={person} />
      </div>
      {email && (
        <p className="mt-4">
          <a
            href={`mailto:${email}?subject=${subject}`}
            className="inline-block rounded border-2 border-navy px-4 py-2 font-semibold text-navy-deep no-underline hover:bg-panel hover:underline"
          >
            Email a practice to the Center
          </a>
        </p>
      )}
      <p className="mt-4 max-w-[70ch] text-[0.95rem] text-muted">Or by post: {mailing}.</p>
    </section>
  )
}
