'use client'

import { usePathname, useSearchParams } from 'next/navigation'
import { Suspense } from 'react'
import { hasSpanishVersion, localePath, publicPath, splitLocalePath, type Lang } from '@/lib/i18n/locales'
import { switchQuery } from '@/lib/i18n/switch-query'

/**
 * The link to this page in the other language, written in that language and saying where it goes
 * ("Esta página en español", "This page in English"). A server-rendered link: it works without
 * JavaScript (a plain link: the two languages have different root layouts). An English page with no
 * Spanish version links to the Spanish home page instead, and says so.
 *
 * The query string goes along, as the page reads it (lib/i18n/switch-query.ts: the finder's search,
 * the confirmation's reference), so a search switches language as it is. Pages rendered per request
 * (the finder) have it in their HTML; on prerendered pages, which have no query string, the link
 * is rendered without one (the Suspense fallback) and completed in the browser.
 */
export function LanguageSwitch({ lang, className = '' }: { lang: Lang; className?: string }) {
  return (
    <Suspense fallback={<SwitchLink lang={lang} className={className} query="" />}>
      <SwitchWithQuery lang={lang} className={className} />
    </Suspense>
  )
}

function SwitchWithQuery({ lang, className }: { lang: Lang; className: string }) {
  const { path } = splitLocalePath(publicPath(usePathname() || '/'))
  const query = switchQuery(path, new URLSearchParams(useSearchParams()?.toString() ?? ''))
  return <SwitchLink lang={lang} className={className} query={query} />
}

function SwitchLink({ lang, className, query }: { lang: Lang; className: string; query: string }) {
  const { path } = splitLocalePath(publicPath(usePathname() || '/'))
  const target: Lang = lang === 'en' ? 'es' : 'en'
  const translated = target === 'en' || hasSpanishVersion(path)
  const href = translated ? `${localePath(target, path)}${query ? `?${query}` : ''}` : localePath(target, '/')
  const text =
    target === 'es' ? (translated ? 'Esta página en español' : 'Sitio en español: página de inicio') : 'This page in English'
  return (
    <a href={href} hrefLang={target} lang={target} className={className}>
      {text}
    </a>
  )
}
