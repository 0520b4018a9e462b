import { PortableText, type PortableTextComponents } from '@portabletext/react'
import Link from 'next/link'
import type { CaptionedFigure as CaptionedFigureData, RichText as RichTextValue } from '@/lib/content'
import { hrefFor, type LinkTarget } from '@/lib/routes'
import { CaptionedFigure } from './Figure'

const components: PortableTextComponents = {
  block: {
    h2: ({ children }) => <h2>{children}</h2>,
    h3: ({ children }) => <h3>{children}</h3>,
    blockquote: ({ children }) => <blockquote>{children}</blockquote>,
  },
  marks: {
    link: ({ value, children }) => {
      const href = (value as { href?: string } | undefined)?.href
      return href ? <a href={href}>{children}</a> : <>{children}</>
    },
    internalLink: ({ value, children }) => {
      const href = hrefFor((value as { reference?: LinkTarget | null } | undefined)?.reference)
      return href ? <Link href={href}>{children}</Link> : <>{children}</>
    },
  },
  types: {
    captionedFigure: ({ value }) => <CaptionedFigure figure={value as CaptionedFigureData} />,
  },
}

/**
 * Portable Text from the CMS, rendered as React elements (never as raw HTML). Internal links go
 * to the page of the document they reference; a link whose target has no page renders as text.
 */
export function RichText({ value, className = 'prose-civic' }: { value: RichTextValue; className?: string }) {
  return (
    <div className={className}>
      <PortableText value={value as never} components={components} />
    </div>
  )
}
