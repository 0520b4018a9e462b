import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { groupBySection, IndicatorArticle } from '@/components/indicators/IndicatorArticle'
import { Section } from '@/components/Section'
import { SectionPage } from '@/components/SectionPage'
import { centerSectionQuery, disparityIndicatorsQuery, fetchContent } from '@/lib/content'
import { formatCount } from '@/lib/i18n/format'
import { sectionMetadata } from '@/components/views/SectionViews'
import { englishOnly, englishRoute } from '@/lib/i18n/route'

const SLUG = 'measures-of-racial-disparities'

const anchorOf = (name: string) => `indicators-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`


/** English only: its Spanish address is the designed 404 (lib/routes.ts). */
export function generateStaticParams() {
  return englishOnly()
}

type Props = { params: Promise<{ lang: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return sectionMetadata(SLUG, await englishRoute(params))
}

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
