import 'server-only'
import type { Metadata } from 'next'
import { fetchContent, siteSettingsQuery } from './content'
import { siteUrl } from './env'
import { OG_LOCALE, type Lang } from './i18n/locales'
import { translationsFor } from './i18n/server'
import { translated } from './i18n/translate'

/** The site's name, short name and description in a language (from their translations; English as written). */
export async function siteIn(lang: Lang) {
  const [settings, translations] = await Promise.all([fetchContent(siteSettingsQuery), translationsFor(lang)])
  return translated(settings, translations, ['name', 'shortName', 'metaDescription'] as const, lang)
}

/** The root layout's metadata in a language: every page's title template, description and card. */
export async function siteMetadata(lang: Lang): Promise<Metadata> {
  const site = await siteIn(lang)
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
      locale: OG_LOCALE[lang],
      ...(lang === 'en' ? {} : { alternateLocale: [OG_LOCALE.en] }),
    },
    twitter: { card: 'summary', title: site.name, description: site.metaDescription },
  }
}
