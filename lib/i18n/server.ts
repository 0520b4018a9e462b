import 'server-only'
import { fetchContent, translationsQuery } from '../content'
import type { Lang } from './locales'
import { NO_TRANSLATIONS, translationMap, type TranslationMap } from './translate'

/** The published translations into `lang` (none for English), from the cache like any content. */
export async function translationsFor(lang: Lang): Promise<TranslationMap> {
  if (lang === 'en') return NO_TRANSLATIONS
  return translationMap(await fetchContent(translationsQuery, { language: lang }))
}
