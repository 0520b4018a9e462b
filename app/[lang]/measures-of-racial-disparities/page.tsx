import { notFound } from 'next/navigation'
import { groupBySection, IndicatorArticle } from '@/components/indicators/IndicatorArticle'
import { Section } from '@/components/Section'
import { SectionPage } from '@/components/SectionPage'
import { centerSectionQuery, disparityIndicatorsQuery, fetchContent } from '@/lib/content'
import { formatCount } from '@/lib/i18n/format'
import { englishSectionMetadata } from '@/components/views/SectionViews'
import { englishOnlyParams, englishRoute } from '@/lib/i18n/route'

const SLUG = 'measures-of-racial-disparities'

const anchorOf = (name: string) => `indicators-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`

/** English only: its Spanish address is the designed 404 (lib/pages.ts). */
export const generateStaticParams = englishOnlyParams

type Props = { params: Promise<{ lang: string }> }

export const generateMetadata = englishSectionMetadata(SLUG)

export default async function MeasuresOfRacialDisparitiesPage({ params }: Props) {
  const lang = await englishRoute(params)
  const [section, indicators] = await Promise.all([fetchContent(centerSectionQuery, { slug: SLUG }), fetchContent(disparityIndicatorsQuery)])
  if (!section) notFound()
  return (
    <SectionPage lang={lang} section={section}>
      {groupBySection(indicators).map(({ section: name, indicators: inSection }) => (
        <Section
          key={name}
          id={anchorOf(name)}
          title={name}
          intro={`${formatCount('en', inSection.length, { one: 'indicator', other: 'indicators' })}, each drawn as a bar chart with the same figures in a table beside it.`}
        >
          <div className="space-y-10">
            {inSection.map((indicator) => (
              <IndicatorArticle key={indicator._id} indicator={indicator} />
            ))}
          </div>
        </Section>
      ))}
    </SectionPage>
  )
}
