import type { ReactNode } from 'react'
import type { CenterSectionPage } from '@/lib/content'
import { dictionary, type Lang } from '@/lib/i18n'
import type { WithLang } from '@/lib/i18n/translate'
import { CaptionedFigure } from './Figure'
import { KeyFacts } from './KeyFacts'
import { PageHeader } from './PageHeader'
import { LinkSection } from './practice/LinkList'
import { RichText } from './RichText'
import { UntranslatedNote } from './UntranslatedNote'

type Section = NonNullable<CenterSectionPage> & Partial<WithLang> & { bodyLang?: Lang; keyFacts: (NonNullable<CenterSectionPage>['keyFacts'][number] & Partial<WithLang>)[] }

/**
 * A Center section's page: heading, summary, rich text, key facts, captioned figures, further links.
 * Pages put what is particular to them (lists, charts, timelines) in `children`, after the text.
 * In Spanish (`lang`), the section comes translated (lib/i18n/translate.ts); what is not shows in
 * English, marked, after a note.
 */
export function SectionPage({ section, children, before, lang }: { section: Section; children?: ReactNode; before?: ReactNode; lang: Lang }) {
  const t = dictionary(lang)
  const headLang = section.lang ?? lang
  const bodyLang = section.bodyLang ?? lang
  // A gallery only of the photographs there are: a caption whose image file is missing stays in the dataset.
  const photos = section.figures.filter((figure) => figure.image)
  return (
    <article>
      <PageHeader title={section.title} lead={section.summary} crumbs={[{ title: section.title, lang: headLang }]} lang={lang} textLang={headLang} />
      <UntranslatedNote lang={lang} textLang={headLang !== lang ? headLang : bodyLang} whole={headLang !== lang} />
      {before}
      <RichText value={section.body} lang={lang} textLang={bodyLang} />
      <KeyFacts facts={section.keyFacts} title={t.section.keyFacts} sourceLabel={t.section.source} lang={lang} />
      {photos.length > 0 && (
        <section aria-labelledby="figures-heading" className="my-8">
          <h2 id="figures-heading" className="text-xl">
            {t.section.photographs}
          </h2>
          <div lang={lang !== 'en' ? 'en' : undefined}>
            {photos.map((figure) => (
              <CaptionedFigure key={figure._key} figure={figure} />
            ))}
          </div>
        </section>
      )}
      {children}
      {section.contact && (
        <section aria-labelledby="section-contact-heading" className="my-8">
          <h2 id="section-contact-heading" className="text-xl">
            {t.section.contact}
          </h2>
          <p className="mt-2">
            {section.contact.name}, <span lang={lang !== 'en' ? 'en' : undefined}>{section.contact.role}</span>
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
      <LinkSection id="links" title={t.section.furtherReading} links={section.links} linksLang={lang !== 'en' ? 'en' : undefined} />
    </article>
  )
}
