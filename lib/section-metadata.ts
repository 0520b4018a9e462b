import type { Metadata } from 'next'
import { fetchContent } from './content'
import { centerSectionQuery } from './content/queries'
import { pageMetadata } from './metadata'
import { SECTION_PATHS, type SectionSlug } from './routes'

/**
 * The metadata of a section's page (generateMetadata of the ten section routes): the section's title
 * and summary as staff wrote them, at the section's address; none when the section is missing (the
 * page answers 404).
 */
export async function sectionMetadata(slug: SectionSlug): Promise<Metadata> {
  const section = await fetchContent(centerSectionQuery, { slug })
  if (!section) return {}
  return pageMetadata({ title: section.title, description: section.summary, path: SECTION_PATHS[slug] })
}
