import type { ReactNode } from 'react'
import type { CenterSectionPage } from '@/lib/content'
import { CaptionedFigure } from './Figure'
import { KeyFacts } from './KeyFacts'
import { PageHeader } from './PageHeader'
import { LinkSection } from './practice/LinkList'
import { RichText } from './RichText'

type Section = NonNullable<CenterSectionPage>

/**
 * A Center section's page: heading, summary, rich text, key facts, captioned figures, further links.
 * Pages put what is particular to them (lists, charts, timelines) in `children`, after the text.
 */
export function SectionPage({ section, children, before }: { section: Section; children?: ReactNode; before?: ReactNode }) {
  return (
    <article>
      <PageHeader title={section.title} lead={section.summary} crumbs={[{ title: section.title }]} />
      {before}
      <RichText value={section.body} />
      <KeyFacts facts={section.keyFacts} />
      {section.figures.length > 0 && (
        <section aria-labelledby="figures-heading" className="my-8">
          <h2 id="figures-heading" className="text-xl">
            Photographs
          </h2>
          {section.figures.map((figure) => (
            <CaptionedFigure key={figure._key} figure={figure} />
          ))}
        </section>
      )}
      {children}
      {section.contact && (
        <section aria-labelledby="section-contact-heading" className="my-8">
          <h2 id="section-contact-heading" className="text-xl">
            Contact
          </h2>
          <p className="mt-2">
            {section.contact.name}, {section.contact.role}
            {section.contact.email && (
              <>
                <br />
                <a href={`mailto:${section.contact.email}`}>{section.contact.email}</a>
              </>
            )}
            {section.contact.phone && (
              <>
                <br />
                {section.contact.phone}
              </>
            )}
          </p>
        </section>
      )}
      <LinkSection id="links" title="Further reading" links={section.links} />
    </article>
  )
}
