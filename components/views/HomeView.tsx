import Link from '@/components/Link'
import { ActivityList } from '@/components/ActivityList'
import { CardGrid } from '@/components/CardGrid'
import { PracticeCard, StatementCard } from '@/components/cards'
import { CompactList } from '@/components/CompactList'
import { HomeSearch } from '@/components/home/HomeSearch'
import { Section } from '@/components/Section'
import { WayTiles } from '@/components/WayTiles'
import { fetchContent, homePageQuery } from '@/lib/content'
import { dictionary, hrefIn, localePath, type Lang } from '@/lib/i18n'
import { en } from '@/lib/i18n/en'
import { GLOSSARY, spanishNameOf } from '@/lib/i18n/glossary'
import { translationsFor } from '@/lib/i18n/server'
import { langAttr, translated } from '@/lib/i18n/translate'
import { organizationHref } from '@/lib/routes'

/** The home page, in English (app/(site)/page.tsx) or Spanish (app/(es)/es/page.tsx). */
export async function HomeView({ lang }: { lang: Lang }) {
  const [home, translations] = await Promise.all([fetchContent(homePageQuery), translationsFor(lang)])
  const t = dictionary(lang)
  const settings = translated(home.settings, translations, ['name', 'tagline', 'mission'] as const, lang)
  const words = langAttr(settings.lang, lang)
  const components = home.compactComponents.map((c) => translated(c, translations, ['title', 'explanation'] as const, lang))
  const activities = [...home.currentActivities, ...home.plannedActivities].map((a) =>
    translated(a, translations, ['title', 'description', 'statusNote'] as const, lang),
  )
  const practices = home.latestPractices.map((p) => translated(p, translations, ['title', 'summary'] as const, lang))
  const statements = home.latestStatements.map((s) => translated(s, translations, ['title', 'summary'] as const, lang))
  const supporters = home.businessSupporters.map((org) => translated(org, translations, ['description'] as const, lang))
  // Former names in the glossary's form; a name it lacks stays in English, marked.
  const formerNames = home.settings.formerNames.map((f) => (lang === 'es' ? spanishNameOf(f.name) : null) ?? f.name)
  const formerInPageLang = lang === 'en' || home.settings.formerNames.every((f) => spanishNameOf(f.name))
  return (
    <>
      <div className="border-b border-rule pb-10">
        <p className="text-sm font-semibold uppercase tracking-wider text-accent">
          {lang === 'es' ? GLOSSARY.conference.es : settings.parentOrganization.name}
        </p>
        <h1 className="mt-2 text-display" {...words}>
          {settings.name}
        </h1>
        {formerNames.length > 0 && (
          <p className="mt-2 text-muted">
            {formerInPageLang ? t.home.formerly(formerNames) : <span lang="en">{en.home.formerly(home.settings.formerNames.map((f) => f.name))}</span>}
          </p>
        )}
        <HomeSearch lang={lang} />
        <p className="mt-5 max-w-[70ch] text-xl leading-relaxed" {...words}>
          {settings.tagline}
        </p>
        <p className="mt-4 max-w-[70ch]" {...words}>
          {settings.mission}
        </p>
        <p className="mt-4">
          <Link href={localePath(lang, '/about')}>{t.home.aboutLink}</Link>
        </p>
      </div>

      <nav aria-labelledby="ways-in-heading" className="mt-10">
        <h2 id="ways-in-heading" className="sr-only">
          {t.home.waysIn}
        </h2>
        <WayTiles ways={t.home.ways.map((w) => ({ ...w, href: hrefIn(lang, w.href).href }))} className="sm:grid-cols-2 lg:grid-cols-4" />
      </nav>

      <Section id="compact" title={t.home.compactTitle} intro={t.home.compactIntro}>
        <CompactList components={components} labelledBy="compact-heading" lang={lang} />
      </Section>

      <Section id="activities" title={t.home.activitiesTitle}>
        <ActivityList activities={activities} labelledBy="activities-heading" lang={lang} />
        <p className="mt-4">
          <Link href={hrefIn(lang, '/activities').href}>{t.home.activitiesLink}</Link>
        </p>
      </Section>

      <div className="grid gap-x-8 lg:grid-cols-2">
        <Section id="latest-practices" title={t.home.latestPractices}>
          <CardGrid items={practices}>{(p) => <PracticeCard practice={p} lang={lang} />}</CardGrid>
          <p className="mt-4">
            <Link href={hrefIn(lang, '/best-practices').href}>{t.home.allPractices}</Link>
          </p>
        </Section>
        <Section id="latest-statements" title={t.home.latestStatements}>
          <CardGrid items={statements}>{(s) => <StatementCard statement={s} lang={lang} />}</CardGrid>
          <p className="mt-4">
            <Link href={hrefIn(lang, '/initiatives/support-for-immigrants-and-minorities').href}>{t.home.immigrantsLink}</Link>
          </p>
        </Section>
      </div>

      <Section id="supporters" title={t.home.supporters}>
        <ul className="grid gap-4 md:grid-cols-3">
          {supporters.map((org) => (
            <li key={org._id} className="rounded border border-rule bg-white p-5">
              <h3 className="text-lg">
                <Link href={organizationHref(org.slug)} hrefLang={lang === 'en' ? undefined : 'en'}>
                  {org.name}
                </Link>
              </h3>
              <p className="mt-2 text-[0.95rem]" {...langAttr(org.lang, lang)}>
                {org.description}
              </p>
            </li>
          ))}
        </ul>
      </Section>
    </>
  )
}
