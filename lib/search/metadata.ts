/**
 * What the finder's metadata needs of the content, kept small in the cache.
 *
 * The finder renders for every address, metadata included. Its hreflang alternates name both
 * languages when the finder's section has its Spanish translation (as every section page's do,
 * components/views/SectionViews.tsx). Finding that out reads every Spanish translation (79
 * documents, 84 KB, each read deserialized from the cache and validated again), which the English
 * finder otherwise never reads: here the answer is cached instead, one boolean, tagged and refreshed
 * with the section and the translations it comes from (the inner reads' tags and life reach this
 * entry, and its own say so too).
 */
import 'server-only'
import { cacheLife, cacheTag } from 'next/cache'
import { CONTENT_CACHE_LIFE, centerSectionQuery, fetchPublishedContent, tagsForTypes, translationsQuery } from '../content'
import { translatedSection, translationMap } from '../i18n/translate'

/** The finder's section. */
export const FINDER_SECTION = 'best-practices'

/**
 * Whether the finder's section is translated into Spanish (published content). A `'use cache'`
 * function is callable by anyone who knows its id (lib/content/cached.ts): this one takes no
 * argument and answers only what the page's own links say.
 */
export async function finderSectionInSpanish(): Promise<boolean> {
  'use cache'
  cacheTag(...tagsForTypes([...centerSectionQuery.types, ...translationsQuery.types]))
  cacheLife(CONTENT_CACHE_LIFE)
  const [section, translations] = await Promise.all([
    fetchPublishedContent(centerSectionQuery, { slug: FINDER_SECTION }),
    fetchPublishedContent(translationsQuery, { language: 'es' }),
  ])
  return section ? translatedSection(section, translationMap(translations), 'es').lang === 'es' : false
}
