import type { Metadata, Viewport } from 'next'
import { Suspense, type ReactNode } from 'react'
import { ContentLive } from '@/components/ContentLive'
import { LinkIntent } from '@/components/LinkIntent'
import { DraftModeBanner } from '@/components/preview/DraftModeBanner'
import { SiteChrome } from '@/components/SiteChrome'
import { fetchContent, siteSettingsQuery } from '@/lib/content'
import { siteUrl } from '@/lib/env'
import './globals.css'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await fetchContent(siteSettingsQuery)
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: settings.name, template: `%s | ${settings.shortName}` },
    description: settings.metaDescription,
    applicationName: settings.shortName,
    openGraph: {
      type: 'website',
      siteName: settings.name,
      title: settings.name,
      description: settings.metaDescription,
      locale: 'en_US',
    },
    twitter: { card: 'summary', title: settings.name, description: settings.metaDescription },
  }
}

export const viewport: Viewport = {
  themeColor: '#15325c',
  width: 'device-width',
  initialScale: 1,
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const settings = await fetchContent(siteSettingsQuery)
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <SiteChrome settings={settings}>{children}</SiteChrome>
        {/* Draft mode is known only per request: the banner streams in, the rest of the page stays static. */}
        <Suspense fallback={null}>
          <DraftModeBanner />
        </Suspense>
        <ContentLive />
        <LinkIntent />
      </body>
    </html>
  )
}
