import type { Metadata } from 'next'
import Link from '@/components/Link'
import { WayTiles } from '@/components/WayTiles'
import { fetchContent, siteSettingsQuery } from '@/lib/content'
import { dictionary, hrefIn, type Lang } from '@/lib/i18n'
import { translationsFor } from '@/lib/i18n/server'
import { langAttr, translated } from '@/lib/i18n/translate'
import { sectionHref } from '@/lib/routes'

export function notFoundMetadata(lang: Lang): Metadata {
  const t = dictionary(lang).notFound
  return { title: t.title, description: t.description }
}

/**
 * The 404 page's content, inside the site's frame: it says plainly that the page is not there and
 * offers the ways in. Rendered by app/(site)/not-found.tsx (notFound() in a page), by
 * app/global-not-found.tsx (every address no route matches, as a whole document) and, in Spanish, by
 * app/(es)/es/not-found.tsx (notFound() in a Spanish page); the global one answers in Spanish under /es.
 */
export async function NotFoundContent({ lang }: { lang: Lang }) {
  const [settings, translations] = await Promise.all([fetchContent(siteSettingsQuery), translationsFor(lang)])
  const t = dictionary(lang).notFound
  const ways = t.ways.map((way) => ({ ...way, href: hrefIn(lang, way.href).href }))
  const main = new Set(t.ways.map((way) => way.href))
  const sections = settings.navigation.flatMap((section) => {
    const path = sectionHref(section.slug)
    if (!path || main.has(path)) return []
    const shown = translated(section, translations, ['title'] as const, lang)
    return [{ title: shown.title, titleLang: shown.lang, href: hrefIn(lang, path).href }]
  })
  const email = settings.contactPerson?.email ?? settings.contact.email

  return (
    <div className="max-w-4xl">
      <p className="text-sm font-semibold uppercase tracking-wider text-accent">{t.kicker}</p>
      <h1 className="mt-2 text-display">{t.heading}</h1>
      <p className="mt-4 max-w-[70ch] text-lg">{t.lead}</p>

      <nav aria-labelledby="not-found-ways-heading" className="mt-10">
        <h2 id="not-found-ways-heading" className="text-2xl">
          {t.where}
        </h2>
        <WayTiles ways={ways} className="mt-5 sm:grid-cols-2" />

        <h2 id="not-found-sections-heading" className="mt-10 text-2xl">
          {t.otherSections}
        </h2>
        <ul aria-labelledby="not-found-sections-heading" className="mt-4 grid gap-x-8 gap-y-2 sm:grid-cols-2">
          {sections.map((section) => (
            <li key={section.href}>
              <Link href={section.href} {...langAttr(section.titleLang, lang)}>
                {section.title}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      {email && (
        <p className="mt-10 max-w-[70ch] text-muted">
          {t.tellUs} <a href={`mailto:${email}`}>{email}</a> {t.tellUsEnd}
        </p>
      )}
    </div>
  )
}
