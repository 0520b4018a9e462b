import Link from '@/components/Link'
import { dictionary, localePath, type Lang } from '@/lib/i18n'
import { langAttr } from '@/lib/i18n/translate'
import { LanguageSwitch } from './LanguageSwitch'

/** A section in the navigation; `titleLang`/`hrefLang` when its name or its page is not in the page's language. */
export type NavItem = { title: string; href: string; titleLang?: Lang; hrefLang?: Lang }

/**
 * The site's banner: the Center's name, the language switch and the main navigation. The navigation
 * puts what visitors come for first (`tasks`: the finder, the Compact, the cities and their map, the
 * form), always in view; the Center's sections fold into a native disclosure ("About the Center"),
 * which needs no JavaScript and opens with Enter or Space. When it opens, its list pushes the page
 * down rather than lying over it, so nothing focused later is hidden under it.
 */
export function SiteHeader({
  name,
  parentName,
  tasks,
  sections,
  lang,
  nameLang = lang,
}: {
  name: string
  parentName: string
  tasks: NavItem[]
  sections: NavItem[]
  lang: Lang
  nameLang?: Lang
}) {
  const t = dictionary(lang)
  const link = (item: NavItem, className: string) => (
    <Link
      href={item.href}
      {...langAttr(item.titleLang ?? lang, lang)}
      hrefLang={item.hrefLang && item.hrefLang !== lang ? item.hrefLang : undefined}
      className={className}
    >
      {item.title}
    </Link>
  )
  return (
    <header role="banner" className="bg-navy text-white">
      <div className="mx-auto max-w-6xl px-4 py-4 sm:px-6">
        <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
          <p className="text-sm tracking-wide text-white/90">{parentName}</p>
          <p className="no-print text-sm">
            <LanguageSwitch lang={lang} className="text-white underline hover:no-underline" />
          </p>
        </div>
        <Link href={localePath(lang, '/')} {...langAttr(nameLang, lang)} className="mt-1 block font-serif text-xl leading-snug text-white no-underline hover:underline sm:text-2xl">
          {name}
        </Link>
      </div>
      <nav aria-label={t.chrome.navLabel} className="border-t border-white/25 bg-navy-deep">
        <div className="relative mx-auto max-w-6xl px-4 sm:px-6">
          <ul className="flex flex-wrap gap-x-4 gap-y-0 py-1 md:gap-x-5 md:pr-56">
            {tasks.map((item) => (
              <li key={item.href}>
                {link(item, 'inline-block py-1.5 text-[0.95rem] font-semibold text-white no-underline hover:underline md:text-base')}
              </li>
            ))}
          </ul>
          {sections.length > 0 && (
            <details className="group border-t border-white/15 md:border-0">
              <summary className="flex cursor-pointer list-none items-center gap-2 py-2 text-white hover:underline md:absolute md:top-1 md:right-6 md:py-1.5 [&::-webkit-details-marker]:hidden">
                <svg aria-hidden="true" viewBox="0 0 10 10" className="h-2.5 w-2.5 shrink-0 fill-current transition-transform group-open:rotate-90">
                  <path d="M2 0l6 5-6 5z" />
                </svg>
                {t.chrome.aboutCenter}
              </summary>
              <ul className="grid gap-x-6 pb-3 sm:grid-cols-2 md:border-t md:border-white/15 md:pt-2 lg:grid-cols-3">
                {sections.map((item) => (
                  <li key={item.href}>{link(item, 'inline-block py-2 text-[0.95rem] text-white no-underline hover:underline md:py-1')}</li>
                ))}
              </ul>
            </details>
          )}
        </div>
      </nav>
    </header>
  )
}
