import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { SectionPage } from '@/components/SectionPage'
import { centerSectionQuery, fetchContent } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata'
import { SECTION_PATHS } from '@/lib/routes'

const SLUG = 'measures-of-racial-disparities'

export async function generateMetadata(): Promise<Metadata> {
  const section = await fetchContent(centerSectionQuery, { slug: SLUG })
  if (!section) return {}
  return pageMetadata({ title: section.title, description: section.summary, path: SECTION_PATHS[SLUG] })
}

export default async function MeasuresOfRacialDisparitiesPage() {
  const section = await fetchContent(centerSectionQuery, { slug: SLUG })
  if (!section) notFound()
  return <SectionPage section={section} />
}
