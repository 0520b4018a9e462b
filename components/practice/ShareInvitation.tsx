import Link from '@/components/Link'
import type { PostalContact } from '@/lib/content'
import { ContactPerson, type Contactable } from '@/components/organizations/ContactPerson'
import { localePath, type Lang } from '@/lib/i18n/locales'

const WORDS = {
  en: {
    heading: 'Share your city’s practice',
    intro:
      'Mayors and their staff are invited to send the Center a summary of an initiative that works, and of what the city learned along the way. Please include:',
    items: [
      'the problem the initiative addresses;',
      'what the city did, and when it started;',
      'the results so far;',
      'a person in the city whom other cities can contact: name, title, email and phone.',
    ],
    form: 'Send a practice through the form',
    orTo: 'Or send it to:',
    email: 'Email a practice to the Center',
    subject: 'A best practice from our city',
    post: 'Or by post:',
    labels: { email: 'Email', tel: 'Tel.' },
  },
  es: {
    heading: 'Comparta la práctica de su ciudad',
    intro:
      'Se invita a los alcaldes y a su personal a enviar al Centro un resumen de una iniciativa que funciona y de lo que la ciudad aprendió en el camino. Incluya:',
    items: [
      'el problema que aborda la iniciativa;',
      'lo que hizo la ciudad y cuándo empezó;',
      'los resultados hasta ahora;',
      'una persona de la ciudad a quien otras ciudades puedan contactar: nombre, cargo, correo electrónico y teléfono.',
    ],
    form: 'Enviar una práctica con el formulario',
    orTo: 'O envíela a:',
    email: 'Enviar una práctica al Centro por correo electrónico',
    subject: 'Una buena práctica de nuestra ciudad',
    post: 'O por correo postal:',
    labels: { email: 'Correo electrónico', tel: 'Tel.' },
  },
} satisfies Record<Lang, unknown>

/**
 * The invitation to every mayor to send in a practice, with how to send it: the Center's contact
 * from Site settings. Carries id="share", the anchor the home page links to.
 */
export function ShareInvitation({ person, postal, lang }: { person: Contactable; postal: PostalContact; lang: Lang }) {
  const t = WORDS[lang]
  const email = person.email ?? postal.email
  const subject = encodeURIComponent(t.subject)
  const mailing = [postal.organization, postal.department, postal.street, [postal.locality, [postal.region, postal.postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ')]
    .filter(Boolean)
    .join(', ')
  return (
    <section id="share" aria-labelledby="share-heading" className="mt-12 scroll-mt-4 rounded border-2 border-navy bg-white p-5 sm:p-6">
      <h2 id="share-heading" className="text-2xl">
        {t.heading}
      </h2>
      <p className="mt-3 max-w-[70ch]">{t.intro}</p>
      <ul className="mt-2 max-w-[70ch] list-disc space-y-1 pl-6">
        {t.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p className="mt-4">
        <Link
          href={localePath(lang, '/submit')}
          className="inline-block rounded bg-navy px-4 py-2 font-semibold text-white no-underline hover:bg-navy-deep hover:underline"
        >
          {t.form}
        </Link>
      </p>
      <p className="mt-4 max-w-[70ch]">{t.orTo}</p>
      <div className="mt-2">
        <ContactPerson person={person} labels={t.labels} roleLang={lang === 'en' ? undefined : 'en'} />
      </div>
      {email && (
        <p className="mt-4">
          <a
            href={`mailto:${email}?subject=${subject}`}
            className="inline-block rounded border-2 border-navy px-4 py-2 font-semibold text-navy-deep no-underline hover:bg-panel hover:underline"
          >
            {t.email}
          </a>
        </p>
      )}
      <p className="mt-4 max-w-[70ch] text-[0.95rem] text-muted">
        {t.post} {mailing}.
      </p>
    </section>
  )
}
