'use client'

import { usePathname } from 'next/navigation'
import { hasSpanishVersion, localePath, splitLocalePath, type Lang } from '@/lib/i18n/locales'

/**
 * The link to this page in the other language, written in that language and saying where it goes
 * ("Esta página en español", "This page in English"). A server-rendered link: it works without
 * JavaScript (a plain link: the two languages have different root layouts). An English page with no Spanish version links to the Spanish home page instead, and
 * says so. The finder repeats it beside its results with the search kept (components/finder).
 */
export function LanguageSwitch({ lang, className = '' }: { lang: Lang; className?: string }) {
  const { path } = splitLocalePath(usePathname() || '/')
  const target: Lang = lang === 'en' ? 'es' : 'en'
  const translated = target === 'en' || hasSpanishVersion(path)
  const href = translated ? localePath(target, path) : localePath(target, '/')
  const text =
    target === 'es' ? (translated ? 'Esta página en español' : 'Sitio en español: página de inicio') : 'This page in English'
  return (
    <a href={href} hrefLang={target} lang={target} className={className}>
      {text}
    </a>
  )
}
