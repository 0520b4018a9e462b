import { notFound } from 'next/navigation'
import { ReportArticle } from '@/components/reports/ReportArticle'
import { Section } from '@/components/Section'
import { SectionPage } from '@/components/SectionPage'
import { centerSectionQuery, fetchContent, reportsQuery } from '@/lib/content'
import { englishSectionMetadata } from '@/components/views/SectionViews'
import { englishOnlyParams, englishRoute } from '@/lib/i18n/route'

const SLUG = 'documenting-the-problems'

/** English only: its Spanish address is the designed 404 (lib/pages.ts). */
export const generateStaticParams = englishOnlyParams

type Props = { params: Promise<{ lang: string }> }

export const generateMetadata = englishSectionMetadata(SLUG)

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
