import type { Metadata } from 'next'
import Link from 'next/link'
import { WayTiles, type Way } from '@/components/WayTiles'
import { fetchContent, siteSettingsQuery } from '@/lib/content'
import { sectionHref } from '@/lib/routes'

export const NOT_FOUND_METADATA: Metadata = {
  title: 'Page not found',
  description: 'There is no page at this address. Ways into the site of the Center.',
}

const MAIN_WAYS: Way[] = [
  { href: '/best-practices', title: 'Find best practices', text: 'What cities have done, and whom to call.' },
  { href: '/compact', title: 'The Mayors’ Compact', text: 'Its 10 components, each with the practices that carry it out.' },
  { href: '/cities', title: 'Cities', text: 'The cities in the Center’s work, their practices and statements.' },
  { href: '/', title: 'The home page', text: 'What the Center is and what it does.' },
]

/**
 * The 404 page's content, inside the site's frame: it says plainly that the page is not there and
 * offers the ways in. Rendered by app/(site)/not-found.tsx (notFound() in a page) and by
 * app/global-not-found.tsx (every address no route matches, as a whole document).
 */
export async function NotFoundContent() {
  const settings = await fetchContent(siteSettingsQuery)
  const main = new Set(MAIN_WAYS.map((way) => way.href))
  const sections = settings.navigation.flatMap((section) => {
    const href = sectionHref(section.slug)
    return href && !main.has(href) ? [{ title: section.title, href }] : []
  })
  const email = settings.contactPerson?.email ?? settings.contact.email

  return (
    <div className="max-w-4xl">
      <p className="text-sm font-semibold uppercase tracking-wider text-accent">Page not found (error 404)</p>
      <h1 className="mt-2 text-display">This page isn’t here</h1>
      <p className="mt-4 max-w-[70ch] text-lg">
        There is no page at this address. It may have moved, or the address may have a typing mistake in it. Here are the ways
        into the Center’s work.
      </p>

      <nav aria-labelledby="not-found-ways-heading" className="mt-10">
        <h2 id="not-found-ways-heading" className="text-2xl">
          Where to go from here
        </h2>
        <WayTiles ways={MAIN_WAYS} className="mt-5 sm:grid-cols-2" />

        <h2 id="not-found-sections-heading" className="mt-10 text-2xl">
          The Center’s other sections
        </h2>
        <ul aria-labelledby="not-found-sections-heading" className="mt-4 grid gap-x-8 gap-y-2 sm:grid-cols-2">
          {sections.map((section) => (
            <li key={section.href}>
              <Link href={section.href}>{section.title}</Link>
            </li>
          ))}
        </ul>
      </nav>

      {email && (
        <p className="mt-10 max-w-[70ch] text-muted">
          If a link on this site brought you here, please tell us at <a href={`mailto:${email}`}>{email}</a> so we can mend it.
        </p>
      )}
    </div>
  )
}
