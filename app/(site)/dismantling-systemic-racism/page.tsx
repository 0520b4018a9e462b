import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Section } from '@/components/Section'
import { SectionPage } from '@/components/SectionPage'
import { citingAny } from '@/components/timeline/dates'
import { Timeline } from '@/components/timeline/Timeline'
import { centerSectionQuery, fetchContent, milestonesQuery } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata'
import { SECTION_PATHS } from '@/lib/routes'

const SLUG = 'dismantling-systemic-racism'

export async function generateMetadata(): Promise<Metadata> {
  const section = await fetchContent(centerSectionQuery, { slug: SLUG })
  if (!section) return {}
  return pageMetadata({ title: section.title, description: section.summary, path: SECTION_PATHS[SLUG] })
}

export default async function DismantlingSystemicRacismPage() {
  const [section, milestones] = await Promise.all([fetchContent(centerSectionQuery, { slug: SLUG }), fetchContent(milestonesQuery)])
  if (!section) notFound()
  // The events of the Center's timeline that cite this section's own sources: the launch of the
  // working group and its statement in the Conference's August 2020 platform, with the co-chairs named.
  const related = citingAny(
    milestones,
    section.links.map((l) => l.url),
  )
  return (
    <SectionPage section={section}>
      {related.length > 0 && (
        <Section id="working-group-timeline" title="The working group in the Center’s timeline">
          <Timeline milestones={related} labelledBy="working-group-timeline-heading" />
        </Section>
      )}
    </SectionPage>
  )
}
