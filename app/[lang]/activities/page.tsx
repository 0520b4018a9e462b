import type { Metadata } from 'next'
import Link from '@/components/Link'
import { ActivityGroup } from '@/components/activities/ActivityGroup'
import { PageHeader } from '@/components/PageHeader'
import { Section } from '@/components/Section'
import { formatCount } from '@/lib/i18n/format'
import { activitiesQuery, fetchContent } from '@/lib/content'
import { ACTIVITY_STATUSES, titleOf } from '@/lib/domain/vocabulary'
import { pageMetadata } from '@/lib/metadata'
import { englishOnlyParams, englishRoute } from '@/lib/i18n/route'

const TITLE = 'The Center’s activities'
const DESCRIPTION =
  'What the Center does, with the support of its business partners, to carry out the Mayors’ Compact: the activities under way and those planned as resources allow.'

const count = (n: number) => formatCount('en', n, { one: 'activity', other: 'activities' })

/** English only: its Spanish address is the designed 404 (lib/pages.ts). */
export const generateStaticParams = englishOnlyParams

type Props = { params: Promise<{ lang: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return pageMetadata({ lang: await englishRoute(params), title: TITLE, description: DESCRIPTION, path: '/activities' })
}

export default async function ActivitiesPage({ params }: Props) {
  const lang = await englishRoute(params)
  const activities = await fetchContent(activitiesQuery)
  const current = activities.filter((a) => a.status === 'current')
  const planned = activities.filter((a) => a.status === 'planned')
  return (
    <article>
      <PageHeader lang={lang} title={TITLE} lead={DESCRIPTION} crumbs={[{ title: 'About the Center', href: '/about' }, { title: 'Activities' }]} />
      <p className="max-w-[70ch]">
        Each activity names the components of the <Link href="/compact">Mayors’ Compact to Combat Hate, Extremism and Bigotry</Link> it advances.
      </p>
      <Section id="current" title={titleOf(ACTIVITY_STATUSES, 'current')} intro={`${count(current.length)} the Center’s founding document of November 13, 2018 described as beginning.`}>
        <ActivityGroup activities={current} labelledBy="current-heading" />
      </Section>
      <Section id="planned" title={titleOf(ACTIVITY_STATUSES, 'planned')} intro={`${count(planned.length)} the Center set out in 2018 to undertake as resources allow.`}>
        <ActivityGroup activities={planned} labelledBy="planned-heading" />
      </Section>
      <p className="mt-10">
        <Link href="/about">How the Center began</Link> · <Link href="/grants">The Police Reform and Racial Justice Grant Program</Link>
      </p>
    </article>
  )
}
