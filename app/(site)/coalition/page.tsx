import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PlanOfAction } from '@/components/coalition/PlanOfAction'
import { Section } from '@/components/Section'
import { SectionPage } from '@/components/SectionPage'
import { centerSectionQuery, fetchContent, planActionsQuery } from '@/lib/content'
import { sectionMetadata } from '@/lib/section-metadata'

const SLUG = 'coalition'

export function generateMetadata(): Promise<Metadata> {
  return sectionMetadata(SLUG)
}

export default async function CoalitionPage() {
  const [section, actions] = await Promise.all([fetchContent(centerSectionQuery, { slug: SLUG }), fetchContent(planActionsQuery)])
  if (!section) notFound()
  const conference = actions.filter((a) => a.scope === 'conference').length
  const cities = actions.filter((a) => a.scope === 'cities').length
  return (
    <SectionPage section={section}>
      <Section
        id="plan"
        title={`The ${actions.length}-Point Plan of Action`}
        intro={`Mayors who join the Coalition pledge to take these ${actions.length} steps: ${conference} through the U.S. Conference of Mayors and ${cities} in their cities.`}
      >
        <PlanOfAction actions={actions} />
      </Section>
    </SectionPage>
  )
}
