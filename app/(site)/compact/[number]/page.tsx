import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { CardGrid } from '@/components/CardGrid'
import { PracticeCard, StatementCard } from '@/components/cards'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { Section } from '@/components/Section'
import { CompactPager } from '@/components/compact/CompactPager'
import { compactComponentQuery, compactComponentsQuery, compactNumbersQuery, fetchContent } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata'
import { compactHref } from '@/lib/routes'

type Props = { params: Promise<{ number: string }> }

export async function generateStaticParams() {
  return fetchContent(compactNumbersQuery)
}

/** The component's number from the address, or null when the address is not a component number. */
function parseNumber(raw: string): number | null {
  return /^[1-9]\d?$/.test(raw) ? Number(raw) : null
}

async function load(raw: string) {
  const number = parseNumber(raw)
  return number == null ? null : fetchContent(compactComponentQuery, { number })
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const component = await load((await params).number)
  if (!component) return {}
  return pageMetadata({
    title: `Compact component ${component.number}: ${component.title}`,
    description: component.explanation,
    path: compactHref(component.number),
  })
}

export default async function CompactComponentPage({ params }: Props) {
  const [component, all] = await Promise.all([load((await params).number), fetchContent(compactComponentsQuery)])
  if (!component) notFound()
  const index = all.findIndex((c) => c.number === component.number)
  const previous = index > 0 ? (all[index - 1] ?? null) : null
  const next = index >= 0 ? (all[index + 1] ?? null) : null
  return (
    <>
      <div className="mb-8">
        <Breadcrumbs items={[{ title: 'The Mayors’ Compact', href: '/compact' }, { title: `Component ${component.number}` }]} />
        <p className="text-sm font-semibold uppercase tracking-wider text-accent">
          Mayors’ Compact · component {component.number} of {all.length}
        </p>
        <h1 className="mt-2 text-display">{component.title}</h1>
        <p className="mt-4 max-w-[70ch] text-lg text-muted">{component.explanation}</p>
      </div>

      <Section id="practices" title="Best practices that advance it">
        {component.bestPractices.length > 0 ? (
          <CardGrid items={component.bestPractices} className="md:grid-cols-2">
            {(p) => <PracticeCard practice={p} />}
          </CardGrid>
        ) : (
          <p className="text-muted">No best practice on this site advances this component yet.</p>
        )}
      </Section>

      <Section id="statements" title="Mayors’ statements that advance it">
        {component.mayoralStatements.length > 0 ? (
          <CardGrid items={component.mayoralStatements} className="md:grid-cols-2">
            {(s) => <StatementCard statement={s} />}
          </CardGrid>
        ) : (
          <p className="text-muted">No mayor’s statement on this site advances this component yet.</p>
        )}
      </Section>

      <CompactPager previous={previous} next={next} />
    </>
  )
}
