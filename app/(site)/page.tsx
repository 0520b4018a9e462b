import Link from 'next/link'
import { ActivityList } from '@/components/ActivityList'
import { CardGrid } from '@/components/CardGrid'
import { PracticeCard, StatementCard } from '@/components/cards'
import { CompactList } from '@/components/CompactList'
import { Section } from '@/components/Section'
import { WayTiles, type Way } from '@/components/WayTiles'
import { fetchContent, homePageQuery } from '@/lib/content'
import { organizationHref } from '@/lib/routes'

const WAYS_IN: Way[] = [
  { href: '/best-practices', title: 'Find best practices', text: 'What cities have done, and whom to call.' },
  { href: '/compact', title: 'Read the Mayors’ Compact', text: 'The 10 components more than 325 mayors signed.' },
  { href: '/resources', title: 'Resources for cities', text: 'Partner organizations and their guides and toolkits.' },
  { href: '/submit', title: 'Share your city’s practice', text: 'Every mayor is invited to send in what works.' },
]

export default async function HomePage() {
  const home = await fetchContent(homePageQuery)
  const { settings } = home
  return (
    <>
      <div className="border-b border-rule pb-10">
        <p className="text-sm font-semibold uppercase tracking-wider text-accent">{settings.parentOrganization.name}</p>
        <h1 className="mt-2 text-display">{settings.name}</h1>
        {settings.formerNames.length > 0 && (
          <p className="mt-2 text-muted">
            Formerly the {settings.formerNames.map((f) => f.name).join(', and originally the ')}
          </p>
        )}
        <p className="mt-5 max-w-[70ch] text-xl leading-relaxed">{settings.tagline}</p>
        <p className="mt-4 max-w-[70ch]">{settings.mission}</p>
        <p className="mt-4">
          <Link href="/about">How the Center began, after Charlottesville</Link>
        </p>
      </div>

      <nav aria-labelledby="ways-in-heading" className="mt-10">
        <h2 id="ways-in-heading" className="sr-only">
          Ways in
        </h2>
        <WayTiles ways={WAYS_IN} className="sm:grid-cols-2 lg:grid-cols-4" />
      </nav>

      <Section
        id="compact"
        title="The Mayors’ Compact: 10 components"
        intro="The Mayors’ Compact to Combat Hate, Extremism and Bigotry, drafted by the Conference with the Anti-Defamation League after Charlottesville. The Center exists to carry it out."
      >
        <CompactList components={home.compactComponents} labelledBy="compact-heading" />
      </Section>

      <Section id="activities" title="What the Center does">
        <ActivityList activities={[...home.currentActivities, ...home.plannedActivities]} labelledBy="activities-heading" />
        <p className="mt-4">
          <Link href="/activities">More about the Center’s activities</Link>
        </p>
      </Section>

      <div className="grid gap-x-8 lg:grid-cols-2">
        <Section id="latest-practices" title="Newest best practices">
          <CardGrid items={home.latestPractices}>
            {(p) => <PracticeCard practice={p} />}
          </CardGrid>
          <p className="mt-4">
            <Link href="/best-practices">All best practices</Link>
          </p>
        </Section>
        <Section id="latest-statements" title="Mayors’ statements">
          <CardGrid items={home.latestStatements}>
            {(s) => <StatementCard statement={s} />}
          </CardGrid>
          <p className="mt-4">
            <Link href="/initiatives/support-for-immigrants-and-minorities">Support for Immigrants and Minorities</Link>
          </p>
        </Section>
      </div>

      <Section id="supporters" title="Business supporters">
        <ul className="grid gap-4 md:grid-cols-3">
          {home.businessSupporters.map((org) => (
            <li key={org._id} className="rounded border border-rule bg-white p-5">
              <h3 className="text-lg">
                <Link href={organizationHref(org.slug)}>{org.name}</Link>
              </h3>
              <p className="mt-2 text-[0.95rem]">{org.description}</p>
            </li>
          ))}
        </ul>
      </Section>
    </>
  )
}
