import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ReportArticle } from '@/components/reports/ReportArticle'
import { Section } from '@/components/Section'
import { SectionPage } from '@/components/SectionPage'
import { centerSectionQuery, fetchContent, reportsQuery } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata'
import { SECTION_PATHS } from '@/lib/routes'

const SLUG = 'documenting-the-problems'

export async function generateMetadata(): Promise<Metadata> {
  const section = await fetchContent(centerSectionQuery, { slug: SLUG })
  if (!section) return {}
  return pageMetadata({ title: section.title, description: section.summary, path: SECTION_PATHS[SLUG] })
}

export default async function DocumentingTheProblemsPage() {
  const [section, reports] = await Promise.all([fetchContent(centerSectionQuery, { slug: SLUG }), fetchContent(reportsQuery)])
  if (!section) notFound()
  return (
    <SectionPage section={section}>
      <Section
        id="reports"
        title="The reports"
        intro="Each report’s figures are drawn as bar charts, with the same figures in a table beside each chart."
      >
        {reports.map((report) => (
          <ReportArticle key={report._id} report={report} />
        ))}
      </Section>
    </SectionPage>
  )
}
