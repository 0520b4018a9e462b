import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { SectionPage } from '@/components/SectionPage'
import { Finder } from '@/components/finder/Finder'
import { conferenceContact } from '@/components/organizations/ContactPerson'
import { ShareInvitation } from '@/components/practice/ShareInvitation'
import { centerSectionQuery, fetchContent, siteSettingsQuery } from '@/lib/content'
import { sectionMetadata } from '@/lib/section-metadata'
import { findOnServer } from '@/lib/search/server'
import { FINDER_PATH, isEmptyState, parseFinderParams } from '@/lib/search/url'

const SLUG = 'best-practices'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const metadata = await sectionMetadata(SLUG)
  // Every search has an address, but only the finder itself is worth a search engine's index.
  return isEmptyState(parseFinderParams(await searchParams)) ? metadata : { ...metadata, robots: { index: false, follow: true } }
}

/**
 * The finder over practices, mayors' statements, grant-winning programs and resources: rendered on
 * the server for each address (the search is in the query string; lib/search/url.ts), from an
 * index kept in memory per content version (lib/search/server.ts).
 */
export default async function BestPracticesPage({ searchParams }: Props) {
  const [section, settings, params] = await Promise.all([
    fetchContent(centerSectionQuery, { slug: SLUG }),
    fetchContent(siteSettingsQuery),
    searchParams,
  ])
  if (!section) notFound()
  const { result, corpusSize } = await findOnServer(parseFinderParams(params))
  const person = section.contact ?? settings.contactPerson ?? conferenceContact(settings.contact)
  return (
    // The invitation below names the contact, so the section's own contact block is not repeated.
    <SectionPage section={{ ...section, contact: null }}>
      <section id="finder" aria-labelledby="finder-heading" className="mt-12 scroll-mt-4">
        <h2 id="finder-heading" className="text-2xl">
          Find what cities have done
        </h2>
        <p className="mt-2 max-w-[70ch] text-muted">
          Search the best practices cities have shared, mayors’ statements, the programs that won the Center’s grants,
          and resources from partner organizations. Each practice names a person in the city to contact.
        </p>
        <div className="mt-5">
          <Finder result={result} path={FINDER_PATH} corpusSize={corpusSize} />
        </div>
      </section>
      <ShareInvitation person={person} postal={settings.contact} />
    </SectionPage>
  )
}
