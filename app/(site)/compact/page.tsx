import type { Metadata } from 'next'
import Link from 'next/link'
import { PageHeader } from '@/components/PageHeader'
import { CompactOverview } from '@/components/compact/CompactOverview'
import { compactComponentsQuery, fetchContent } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata'

const TITLE = 'The Mayors’ Compact'
const LEAD =
  'The Mayors’ Compact to Combat Hate, Extremism and Bigotry, drafted by the U.S. Conference of Mayors with the Anti-Defamation League after Charlottesville and signed by more than 325 mayors. The Center exists to carry it out.'

export function generateMetadata(): Metadata {
  return pageMetadata({ title: TITLE, description: LEAD, path: '/compact' })
}

export default async function CompactPage() {
  const components = await fetchContent(compactComponentsQuery)
  return (
    <>
      <PageHeader title={TITLE} lead={LEAD} crumbs={[{ title: TITLE }]} />
      <section aria-labelledby="components-heading">
        <h2 id="components-heading" className="text-2xl">
          Its {components.length} components
        </h2>
        <p className="mt-2 max-w-[70ch] text-muted">
          Each component’s page shows the best practices and mayors’ statements from cities that advance it.
        </p>
        <div className="mt-5">
          <CompactOverview components={components} labelledBy="components-heading" />
        </div>
      </section>
      <p className="mt-10">
        <Link href="/about">How the Center began, after Charlottesville</Link>
      </p>
    </>
  )
}
