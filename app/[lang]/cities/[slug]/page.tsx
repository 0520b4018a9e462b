import type { Metadata } from 'next'
import Link from '@/components/Link'
import { notFound } from 'next/navigation'
import { CardGrid } from '@/components/CardGrid'
import { PracticeCard, StatementCard } from '@/components/cards'
import { PageHeader } from '@/components/PageHeader'
import { Section } from '@/components/Section'
import { MayorList } from '@/components/cities/MayorList'
import { MilestoneList } from '@/components/cities/MilestoneList'
import { AwardItem } from '@/components/grants/AwardItem'
import { ContactPerson } from '@/components/organizations/ContactPerson'
import { AskTheCenter } from '@/components/practice/PracticeContactCard'
import { LinkList } from '@/components/practice/LinkList'
import { cityQuery, citySlugsQuery, fetchContent, siteSettingsQuery } from '@/lib/content'
import { formatCount, formatNumber } from '@/lib/i18n/format'
import { stateName } from '@/lib/domain/states'
import { pageMetadata } from '@/lib/metadata'
import { cityHref, practiceHref, prerenderFirst } from '@/lib/routes'
import { EMPTY_FINDER_STATE, finderHref } from '@/lib/search/url'
import { englishOnly, englishRoute } from '@/lib/i18n/route'

type Props = { params: Promise<{ lang: string; slug: string }> }

/** The first PRERENDER_LIMIT at build time; any other on its first visit (dynamicParams). */
/** English only: its Spanish address is the designed 404 (lib/pages.ts). */
export async function generateStaticParams() {
  return englishOnly(prerenderFirst(await fetchContent(citySlugsQuery)))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await englishRoute(params)
  const { slug } = await params
  const city = await fetchContent(cityQuery, { slug })
  if (!city) return {}
  const what = [
    city.practices.length > 0 && 'best practices',
    city.statements.length > 0 && 'mayors’ statements',
    city.grantAwards.length > 0 && 'grant awards',
    city.milestones.length > 0 && 'milestones',
  ].filter(Boolean)
  return pageMetadata({
    lang,
    title: `${city.name}, ${city.state}`,
    description: `${city.name}, ${stateName(city.state)}: ${what.length > 0 ? what.join(', ') : 'the city'} in the records of the Center for Compassionate and Equitable Cities, and how to ask the Center about its work.`,
    path: cityHref(city.slug),
  })
}

