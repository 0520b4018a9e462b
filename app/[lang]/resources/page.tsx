import { notFound } from 'next/navigation'
import { SectionPage } from '@/components/SectionPage'
import { OrganizationEntry } from '@/components/organizations/OrganizationEntry'
import { PublicationEntry } from '@/components/organizations/PublicationEntry'
import { centerSectionQuery, fetchContent, resourcesQuery } from '@/lib/content'
import { englishSectionMetadata } from '@/components/views/SectionViews'
import { englishOnlyParams, englishRoute } from '@/lib/i18n/route'

const SLUG = 'resources'

/** English only: its Spanish address is the designed 404 (lib/pages.ts). */
export const generateStaticParams = englishOnlyParams

type Props = { params: Promise<{ lang: string }> }

export const generateMetadata = englishSectionMetadata(SLUG)

export default async function ResourcesPage({ params }: Props) {
  const lang = await englishRoute(params)
  const [section, resources] = await Promise.all([fetchContent(centerSectionQuery, { slug: SLUG }), fetchContent(resourcesQuery)])
  if (!section) notFound()
  const { organizations, publications } = resources
  return (
    <SectionPage lang={lang}
      section={section}
      before={
        <nav aria-label="On this page" className="no-print mb-6">
          <ul className="flex flex-wrap gap-x-6 gap-y-1">
            <li>
              <a href="#organizations-heading">Partner organizations ({organizations.length})</a>
            </li>
            <li>
              <a href="#publications-heading">Publications ({publications.length})</a>
            </li>
          </ul>
        </nav>
      }
    >
      <section aria-labelledby="organizations-heading" className="mt-12">
        <h2 id="organizations-heading" className="scroll-mt-4 text-2xl">
          Partner organizations
        </h2>
        <p className="mt-2 max-w-[70ch] text-muted">
          {organizations.length} national organizations that work with cities, with the services they offer and how they
          are related to one another.
        </p>
        <ul aria-labelledby="organizations-heading" className="mt-5 grid gap-5">
          {organizations.map((o) => (
            <li key={o._id}>
              <OrganizationEntry organization={o} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="publications-heading" className="mt-12">
        <h2 id="publications-heading" className="scroll-mt-4 text-2xl">
          Publications cities can use
        </h2>
        <ul aria-labelledby="publications-heading" className="mt-5 grid gap-5 md:grid-cols-2">
          {publications.map((p) => (
            <li key={p._id}>
              <PublicationEntry publication={p} />
            </li>
          ))}
        </ul>
      </section>
    </SectionPage>
  )
}
