import type { Metadata, Viewport } from 'next'
import { Suspense, type ReactNode } from 'react'
import { ContentLive } from '@/components/ContentLive'
import { LinkIntent } from '@/components/LinkIntent'
import { DraftModeBanner } from '@/components/preview/DraftModeBanner'
import { SiteChrome } from '@/components/SiteChrome'
import { SITE_VIEWPORT } from '@/lib/metadata'
import { siteMetadata } from '@/lib/site-metadata'
import { fetchContent, siteSettingsQuery } from '@/lib/content'
import { translationsFor } from '@/lib/i18n/server'
import { langParams, routeLang } from '@/lib/i18n/route'
import '../globals.css'

type Props = { children: ReactNode; params: Promise<{ lang: string }> }

/** Both languages are prerendered; proxy.ts maps an address to its language's segment. */
export const generateStaticParams = langParams

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return siteMetadata(await routeLang(params))
}

export const viewport: Viewport = SITE_VIEWPORT

/**
 * The one root layout of the public site, in both languages: `<html lang>` from the route's `lang`
 * segment (English at the root, Spanish under /es: proxy.ts), so that every page declares its
 * language in its HTML, without JavaScript. The Studio (app/(studio)) has its own.
 */
export default async function RootLayout({ children, params }: Props) {
  const lang = await routeLang(params)
  const [settings, translations] = await Promise.all([fetchContent(siteSettingsQuery), translationsFor(lang)])
  return (
    <html lang={lang}>
      <body className="flex min-h-screen flex-col">
        <SiteChrome settings={settings} lang={lang} translations={translations}>
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