export default async function CityPage({ params }: Props) {
  const lang = await englishRoute(params)
  const { slug } = await params
  const [city, settings] = await Promise.all([fetchContent(cityQuery, { slug }), fetchContent(siteSettingsQuery)])
  if (!city) notFound()
  const title = `${city.name}, ${stateName(city.state)}`
  const mayorIds = new Set(city.mayors.map((m) => m.person._id))
  const others = city.people.filter((p) => !mayorIds.has(p._id))
  const nothingYet = city.practices.length + city.statements.length + city.grantAwards.length + city.milestones.length === 0
  // Only what the city has: a zero says nothing a visitor needs.
  const counts = [
    city.practices.length > 0 && formatCount('en', city.practices.length, { one: 'best practice', other: 'best practices' }),
    city.statements.length > 0 && formatCount('en', city.statements.length, { one: 'mayor’s statement', other: 'mayors’ statements' }),
    city.grantAwards.length > 0 && formatCount('en', city.grantAwards.length, { one: 'grant award', other: 'grant awards' }),
  ].filter((c): c is string => Boolean(c))
  return (
    <article>
      <PageHeader lang={lang} title={title} crumbs={[{ title: 'Cities', href: '/cities' }, { title: city.name }]}>
        <p className="no-print mt-3">
          <Link href={finderHref({ ...EMPTY_FINDER_STATE, city: [city.slug] })}>Search {city.name}’s practices, statements and awards</Link>
          {' · '}
          <Link href="/map">See the cities on a map</Link>
        </p>
      </PageHeader>

      <dl className="grid gap-x-8 gap-y-4 rounded border border-rule bg-white p-5 sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <dt className="text-sm text-muted">State</dt>
          <dd className="font-semibold">{stateName(city.state)}</dd>
        </div>
        {city.population != null && (
          <div>
            <dt className="text-sm text-muted">Population</dt>
            <dd className="font-semibold">{formatNumber('en', city.population)}</dd>
            {city.populationAlternatives.map((alt) => (
              <dd key={alt._key} className="mt-1 text-sm text-muted">
                Also given: {alt.value} ({alt.label}), per{' '}
                {alt.sourceUrl ? <a href={alt.sourceUrl}>{alt.sourceName}</a> : alt.sourceName}
              </dd>
            ))}
          </div>
        )}
        {counts.length > 0 && (
          <div>
            <dt className="text-sm text-muted">On this site</dt>
            <dd>
              <ul className="font-semibold">
                {counts.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {city.coalitionMember != null && (
          <div>
            <dt className="text-sm text-muted">U.S. Coalition of Cities against Racism and Discrimination</dt>
            <dd className="font-semibold">
              {city.coalitionMember ? (
                <>
                  Member <Link href="/coalition" className="font-normal">(about the Coalition)</Link>
                </>
              ) : (
                'Not a member'
              )}
            </dd>
          </div>
        )}
      </dl>

      <Section id="contact" title={city.practiceContacts.length > 0 ? 'Whom to contact' : `Asking about ${city.name}’s work`}>
        {city.practiceContacts.length > 0 && (
          <ul className="mb-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {city.practiceContacts.map((p) => (
              <li key={p._id} className="rounded border-2 border-navy bg-white p-4">
                <p className="mb-2 text-sm text-muted">
                  About <Link href={practiceHref(p.slug)}>{p.title}</Link>
                </p>
                <ContactPerson person={{ name: p.contact.name, role: p.contact.title, email: p.contact.email, phone: p.contact.phone }} />
              </li>
            ))}
          </ul>
        )}
        <div className="max-w-[70ch] rounded border-2 border-navy bg-white p-5">
          <p>
            {city.practiceContacts.length > 0
              ? `For anything else about ${city.name}’s work, `
              : `The sources name no one in ${city.name} to contact. To ask the Center about the city’s work, `}
            {settings.contactPerson ? 'contact:' : 'write to the U.S. Conference of Mayors, of which the Center is part:'}
          </p>
          <AskTheCenter centerContact={settings.contactPerson} postal={settings.contact} />
        </div>
        {others.length > 0 && (
          <>
            <h3 className="mt-8 text-lg">Also named in the Center’s records</h3>
            <ul className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {others.map((p) => (
                <li key={p._id} className="rounded border border-rule bg-white p-4">
                  <ContactPerson person={p} />
                </li>
              ))}
            </ul>
          </>
        )}
      </Section>

      <Section id="mayors" title="Mayors">
        <MayorList mayors={city.mayors} city={city} />
      </Section>

      {city.practices.length > 0 && (
        <Section id="practices" title="Best practices">
          <CardGrid items={city.practices} className="md:grid-cols-2">
            {(p) => <PracticeCard lang={lang} practice={p} />}
          </CardGrid>
        </Section>
      )}

      {city.statements.length > 0 && (
        <Section id="statements" title="Mayors’ statements">
          <CardGrid items={city.statements} className="md:grid-cols-2">
            {(s) => <StatementCard lang={lang} statement={s} />}
          </CardGrid>
        </Section>
      )}

      {city.grantAwards.length > 0 && (
        <Section id="awards" title="Grant awards">
          <CardGrid items={city.grantAwards} className="md:grid-cols-2">
            {(a) => <AwardItem award={a} context="city" />}
          </CardGrid>
        </Section>
      )}

      {city.milestones.length > 0 && (
        <Section id="milestones" title={`Milestones in ${city.name}`}>
          <MilestoneList milestones={city.milestones} />
        </Section>
      )}

      {nothingYet && (
        <p className="mt-12 max-w-[70ch]">
          No best practice, statement or grant award from {city.name} is on this site yet.{' '}
          <Link href="/best-practices#share">Share your city’s practice</Link>.
        </p>
      )}


      {city.sources.length > 0 && (
        <Section id="sources" title="Sources">
          <LinkList links={city.sources} />
        </Section>
      )}
    </article>
  )
}
