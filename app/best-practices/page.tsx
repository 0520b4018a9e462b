import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { SectionPage } from '@/components/SectionPage'
import { PracticeList } from '@/components/practice/PracticeList'
import { ShareInvitation } from '@/components/practice/ShareInvitation'
import { bestPracticesQuery, centerSectionQuery, fetchContent, siteSettingsQuery } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata'

const SLUG = 'best-practices'

export async function generateMetadata(): Promise<Metadata> {
  const section = await fetchContent(centerSectionQuery, { slug: SLUG })
  if (!section) return {}
  return pageMetadata({ title: section.title, description: section.summary, path: '/best-practices' })
}

export default async function BestPracticesPage() {
  const [section, practices, settings] = await Promise.all([
    fetchContent(centerSectionQuery, { slug: SLUG }),
    fetchContent(bestPracticesQuery),
    fetchContent(siteSettingsQuery),
  ])
  if (!section) notFound()
  const person = section.contact ?? settings.contactPerson
  const cityCount = new Set(practices.map((p) => p.city._id)).size
  return (
    // The invitation below names the contact, so the section's own contact block is not repeated.
    <SectionPage section={{ ...section, contact: null }}>
      <ShareInvitation person={person} postal={settings.contact} />
      <section aria-labelledby="practices-heading" className="mt-12">
        <h2 id="practices-heading" className="text-2xl">
          {practices.length} practices from {cityCount} {cityCount === 1 ? 'city' : 'cities'}
        </h2>
        <p className="mt-2 max-w-[70ch] text-muted">Listed by city, A to Z. Each practice page names a person to contact.</p>
        <div className="mt-5">
          <PracticeList practices={practices} labelledBy="practices-heading" />
        </div>
      </section>
    </SectionPage>
  )
}
