import Link from '@/components/Link'
import { dictionary, type Lang } from '@/lib/i18n'
import { formerNamesIn } from '@/lib/i18n/former-names'
import { langAttr } from '@/lib/i18n/translate'

export type FooterContact = {
  organization: string
  department?: string | null
  street: string
  locality: string
  region?: string | null
  postalCode?: string | null
  country: string
  phone?: string | null
  email?: string | null
  website?: string | null
}

export type FooterPerson = { name: string; role: string; email?: string | null; phone?: string | null }

export function telHref(phone: string): string {
  const digits = phone.replace(/\(w\)|[^\d+]/g, '')
  return `tel:${digits.startsWith('+') ? digits : `+1${digits}`}`
}

/**
 * The footer: the Conference's contact details, the Center's contact person and former names. The
 * Conference's details are only those a source gives for the Conference itself (its address, the
 * Center's page): a person's work line is shown only with that person's name and role. Its
 * parts are not regions of their own (the footer is the landmark), so that a page's own "Contact"
 * region keeps its name to itself; its links are "Quick links", apart from the home page's "Ways in".
 */
export function SiteFooter({
  name,
  formerNames,
  contact,
  person,
  links,
  lang,
  nameLang = lang,
}: {
  lang: Lang
  nameLang?: Lang
  name: string
  formerNames: { name: string; usage: string }[]
  contact: FooterContact
  person?: FooterPerson | null
  links: { title: string; href: string }[]
}) {
  const t = dictionary(lang)
  const former = formerNamesIn(lang, formerNames)
  return (
    <footer className="mt-16 border-t-4 border-navy bg-panel">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:px-6 md:grid-cols-3">
        <div>
          <h2 id="footer-center" className="text-lg" {...langAttr(nameLang, lang)}>
            {name}
          </h2>
          {former.length > 0 && (
            <p className="mt-2 text-sm text-muted">
              {t.chrome.formerly}{' '}
              {former.map((f, i) => (
                <span key={f.name}>
                  {i > 0 && '; '}
                  {t.chrome.formerlyThe} {f.name} ({f.usage})
                </span>
              ))}
              .
            </p>
          )}
        </div>
        <div>
          <h2 id="footer-contact" className="text-lg">
            {t.chrome.contact}
          </h2>
          <address className="mt-2 not-italic">
            {person && (
              <>
                {person.name}
                <br />
                <span {...langAttr('en', lang)}>{person.role}</span>
                <br />
              </>
            )}
            <span {...langAttr('en', lang)}>{contact.organization}</span>
            <br />
            {contact.department && (
              <>
                <span {...langAttr('en', lang)}>{contact.department}</span>
                <br />
              </>
            )}
            {contact.street}
            <br />
            {contact.locality}
            {contact.region ? `, ${contact.region}` : ''} {contact.postalCode}
            <br />
            {contact.phone && (
              <>
                {t.chrome.tel} <a href={telHref(contact.phone)}>{contact.phone}</a>
                <br />
              </>
            )}
            {contact.email && (
              <>
                {t.chrome.email} <a href={`mailto:${contact.email}`}>{contact.email}</a>
                <br />
              </>
            )}
            {contact.website && <a href={contact.website}>{t.chrome.centerPage}</a>}
          </address>
        </div>
        <nav aria-labelledby="footer-links" className="no-print">
          <h2 id="footer-links" className="text-lg">
            {t.chrome.quickLinks}
          </h2>
          <ul className="mt-2 space-y-1">
            {links.map((l) => (
              <li key={l.href}>
                <Link href={l.href}>{l.title}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  )
}
