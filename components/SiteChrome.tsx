import type { ReactNode } from 'react'
import type { SiteSettings } from '@/lib/content'
import { dictionary, hrefIn, type Lang } from '@/lib/i18n'
import { GLOSSARY } from '@/lib/i18n/glossary'
import { NO_TRANSLATIONS, translated, type TranslationMap } from '@/lib/i18n/translate'
import { sectionHref } from '@/lib/routes'
import { SiteFooter } from './SiteFooter'
import { SiteHeader, type NavItem } from './SiteHeader'
import { SkipLink } from './SkipLink'

/**
 * The frame of every public page: skip link, header with the main navigation and the language switch, main
 * landmark, footer; in the page's language (`lang`), with section names from their translations.
 */
export function SiteChrome({
  settings,
  children,
  lang,
  translations = NO_TRANSLATIONS,
}: {
  settings: SiteSettings
  children: ReactNode
  lang: Lang
  translations?: TranslationMap
}) {
  const t = dictionary(lang)
  const site = translated(settings, translations, ['name'] as const, lang)
  const tasks: NavItem[] = t.chrome.tasks.map((task) => {
    const target = hrefIn(lang, task.href)
    return { title: task.title, href: target.href, hrefLang: target.lang }
  })
  // The Center's sections, as staff order them in the site settings; a section that is already one
  // of the tasks (Best Practices is the finder) is not listed twice.
  const taskHrefs = new Set(tasks.map((task) => task.href))
  const sections: NavItem[] = settings.navigation.flatMap((section) => {
    const path = sectionHref(section.slug)
    if (!path) return []
    const title = translated(section, translations, ['title'] as const, lang)
    const target = hrefIn(lang, path)
    if (taskHrefs.has(target.href)) return []
    return [{ title: title.title, titleLang: title.lang, href: target.href, hrefLang: target.lang }]
  })
  return (
    <>
      <SkipLink label={t.chrome.skipLink} />
      <SiteHeader
        lang={lang}
        name={site.name}
        nameLang={site.lang}
        parentName={lang === 'es' ? GLOSSARY.conference.es : settings.parentOrganization.name}
        tasks={tasks}
        sections={sections}
      />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl px-4 py-8 outline-none sm:px-6">
        {children}
      </main>
      <SiteFooter
        lang={lang}
        name={site.name}
        nameLang={site.lang}
        formerNames={settings.formerNames}
        contact={settings.contact}
        person={settings.contactPerson}
        links={t.chrome.footerLinks.map((l) => ({ title: l.title, href: hrefIn(lang, l.href).href }))}
      />
    </>
  )
}
