import type { Metadata } from 'next'
import Link from '@/components/Link'
import { notFound } from 'next/navigation'
import { CardGrid } from '@/components/CardGrid'
import { PageHeader } from '@/components/PageHeader'
import { Section } from '@/components/Section'
import { ContactPerson } from '@/components/organizations/ContactPerson'
import { PostalAddress } from '@/components/organizations/PostalAddress'
import { PublicationEntry } from '@/components/organizations/PublicationEntry'
import { RelationSentences } from '@/components/organizations/Relations'
import { LinkList } from '@/components/practice/LinkList'
import { fetchContent, organizationQuery, organizationSlugsQuery } from '@/lib/content'
import { ORGANIZATION_ROLES, titleOf } from '@/lib/domain/vocabulary'
import { pageMetadata } from '@/lib/metadata'
import { organizationHref, reportHref } from '@/lib/routes'
import { englishOnly, englishRoute } from '@/lib/i18n/route'

type Props = { params: Promise<{ lang: string; slug: string }> }

/** English only: its Spanish address is the designed 404 (lib/pages.ts). */
export async function generateStaticParams() {
  return englishOnly(await fetchContent(organizationSlugsQuery))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await englishRoute(params)
  const { slug } = await params
  const org = await fetchContent(organizationQuery, { slug })
  if (!org) return {}
  // "profile" keeps the title apart from a section about the same body (the Coalition's is /coalition).
  return pageMetadata({ lang, title: `${org.name}: organization profile`, description: org.description, path: organizationHref(org.slug) })
}

export default async function OrganizationPage({ params }: Props) {
  const lang = await englishRoute(params)
  const { slug } = await params
  const org = await fetchContent(organizationQuery, { slug })
  if (!org) notFound()
  const published = org.publications.filter((p) => p.publishers.some((x) => x._id === org._id))
  const about = org.publications.filter((p) => !p.publishers.some((x) => x._id === org._id))
  const contactIds = new Set(org.contacts.map((c) => c._id))
  const people = org.people.filter((p) => !contactIds.has(p._id))
  const isPartner = org.roles.includes('partner-resource')
  const crumbs = isPartner ? [{ title: 'Resources', href: '/resources' }, { title: org.name }] : [{ title: org.name }]
  return (
    <article>
      <PageHeader lang={lang} title={org.name} crumbs={crumbs}>
        {org.acronym && <p className="mt-1 text-lg text-muted">{org.acronym}</p>}
      </PageHeader>

      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0">
          <p className="max-w-[70ch] text-lg">{org.description}</p>

          {org.services.length > 0 && (
            <Section id="services" title="Services">
              <ul className="max-w-[70ch] list-disc space-y-1 pl-6">
                {org.services.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
            </Section>
          )}

          {(org.relations.length > 0 || org.incomingRelations.length > 0) && (
            <Section id="relations" title="Related organizations">
              <RelationSentences organization={org} relations={org.relations} incoming={org.incomingRelations} className="max-w-[70ch]" />
            </Section>
          )}

          {published.length > 0 && (
            <Section id="publications" title="Publications">
              <CardGrid items={published}>
                {(p) => <PublicationEntry publication={p} />}
              </CardGrid>
            </Section>
          )}

          {about.length > 0 && (
            <Section id="publications-about" title="Publications about it">
              <CardGrid items={about}>
                {(p) => <PublicationEntry publication={p} />}
              </CardGrid>
            </Section>
          )}

          {org.reports.length > 0 && (
            <Section id="reports" title="Reports">
              <ul className="list-disc space-y-1 pl-6">
                {org.reports.map((r) => (
                  <li key={r._id}>
                    <Link href={reportHref(r.slug)}>{r.title}</Link> <span className="text-muted">({r.year})</span>
                  </li>
                ))}
              </ul>
            </Section>
          )}

          {people.length > 0 && (
            <Section id="people" title="People">
              <ul className="grid gap-4 sm:grid-cols-2">
                {people.map((p) => (
                  <li key={p._id} className="rounded border border-rule bg-white p-4">
                    <ContactPerson person={p} />
                  </li>
                ))}
              </ul>
            </Section>
          )}

          {org.sources.length > 0 && (
            <Section id="sources" title="Sources">
              <LinkList links={org.sources} />
            </Section>
          )}
        </div>

        <div className="space-y-6 lg:col-start-2 lg:row-start-1">
          <section aria-labelledby="facts-heading" className="rounded border border-rule bg-panel p-5">
            <h2 id="facts-heading" className="text-xl">
              About the organization
            </h2>
            <dl className="mt-3 space-y-3 text-[0.95rem]">
              {org.foundedYear != null && (
                <div>
                  <dt className="font-semibold">Founded</dt>
                  <dd>{org.foundedYear}</dd>
                </div>
              )}
              <div>
                <dt className="font-semibold">{org.roles.length === 1 ? 'Role' : 'Roles'}</dt>
                <dd>
                  <ul>
                    {org.roles.map((r) => (
                      <li key={r}>{titleOf(ORGANIZATION_ROLES, r)}</li>
                    ))}
                  </ul>
                </dd>
              </div>
              {org.website && (
                <div>
                  <dt className="font-semibold">Website</dt>
                  <dd className="[overflow-wrap:anywhere]">
                    <a href={org.website}>{org.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}</a>
                  </dd>
                </div>
              )}
              {org.address && (
                <div>
                  <dt className="font-semibold">Address</dt>
                  <dd>
                    <PostalAddress address={org.address} />
                  </dd>
                </div>
              )}
            </dl>
          </section>

          {org.contacts.length > 0 && (
            <section aria-labelledby="contacts-heading" className="rounded border-2 border-navy bg-white p-5">
              <h2 id="contacts-heading" className="text-xl">
                {org.contacts.length === 1 ? 'Contact' : 'Contacts'}
              </h2>
              <ul className="mt-3 space-y-4">
                {org.contacts.map((p) => (
                  <li key={p._id}>
                    <ContactPerson person={p} />
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      </div>
    </article>
  )
}
