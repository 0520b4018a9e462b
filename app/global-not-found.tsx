import type { Metadata, Viewport } from 'next'
import { NOT_FOUND_METADATA, NotFoundContent } from '@/components/NotFoundContent'
import { SiteChrome } from '@/components/SiteChrome'
import { fetchContent, siteSettingsQuery } from '@/lib/content'
import './(site)/globals.css'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await fetchContent(siteSettingsQuery)
  return { ...NOT_FOUND_METADATA, title: `${String(NOT_FOUND_METADATA.title)} | ${settings.shortName}` }
}

export const viewport: Viewport = { themeColor: '#15325c', width: 'device-width', initialScale: 1 }

/**
 * Every address no route matches: the site's designed 404 as a whole document (Next renders this
 * file instead of a layout, experimental.globalNotFound in next.config.ts), so that it is the same
 * page with or without JavaScript: `lang`, the site's frame, one h1 in main, the ways in. The site
 * has two root layouts (the public site and the Studio), so no layout could frame it.
 */
export default async function GlobalNotFound() {
  const settings = await fetchContent(siteSettingsQuery)
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <SiteChrome settings={settings}>
          <NotFoundContent />
        </SiteChrome>
      </body>
    </html>
  )
}
