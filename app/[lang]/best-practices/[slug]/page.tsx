import type { Metadata } from 'next'
import Link from '@/components/Link'
import { notFound } from 'next/navigation'
import { CardGrid } from '@/components/CardGrid'
import { PracticeCard } from '@/components/cards'
import { PageHeader } from '@/components/PageHeader'
import { AwardItem } from '@/components/grants/AwardItem'
import { LinkSection } from '@/components/practice/LinkList'
import { cityOwnPages, PracticeContactCard } from '@/components/practice/PracticeContactCard'
import { PracticeFacts } from '@/components/practice/PracticeFacts'
import { bestPracticeQuery, fetchContent, practiceSlugsQuery } from '@/lib/content'
import { stateName } from '@/lib/domain/states'
import { siteUrl } from '@/lib/env'
import { pageMetadata } from '@/lib/metadata'
import { cityHref, practiceHref, prerenderFirst } from '@/lib/routes'
import { CopyLink } from './CopyLink'
import { englishOnly, englishRoute } from '@/lib/i18n/route'

type Props = { params: Promise<{ lang: string; slug: string }> }

/** The first PRERENDER_LIMIT at build time; any other on its first visit (dynamicParams). */
/** English only: its Spanish address is the designed 404 (lib/pages.ts). */
export async function generateStaticParams() {
  return englishOnly(prerenderFirst(await fetchContent(practiceSlugsQuery)))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await englishRoute(params)
  const { slug } = await params
  const practice = await fetchContent(bestPracticeQuery, { slug })
  if (!practice) return {}
  return pageMetadata({
    lang,
    title: `${practice.title} (${practice.city.name}, ${practice.city.state})`,
    description: practice.summary,
    path: practiceHref(practice.slug),
    type: 'article',
  })
}

function Narrative({ id, title, text }: { id: string; title: string; text: string | null }) {
  if (!text) return null
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-8 first:mt-0">
      <h2 id={`${id}-heading`} className="text-2xl">
        {title}
      </h2>
      <div className="prose-civic mt-3">
        {text.split(/\n{2,}/).map((para, i) => (
          <p key={i}>{para}</p>
        ))}
      </div>
    </section>
  )
}

export default async function PracticePage({ params }: Props) {
  const lang = await englishRoute(params)
  const { slug } = await params
  const practice = await fetchContent(bestPracticeQuery, { slug })
  if (!practice) notFound()
  const p = practice
  return (
    <article>
      <PageHeader lang={lang} title={p.title} lead={p.summary} crumbs={[{ title: 'Best Practices', href: '/best-practices' }, { title: p.title }]}>
        <p className="mt-3 text-lg">
          <Link href={cityHref(p.city.slug)}>
            {p.city.name}, {stateName(p.city.state)}
          </Link>
        </p>
        <CopyLink path={practiceHref(p.slug)} url={`${siteUrl()}${practiceHref(p.slug)}`} />
      </PageHeader>

      {/* Small screens: contact, then the account, then the facts. Wide screens: the account beside both. */}
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem] lg:grid-rows-[auto_1fr]">
        <div className="lg:col-start-2 lg:row-start-1">
          <PracticeContactCard
            contact={p.contact}
            centerContact={p.centerContact}
            postal={p.conferenceContact}
            cityName={p.city.name}
            cityPages={cityOwnPages(p.links, p.city.name)}
          />
        </div>

        <div className="min-w-0 lg:col-start-1 lg:row-span-2 lg:row-start-1">
          <Narrative id="problem" title="The problem" text={p.problem} />
          <Narrative id="approach" title="What the city did" text={p.approach} />
          <Narrative id="results" title="Results" text={p.results} />

          {p.grantAwards.length > 0 && (
            <section aria-labelledby="awards-heading" className="mt-10">
              <h2 id="awards-heading" className="text-2xl">
                {p.grantAwards.length === 1 ? 'Grant award' : 'Grant awards'}
              </h2>
              <CardGrid items={p.grantAwards} className="mt-4">
                {(a) => <AwardItem award={a} context="practice" />}
              </CardGrid>
            </section>
          )}

          <LinkSection id="links" title="Links" links={p.links} />
          <LinkSection id="sources" title="Sources" links={p.sources} />
        </div>

        <div className="lg:col-start-2 lg:row-start-2">
          <PracticeFacts practice={p} lastReviewedAt={p.lastReviewedAt} />
        </div>
      </div>

      {p.related.length > 0 && (
        <section aria-labelledby="related-heading" className="mt-12 border-t border-rule pt-8 print:break-inside-avoid">
          <h2 id="related-heading" className="text-2xl">
            Related practices
          </h2>
          <CardGrid items={p.related} className="mt-5 md:grid-cols-3 print:grid-cols-1">
            {(r) => <PracticeCard lang={lang} practice={r} />}
          </CardGrid>
        </section>
      )}
    </article>
  )
}
