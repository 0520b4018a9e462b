import 'server-only'
import { notFound } from 'next/navigation'
import { isLang, LANGS, type Lang } from './locales'

/**
 * The language of a page, from its route (app/[lang]/…): the `lang` segment, which proxy.ts fills
 * (an unprefixed address is English, rewritten to the `en` segment; /es/… is Spanish). Any other
 * value never reaches a page through the proxy; should one, the page is not found.
 */
export async function routeLang(params: Promise<{ lang: string }>): Promise<Lang> {
  const { lang } = await params
  if (!isLang(lang)) notFound()
  return lang
}

/** The root layout's params: one tree, prerendered in every language. */
export function langParams(): { lang: Lang }[] {
  return LANGS.map((lang) => ({ lang }))
}

/**
 * The `generateStaticParams` of a page that exists in English only: whatever language its parent
 * segment offers, the page is prerendered in English (Next merges and deduplicates the params). Its
 * Spanish address never reaches it: proxy.ts answers it with the designed 404, in Spanish.
 */
export function englishOnly<T extends object>(rows: readonly T[] = [{} as T]): (T & { lang: 'en' })[] {
  return rows.map((row) => ({ ...row, lang: 'en' as const }))
}

/** `generateStaticParams` of an English-only page with no parameter of its own: `export const generateStaticParams = englishOnlyParams`. */
export function englishOnlyParams(): { lang: 'en' }[] {
  return englishOnly()
}

/** For an English-only page: the route's language, which must be English (else the page is not found). */
export async function englishRoute(params: Promise<{ lang: string }>): Promise<'en'> {
  const lang = await routeLang(params)
  if (lang !== 'en') notFound()
  return lang
}
