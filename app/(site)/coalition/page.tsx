import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PlanOfAction } from '@/components/coalition/PlanOfAction'
import { Section } from '@/components/Section'
import { SectionPage } from '@/components/SectionPage'
import { centerSectionQuery, fetchContent, planActionsQuery } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata'
import { SECTION_PATHS } from '@/lib/routes'

const SLUG = 'coalition'

export async function generateMetadata(): Promise<Metadata> {
  const section = await fetchContent(centerSectionQuery, { slug: SLUG })
  if (!section) return {}
  return pageMetadata({ title: section.title, description: section.summary, path: SECTION_PATHS[SLUG] })
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
