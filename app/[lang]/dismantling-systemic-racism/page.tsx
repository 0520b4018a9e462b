import { notFound } from 'next/navigation'
import { Section } from '@/components/Section'
import { SectionPage } from '@/components/SectionPage'
import { citingAny } from '@/components/timeline/dates'
import { Timeline } from '@/components/timeline/Timeline'
import { centerSectionQuery, fetchContent, milestonesQuery } from '@/lib/content'
import { englishSectionMetadata } from '@/components/views/SectionViews'
import { englishOnlyParams, englishRoute } from '@/lib/i18n/route'

const SLUG = 'dismantling-systemic-racism'

/** English only: its Spanish address is the designed 404 (lib/pages.ts). */
export const generateStaticParams = englishOnlyParams

type Props = { params: Promise<{ lang: string }> }

export const generateMetadata = englishSectionMetadata(SLUG)

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
