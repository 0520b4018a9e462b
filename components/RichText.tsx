import { PortableText, type PortableTextComponents } from '@portabletext/react'
import Link from '@/components/Link'
import type { CaptionedFigure as CaptionedFigureData, RichText as RichTextValue } from '@/lib/content'
import { hrefIn, type Lang } from '@/lib/i18n/locales'
import { hrefFor, type LinkTarget } from '@/lib/routes'
import { CaptionedFigure } from './Figure'

function componentsIn(lang: Lang): PortableTextComponents {
  return {
  block: {
    h2: ({ children }) => <h2>{children}</h2>,
    h3: ({ children }) => <h3>{children}</h3>,
    // Quotations stay in the words they were written in (English): in a translated text each is
    // the original, marked, followed by its translation (sanity/seed/translations.ts).
    blockquote: ({ children }) => <blockquote lang={lang === 'en' ? undefined : 'en'}>{children}</blockquote>,
  },
  marks: {
    link: ({ value, children }) => {
      const href = (value as { href?: string } | undefined)?.href
      return href ? <a href={href}>{children}</a> : <>{children}</>
    },
    // Words left in another language than the text's (an English role in a Spanish text): read in theirs.
    inLanguage: ({ value, children }) => {
      const language = (value as { language?: string } | undefined)?.language
      return language ? <span lang={language}>{children}</span> : <>{children}</>
    },
    internalLink: ({ value, children }) => {
      const href = hrefFor((value as { reference?: LinkTarget | null } | undefined)?.reference)
      if (!href) return <>{children}</>
      const target = hrefIn(lang, href)
      return (
        <Link href={target.href} hrefLang={target.lang !== lang ? target.lang : undefined}>
          {children}
        </Link>
      )
    },
  },
  types: {
    captionedFigure: ({ value }) => <CaptionedFigure figure={value as CaptionedFigureData} />,
  },
  }
}

const COMPONENTS: Record<Lang, PortableTextComponents> = { en: componentsIn('en'), es: componentsIn('es') }

/**
 * Portable Text from the CMS, rendered as React elements (never as raw HTML). Internal links go
 * to the page of the document they reference; a link whose target has no page renders as text.
 */
export function RichText({
  value,
  className = 'prose-civic',
  lang,
  textLang = lang,
}: {
  value: RichTextValue
  className?: string
  /** The page's language: internal links go to that language's page where there is one. */
  lang: Lang
  /** The language the text is in, when it differs from the page's (untranslated text). */
  textLang?: Lang
}) {
  return (
    <div className={className} lang={textLang !== lang ? textLang : undefined}>
      <PortableText value={value as never} components={COMPONENTS[lang]} />
    </div>
  )
}
