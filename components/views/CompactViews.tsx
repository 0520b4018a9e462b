/** The Mayors' Compact and each of its components, in English or Spanish (see ./SectionViews.tsx). */
import type { Metadata } from 'next'
import Link from '@/components/Link'
import { notFound } from 'next/navigation'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { CardGrid } from '@/components/CardGrid'
import { PracticeCard, StatementCard } from '@/components/cards'
import { CompactOverview } from '@/components/compact/CompactOverview'
import { CompactPager } from '@/components/compact/CompactPager'
import { MoreInFinder } from '@/components/compact/MoreInFinder'
import { PageHeader } from '@/components/PageHeader'
import { Section } from '@/components/Section'
import { UntranslatedNote } from '@/components/UntranslatedNote'
import { compactComponentQuery, compactComponentsQuery, fetchContent } from '@/lib/content'
import { dictionary, formatNumber, localePath, type Lang } from '@/lib/i18n'
import { translationsFor } from '@/lib/i18n/server'
import { langAttr, translated } from '@/lib/i18n/translate'
import { pageMetadata } from '@/lib/metadata'
import { compactHref } from '@/lib/routes'

const COMPACT_FIELDS = ['title', 'shortTitle', 'explanation'] as const

export function compactMetadata(lang: Lang): Metadata {
  const t = dictionary(lang).compact
  return pageMetadata({ title: t.title, description: t.lead, path: '/compact', lang, translated: true })
}

export async function CompactView({ lang }: { lang: Lang }) {
  const [components, translations] = await Promise.all([fetchContent(compactComponentsQuery), translationsFor(lang)])
  const t = dictionary(lang).compact
  return (
    <>
      <PageHeader title={t.title} lead={t.lead} crumbs={[{ title: t.title }]} lang={lang} />
      <section aria-labelledby="components-heading">
        <h2 id="components-heading" className="text-2xl">
          {t.its(formatNumber(lang, components.length))}
        </h2>
        <p className="mt-2 max-w-[70ch] text-muted">{t.eachPage}</p>
        <div className="mt-5">
          <CompactOverview
            components={components.map((c) => translated(c, translations, COMPACT_FIELDS, lang))}
            labelledBy="components-heading"
            lang={lang}
          />
        </div>
      </section>
      <p className="mt-10">
        <Link href={localePath(lang, '/about')}>{t.aboutLink}</Link>
      </p>
    </>
  )
}

/** The component's number from the address, or null when the address is not a component number. */
export function parseComponentNumber(raw: string): number | null {
  return /^[1-9]\d?$/.test(raw) ? Number(raw) : null
}

async function loadComponent(raw: string, lang: Lang) {
  const number = parseComponentNumber(raw)
  if (number == null) return null
  const [component, translations] = await Promise.all([fetchContent(compactComponentQuery, { number }), translationsFor(lang)])
  return component ? { component: translated(component, translations, COMPACT_FIELDS, lang), translations } : null
}

export async function compactComponentMetadata(raw: string, lang: Lang): Promise<Metadata> {
  const [found, spanish] = await Promise.all([loadComponent(raw, lang), loadComponent(raw, 'es')])
  if (!found) return {}
  const { component } = found
  return pageMetadata({
    title: dictionary(lang).compact.metaTitle(component.number, component.title),
    description: component.explanation,
    path: compactHref(component.number),
    lang,
    translated: spanish?.component.lang === 'es',
  })
}

export async function CompactComponentView({ number: raw, lang }: { number: string; lang: Lang }) {
  const [found, all] = await Promise.all([loadComponent(raw, lang), fetchContent(compactComponentsQuery)])
  if (!found) notFound()
  const { component, translations } = found
  const t = dictionary(lang).compact
  const index = all.findIndex((c) => c.number === component.number)
  const neighbour = (i: number) => {
    const c = i >= 0 ? all[i] : undefined
    return c ? translated(c, translations, COMPACT_FIELDS, lang) : null
  }
  const words = langAttr(component.lang, lang)
  return (
    <>
      <div className="mb-8">
        <Breadcrumbs items={[{ title: t.title, href: localePath(lang, '/compact') }, { title: t.crumb(component.number) }]} lang={lang} />
        <p className="text-sm font-semibold uppercase tracking-wider text-accent">{t.kicker(component.number, all.length)}</p>
        <h1 className="mt-2 text-display" {...words}>
          {component.title}
        </h1>
        <p className="mt-4 max-w-[70ch] text-lg text-muted" {...words}>
          {component.explanation}
        </p>
        <UntranslatedNote lang={lang} textLang={component.lang} whole />
      </div>

      <Section id="practices" title={t.practicesTitle}>
        {component.bestPractices.length > 0 ? (
          <>
            <CardGrid items={component.bestPractices.map((p) => translated(p, translations, ['title', 'summary'] as const, lang))} className="md:grid-cols-2">
              {(p) => <PracticeCard practice={p} lang={lang} />}
            </CardGrid>
            <MoreInFinder number={component.number} kind="practice" shown={component.bestPractices.length} total={component.bestPracticeCount} lang={lang} />
          </>
        ) : (
          <p className="text-muted">{t.noPractices}</p>
        )}
      </Section>

      <Section id="statements" title={t.statementsTitle}>
        {component.mayoralStatements.length > 0 ? (
          <>
            <CardGrid items={component.mayoralStatements.map((s) => translated(s, translations, ['title', 'summary'] as const, lang))} className="md:grid-cols-2">
              {(s) => <StatementCard statement={s} lang={lang} />}
            </CardGrid>
            <MoreInFinder number={component.number} kind="statement" shown={component.mayoralStatements.length} total={component.mayoralStatementCount} lang={lang} />
          </>
        ) : (
          <p className="text-muted">{t.noStatements}</p>
        )}
      </Section>

      <CompactPager previous={neighbour(index - 1)} next={index >= 0 ? neighbour(index + 1) : null} lang={lang} />
    </>
  )
}
