import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Section } from '@/components/Section'
import { SectionPage } from '@/components/SectionPage'
import { citingAny } from '@/components/timeline/dates'
import { Timeline } from '@/components/timeline/Timeline'
import { centerSectionQuery, fetchContent, milestonesQuery } from '@/lib/content'
import { sectionMetadata } from '@/components/views/SectionViews'
import { englishOnly, englishRoute } from '@/lib/i18n/route'

const SLUG = 'dismantling-systemic-racism'


/** English only: its Spanish address is the designed 404 (lib/routes.ts). */
export function generateStaticParams() {
  return englishOnly()
}

type Props = { params: Promise<{ lang: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return sectionMetadata(SLUG, await englishRoute(params))
}

export default async function DismantlingSystemicRacismPage({ params }: Props) {
  const lang = await englishRoute(params)
  const [section, milestones] = await Promise.all([fetchContent(centerSectionQuery, { slug: SLUG }), fetchContent(milestonesQuery)])
  if (!section) notFound()
  // The events of the Center's timeline that cite this section's own sources: the launch of the
  // working group and its statement in the Conference's August 2020 platform, with the co-chairs named.
  const related = citingAny(
    milestones,
    section.links.map((l) => l.url),
  )
  return (
    <SectionPage lang={lang} section={section}>
      {related.length > 0 && (
        <Section id="working-group-timeline" title="The working group in the Center’s timeline">
          <Timeline lang={lang} milestones={related} labelledBy="working-group-timeline-heading" />
        </Section>
      )}
    </SectionPage>
  )
}
