import type { Metadata, Viewport } from 'next'
import { Suspense, type ReactNode } from 'react'
import { ContentLive } from '@/components/ContentLive'
import { LinkIntent } from '@/components/LinkIntent'
import { DraftModeBanner } from '@/components/preview/DraftModeBanner'
import { SiteChrome } from '@/components/SiteChrome'
import { fetchContent, siteSettingsQuery } from '@/lib/content'
import { siteUrl } from '@/lib/env'
import { OG_LOCALE } from '@/lib/i18n'
import { translationsFor } from '@/lib/i18n/server'
import { translated } from '@/lib/i18n/translate'
import '../../(site)/globals.css'

const LANG = 'es'

async function settingsInSpanish() {
  const [settings, translations] = await Promise.all([fetchContent(siteSettingsQuery), translationsFor(LANG)])
  return { settings, translations, site: translated(settings, translations, ['name', 'shortName', 'metaDescription'] as const, LANG) }
}

export async function generateMetadata(): Promise<Metadata> {
  const { site } = await settingsInSpanish()
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: site.name, template: `%s | ${site.shortName}` },
    description: site.metaDescription,
    applicationName: site.shortName,
    openGraph: {
      type: 'website',
      siteName: site.name,
      title: site.name,
      description: site.metaDescription,
      locale: OG_LOCALE.es,
      alternateLocale: [OG_LOCALE.en],
    },
    twitter: { card: 'summary', title: site.name, description: site.metaDescription },
  }
}

export const viewport: Viewport = {
  themeColor: '#15325c',
  width: 'device-width',
  initialScale: 1,
}

/**
 * The root layout of the Spanish pages (/es/…): a root layout of its own (Next's route groups allow
 * several), so that every Spanish page declares `<html lang="es">` in its HTML, without JavaScript.
 * The same frame as the English site (components/SiteChrome.tsx), in Spanish.
 */
export default async function SpanishRootLayout({ children }: { children: ReactNode }) {
  const { settings, translations } = await settingsInSpanish()
  return (
    <html lang="es" suppressHydrationWarning>
      <body className="flex min-h-screen flex-col">
        <SiteChrome settings={settings} lang={LANG} translations={translations}>
          {children}
        </SiteChrome>
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
