import Link from '@/components/Link'
import { dictionary, localePath, type Lang } from '@/lib/i18n'
import { langAttr } from '@/lib/i18n/translate'
import { LanguageSwitch } from './LanguageSwitch'

/** A section in the navigation; `titleLang`/`hrefLang` when its name or its page is not in the page's language. */
export type NavItem = { title: string; href: string; titleLang?: Lang; hrefLang?: Lang }

/**
 * The site's banner: the Center's name and the navigation of its sections. On narrow screens the
 * sections fold into a native disclosure, which needs no JavaScript.
 */
export function SiteHeader({
  name,
  parentName,
  navigation,
  lang = 'en',
  nameLang = lang,
}: {
  name: string
  parentName: string
  navigation: NavItem[]
  lang?: Lang
  nameLang?: Lang
}) {
  const t = dictionary(lang)
  const links = (
    <ul className="flex flex-col gap-1 md:flex-row md:flex-wrap md:gap-x-5 md:gap-y-1">
      {navigation.map((item) => (
        <li key={item.href}>
          <Link
            href={item.href}
            {...langAttr(item.titleLang ?? lang, lang)}
            hrefLang={item.hrefLang && item.hrefLang !== lang ? item.hrefLang : undefined}
            className="inline-block py-2 text-[0.95rem] text-white no-underline hover:underline md:py-1"
          >
            {item.title}
          </Link>
        </li>
      ))}
    </ul>
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
        <div className="mx-auto max-w-6xl px-4 sm:px-6">
          <details className="group md:hidden">
            <summary className="cursor-pointer list-none py-3 font-semibold text-white">
              <span aria-hidden="true" className="mr-2 inline-block transition-transform group-open:rotate-90">
                ▸
              </span>
              {t.chrome.sections}
            </summary>
            <div className="pb-3">{links}</div>
          </details>
          <div className="hidden py-2 md:block">{links}</div>
        </div>
      </nav>
    </header>
  )
}
