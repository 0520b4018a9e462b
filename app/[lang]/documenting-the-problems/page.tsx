import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ReportArticle } from '@/components/reports/ReportArticle'
import { Section } from '@/components/Section'
import { SectionPage } from '@/components/SectionPage'
import { centerSectionQuery, fetchContent, reportsQuery } from '@/lib/content'
import { sectionMetadata } from '@/components/views/SectionViews'
import { englishOnly, englishRoute } from '@/lib/i18n/route'

const SLUG = 'documenting-the-problems'


/** English only: its Spanish address is the designed 404 (lib/routes.ts). */
export function generateStaticParams() {
  return englishOnly()
}

type Props = { params: Promise<{ lang: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return sectionMetadata(SLUG, await englishRoute(params))
}

export default async function DocumentingTheProblemsPage({ params }: Props) {
  const lang = await englishRoute(params)
  const [section, reports] = await Promise.all([fetchContent(centerSectionQuery, { slug: SLUG }), fetchContent(reportsQuery)])
  if (!section) notFound()
  return (
    <SectionPage lang={lang} section={section}>
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
