import type { ReactNode } from 'react'
import type { SiteSettings } from '@/lib/content'
import { sectionHref } from '@/lib/routes'
import { SiteFooter } from './SiteFooter'
import { SiteHeader, type NavItem } from './SiteHeader'
import { SkipLink } from './SkipLink'

/** The frame of every public page: skip link, header with the sections, main landmark, footer. */
export function SiteChrome({ settings, children }: { settings: SiteSettings; children: ReactNode }) {
  const navigation: NavItem[] = settings.navigation.flatMap((section) => {
    const href = sectionHref(section.slug)
    return href ? [{ title: section.title, href }] : []
  })
  return (
    <>
      <SkipLink />
      <SiteHeader name={settings.name} parentName={settings.parentOrganization.name} navigation={navigation} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl px-4 py-8 outline-none sm:px-6">
        {children}
      </main>
      <SiteFooter
        name={settings.name}
        formerNames={settings.formerNames}
        contact={settings.contact}
        person={settings.contactPerson}
        links={[
          { title: 'Find best practices', href: '/best-practices' },
          { title: 'The Mayors’ Compact', href: '/compact' },
          { title: 'Resources for cities', href: '/resources' },
          { title: 'About the Center', href: '/about' },
        ]}
      />
    </>
  )
}
