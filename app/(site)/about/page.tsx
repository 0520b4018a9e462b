import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { BusinessSupporters } from '@/components/about/BusinessSupporters'
import { Section } from '@/components/Section'
import { SectionPage } from '@/components/SectionPage'
import { Timeline } from '@/components/timeline/Timeline'
import { businessSupportersQuery, centerSectionQuery, fetchContent, milestonesQuery } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata'
import { SECTION_PATHS } from '@/lib/routes'

const SLUG = 'about'

export async function generateMetadata(): Promise<Metadata> {
  const section = await fetchContent(centerSectionQuery, { slug: SLUG })
  if (!section) return {}
  return pageMetadata({ title: section.title, description: section.summary, path: SECTION_PATHS[SLUG] })
}

export default async function AboutPage() {
  const [section, milestones, supporters] = await Promise.all([
    fetchContent(centerSectionQuery, { slug: SLUG }),
    fetchContent(milestonesQuery),
    fetchContent(businessSupportersQuery),
  ])
  if (!section) notFound()
  return (
    <SectionPage section={section}>
      <Section id="timeline" title="Timeline" intro="What led to the Center, and what it has done since, earliest first.">
        <Timeline milestones={milestones} labelledBy="timeline-heading" />
      </Section>
      <Section id="supporters" title="Business supporters">
        <BusinessSupporters supporters={supporters} milestones={milestones} labelledBy="supporters-heading" />
      </Section>
      <p className="mt-10">
        <Link href="/activities">What the Center does: its activities, current and planned</Link>
      </p>
    </SectionPage>
  )
}
