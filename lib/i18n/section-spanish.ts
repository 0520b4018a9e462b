/**
 * Whether a Center section is translated into Spanish, kept small in the cache.
 *
 * A section page's hreflang alternates name both languages when its section has its Spanish
 * translation (components/views/SectionViews.tsx, sectionMetadata; the finder's metadata). Finding
 * that out reads every Spanish translation (79 documents, 84 KB, each read deserialized from the
 * cache and validated again); the finder renders per request, and an English page otherwise never
 * reads them. So the answer is cached instead, one boolean per section, tagged and refreshed with
 * the section and the translations it comes from (the inner reads' tags and life reach this entry,
 * and its own say so too).
 */
import 'server-only'
import { cacheLife, cacheTag } from 'next/cache'
import { CONTENT_CACHE_LIFE, centerSectionQuery, fetchPublishedContent, tagsForTypes, translationsQuery } from '../content'
import { isSectionSlug } from '../routes'
import { translatedSection, translationMap } from './translate'

/**
 * Whether the section of this slug is translated into Spanish (published content). A `'use cache'`
 * function is callable by anyone who knows its id (lib/content/cached.ts): it takes only a section's
 * slug (any other string answers false, without a read) and answers only what the page's own links say.
 */
export async function sectionInSpanish(slug: string): Promise<boolean> {
  'use cache'
  if (!isSectionSlug(slug)) return false
  cacheTag(...tagsForTypes([...centerSectionQuery.types, ...translationsQuery.types]))
  cacheLife(CONTENT_CACHE_LIFE)
  const [section, translations] = await Promise.all([
    fetchPublishedContent(centerSectionQuery, { slug }),
    fetchPublishedContent(translationsQuery, { language: 'es' }),
  ])
  return section ? translatedSection(section, translationMap(translations), 'es').lang === 'es' : false
}
