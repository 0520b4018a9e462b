import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { BusinessSupporters } from '@/components/about/BusinessSupporters'
import { Section } from '@/components/Section'
import { SectionPage } from '@/components/SectionPage'
import { Timeline } from '@/components/timeline/Timeline'
import { businessSupportersQuery, centerSectionQuery, fetchContent, milestonesQuery } from '@/lib/content'
import { sectionMetadata } from '@/lib/section-metadata'

const SLUG = 'about'

export function generateMetadata(): Promise<Metadata> {
  return sectionMetadata(SLUG)
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
