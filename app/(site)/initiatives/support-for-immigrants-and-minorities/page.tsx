import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { SectionPage } from '@/components/SectionPage'
import { StatementArticle } from '@/components/statements/StatementArticle'
import { centerSectionQuery, fetchContent, statementsInCollectionQuery } from '@/lib/content'
import { formatCount } from '@/lib/domain/format'
import { sectionMetadata } from '@/lib/section-metadata'

const SLUG = 'support-for-immigrants-and-minorities'

export function generateMetadata(): Promise<Metadata> {
  return sectionMetadata(SLUG)
}

export default async function SupportForImmigrantsPage() {
  const [section, statements] = await Promise.all([
    fetchContent(centerSectionQuery, { slug: SLUG }),
    fetchContent(statementsInCollectionQuery, { sectionSlug: SLUG }),
  ])
  if (!section) notFound()
  const cityCount = new Set(statements.map((s) => s.city._id)).size
  return (
    <SectionPage section={section}>
      <section aria-labelledby="statements-heading" className="mt-12">
        <h2 id="statements-heading" className="text-2xl">
          Statements and initiatives from {formatCount(cityCount, 'city', 'cities')}
        </h2>
        <p className="mt-2 max-w-[70ch] text-muted">In the order they were issued.</p>
        <ol aria-labelledby="statements-heading" className="mt-5 space-y-6">
          {statements.map((s) => (
            <li key={s._id}>
              <StatementArticle statement={s} />
            </li>
          ))}
        </ol>
      </section>
    </SectionPage>
  )
}
