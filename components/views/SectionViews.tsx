/**
 * The Center's section pages that have a Spanish version, one function per page for both languages:
 * app/(site)/… renders them with lang "en", app/(es)/es/… with "es". Each fetches its English
 * content and, in Spanish, the translations (lib/i18n/translate.ts).
 */
import { englishRoute } from '@/lib/i18n/route'
import { sectionInSpanish } from '@/lib/i18n/section-spanish'
import { hasSpanishVersion } from '@/lib/pages'
import type { Metadata } from 'next'
import Link from '@/components/Link'
import { notFound } from 'next/navigation'
import { BusinessSupporters } from '@/components/about/BusinessSupporters'
import { PlanOfAction } from '@/components/coalition/PlanOfAction'
import { Section } from '@/components/Section'
import { SectionPage } from '@/components/SectionPage'
import { StatementArticle } from '@/components/statements/StatementArticle'
import { Timeline } from '@/components/timeline/Timeline'
import { businessSupportersQuery, centerSectionQuery, fetchContent, milestonesQuery, planActionsQuery, statementsInCollectionQuery } from '@/lib/content'
import { dictionary, formatCount, hrefIn, type Lang } from '@/lib/i18n'
import { translationsFor } from '@/lib/i18n/server'
import { translated, translatedSection, translatedStatement } from '@/lib/i18n/translate'
import { pageMetadata } from '@/lib/metadata'
import { SECTION_PATHS, type SectionSlug } from '@/lib/routes'

/** A section in `lang` (English where its translation is missing), or null when there is no such section. */
export async function sectionIn(slug: SectionSlug, lang: Lang) {
  const [section, translations] = await Promise.all([fetchContent(centerSectionQuery, { slug }), translationsFor(lang)])
  return section ? { section: translatedSection(section, translations, lang), translations } : null
}

/**
 * The metadata of a section page. Its hreflang alternates name both languages only when the section
 * has its Spanish translation (the same on both pages, so the English page asks for it too).
 */
export async function sectionMetadata(slug: SectionSlug, lang: Lang): Promise<Metadata> {
  // hreflang only for a page that has a Spanish version (lib/pages.ts) whose section is translated
  // (one cached answer, lib/i18n/section-spanish.ts). An English-only page never asks: its cached page
  // would otherwise depend on every translation, and be rendered anew whenever one changed (live.spec.ts).
  const bilingual = hasSpanishVersion(SECTION_PATHS[slug])
  const [found, inSpanish] = await Promise.all([sectionIn(slug, lang), bilingual ? sectionInSpanish(slug) : false])
  if (!found) return {}
  return pageMetadata({
    title: found.section.title,
    description: found.section.summary,
    path: SECTION_PATHS[slug],
    lang,
    translated: inSpanish,
  })
}

/**
 * `generateMetadata` of an English-only section's route (its Spanish address is the designed 404):
 * `export const generateMetadata = englishSectionMetadata('grants')`.
 */
export function englishSectionMetadata(slug: SectionSlug) {
  return async ({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> => sectionMetadata(slug, await englishRoute(params))
}

export async function AboutView({ lang }: { lang: Lang }) {
  const [found, milestones, supporters] = await Promise.all([sectionIn('about', lang), fetchContent(milestonesQuery), fetchContent(businessSupportersQuery)])
  if (!found) notFound()
  const t = dictionary(lang).about
  const translations = found.translations
  return (
    <SectionPage section={found.section} lang={lang}>
      <Section id="timeline" title={t.timeline} intro={t.timelineIntro}>
        <Timeline milestones={milestones} labelledBy="timeline-heading" lang={lang} translations={translations} />
      </Section>
      <Section id="supporters" title={t.supporters}>
        <BusinessSupporters supporters={supporters} milestones={milestones} labelledBy="supporters-heading" lang={lang} translations={translations} />
      </Section>
      <p className="mt-10">
        <Link href={hrefIn(lang, '/activities').href}>{t.activitiesLink}</Link>
      </p>
    </SectionPage>
  )
}

export async function CoalitionView({ lang }: { lang: Lang }) {
  const [found, actions] = await Promise.all([sectionIn('coalition', lang), fetchContent(planActionsQuery)])
  if (!found) notFound()
  const t = dictionary(lang).coalition
  const shown = actions.map((a) => translated(a, found.translations, ['text'] as const, lang))
  const conference = actions.filter((a) => a.scope === 'conference').length
  const cities = actions.filter((a) => a.scope === 'cities').length
  return (
    <SectionPage section={found.section} lang={lang}>
      <Section id="plan" title={t.planTitle(actions.length)} intro={t.planIntro(actions.length, conference, cities)}>
        <PlanOfAction actions={shown} lang={lang} />
      </Section>
    </SectionPage>
  )
}

const IMMIGRANTS = 'support-for-immigrants-and-minorities'

export async function ImmigrantsView({ lang }: { lang: Lang }) {
  const [found, statements] = await Promise.all([sectionIn(IMMIGRANTS, lang), fetchContent(statementsInCollectionQuery, { sectionSlug: IMMIGRANTS })])
  if (!found) notFound()
  const t = dictionary(lang).statements
  const cityCount = new Set(statements.map((s) => s.city._id)).size
  const shown = statements.map((s) => {
    const statement = translatedStatement(s, found.translations, lang)
    return {
      ...statement,
      compactComponents: s.compactComponents.map((c) => translated(c, found.translations, ['shortTitle'] as const, lang)),
    }
  })
  return (
    <SectionPage section={found.section} lang={lang}>
      <section aria-labelledby="statements-heading" className="mt-12">
        <h2 id="statements-heading" className="text-2xl">
          {t.heading(formatCount(lang, cityCount, { one: t.city, other: t.cities }))}
        </h2>
        <p className="mt-2 max-w-[70ch] text-muted">{t.order}</p>
        <ol aria-labelledby="statements-heading" className="mt-5 space-y-6">
          {shown.map((s) => (
            <li key={s._id}>
              <StatementArticle statement={s} lang={lang} />
            </li>
          ))}
        </ol>
      </section>
    </SectionPage>
  )
}
