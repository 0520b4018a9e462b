/**
 * The finder's page (/best-practices, /es/best-practices), in English or Spanish: the section's text
 * (its translation where it has one), the finder, and the invitation to send a practice. The two
 * pages read the same query string (lib/search/url.ts), so a search switches language as it is.
 */
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { Finder } from '@/components/finder/Finder'
import { conferenceContact } from '@/components/organizations/ContactPerson'
import { ShareInvitation } from '@/components/practice/ShareInvitation'
import { compactComponentsQuery, fetchContent, siteSettingsQuery } from '@/lib/content'
import { FINDER_WORDS } from '@/lib/i18n/finder'
import { localePath, type Lang } from '@/lib/i18n/locales'
import { translationsFor } from '@/lib/i18n/server'
import { langAttr, translated } from '@/lib/i18n/translate'
import { sectionInSpanish } from '@/lib/i18n/section-spanish'
import { findOnServer } from '@/lib/search/server'
import { FINDER_PATH, isEmptyState, parseFinderParams } from '@/lib/search/url'
import { pageMetadata } from '@/lib/metadata'
import { SECTION_PATHS } from '@/lib/routes'
import { sectionIn } from './SectionViews'

const SLUG = 'best-practices'

export type SearchParams = Record<string, string | string[] | undefined>

export async function finderMetadata(lang: Lang, params: SearchParams): Promise<Metadata> {
  // Whether it is in Spanish too: one cached answer, not every Spanish translation read per request (lib/i18n/section-spanish.ts).
  const [found, inSpanish] = await Promise.all([sectionIn(SLUG, lang), sectionInSpanish(SLUG)])
  // The page's own sentence describes it (the section's summary promises what the page does not show).
  const metadata = found
    ? pageMetadata({ title: found.section.title, description: FINDER_WORDS[lang].lead, path: SECTION_PATHS[SLUG], lang, translated: inSpanish })
    : {}
  // Every search has an address, but only the finder itself is worth a search engine's index.
  return isEmptyState(parseFinderParams(params)) ? metadata : { ...metadata, robots: { index: false, follow: true } }
}

/**
 * The finder over practices, mayors' statements, grant-winning programs and resources: rendered on
 * the server for each address (the search is in the query string; lib/search/url.ts), from an
 * index kept in memory per content version and language (lib/search/server.ts).
 *
 * The search field comes first, right under the heading and one sentence, so that it is in the
 * first screen of a phone; then the filters and results, then the invitation to send a practice.
 * The section's own text is not repeated here: the sentence and the invitation say what it says,
 * and only what the site has (no source names a person to contact in each city).
 */
export async function FinderView({ lang, params }: { lang: Lang; params: SearchParams }) {
  // The components' short titles serve only a page in another language than English (the English
  // cards carry their own): the English finder does not read them.
  const [found, settings, components, translations] = await Promise.all([
    sectionIn(SLUG, lang),
    fetchContent(siteSettingsQuery),
    lang === 'en' ? [] : fetchContent(compactComponentsQuery),
    translationsFor(lang),
  ])
  if (!found) notFound()
  const { section } = found
  const { result, corpusSize } = await findOnServer(parseFinderParams(params), lang, translations)
  const person = section.contact ?? settings.contactPerson ?? conferenceContact(settings.contact)
  const componentTitles = new Map(
    components.flatMap((c) => {
      const words = translated(c, translations, ['shortTitle'] as const, lang)
      return words.lang === lang ? [[c.number, words.shortTitle] as const] : []
    }),
  )
  const t = FINDER_WORDS[lang]
  const titleLang = section.lang ?? lang
  return (
    <article>
      <div className="mb-6">
        <Breadcrumbs items={[{ title: section.title, lang: titleLang }]} lang={lang} />
        <h1 className="text-display" {...langAttr(titleLang, lang)}>
          {section.title}
        </h1>
        <p className="mt-3 max-w-[70ch] text-lg text-muted">{t.lead}</p>
      </div>
      <section id="finder" aria-label={t.heading} className="scroll-mt-4">
        <Finder
          result={result}
          path={localePath(lang, FINDER_PATH)}
          corpusSize={corpusSize}
          lang={lang}
          translations={translations}
          componentTitles={componentTitles}
        />
      </section>
      <ShareInvitation person={person} postal={settings.contact} lang={lang} />
    </article>
  )
}
