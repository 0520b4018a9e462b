import type { Metadata, Viewport } from 'next'
import { headers } from 'next/headers'
import { notFoundMetadata, NotFoundContent } from '@/components/NotFoundContent'
import { SiteChrome } from '@/components/SiteChrome'
import { fetchContent, siteSettingsQuery } from '@/lib/content'
import { REQUEST_LANG_HEADER, requestLang, type Lang } from '@/lib/i18n'
import { translationsFor } from '@/lib/i18n/server'
import { translated } from '@/lib/i18n/translate'
import { SITE_VIEWPORT } from '@/lib/metadata'
import './globals.css'

/** The language of the address asked: proxy.ts names it (`/es/…` is Spanish), since this page is told no path. */
async function askedLang(): Promise<Lang> {
  return requestLang((await headers()).get(REQUEST_LANG_HEADER))
}

async function frame(lang: Lang) {
  const [settings, translations] = await Promise.all([fetchContent(siteSettingsQuery), translationsFor(lang)])
  return { settings, translations, site: translated(settings, translations, ['shortName'] as const, lang) }
}

export async function generateMetadata(): Promise<Metadata> {
  const lang = await askedLang()
  const { site } = await frame(lang)
  const metadata = notFoundMetadata(lang)
  return { ...metadata, title: `${String(metadata.title)} | ${site.shortName}` }
}

/**
 * Rendered per request, blocking (`instant = false`): its language comes from the request's header
 * (proxy.ts), and the whole document must arrive in order, without JavaScript.
 */
export const instant = false

export const viewport: Viewport = SITE_VIEWPORT

/**
 * Every address no route matches: the site's designed 404 as a whole document (Next renders this
 * file instead of a layout, experimental.globalNotFound in next.config.ts), so that it is the same
 * page with or without JavaScript: `lang`, the site's frame, one h1 in main, the ways in. The site's
 * root layout sits under a dynamic segment (app/[lang]) and the Studio has its own, so no layout
 * could frame it. An address
 * under /es gets the page in Spanish.
 */
export default async function GlobalNotFound() {
  const lang = await askedLang()
  const { settings, translations } = await frame(lang)
  return (
    <html lang={lang}>
      <body className="flex min-h-screen flex-col">
        <SiteChrome settings={settings} lang={lang} translations={translations}>
          <NotFoundContent lang={lang} />
        </SiteChrome>
      </body>
    </html>
  )
}
