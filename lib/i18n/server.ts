import 'server-only'
import { cache } from 'react'
import { fetchContent, translationsQuery } from '../content'
import type { Lang } from './locales'
import { NO_TRANSLATIONS, translationMap, type TranslationMap } from './translate'

/**
 * The published translations into `lang` (none for English), from the cache like any content. One
 * map per render (React's `cache`): the layout, the page and its parts all ask for it.
 */
export const translationsFor = cache(async (lang: Lang): Promise<TranslationMap> => {
  if (lang === 'en') return NO_TRANSLATIONS
  return translationMap(await fetchContent(translationsQuery, { language: lang }))
})
