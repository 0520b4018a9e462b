import type { ReactNode } from 'react'
import type { Lang } from '@/lib/i18n/locales'
import { Breadcrumbs, type Crumb } from './Breadcrumbs'

/** A page's breadcrumbs, heading and lead paragraph. */
export function PageHeader({
  title,
  lead,
  crumbs,
  children,
  lang,
  textLang = lang,
}: {
  title: string
  lead?: string | null
  crumbs?: Crumb[]
  children?: ReactNode
  /** The page's language, and the language of title and lead when they are not translated. */
  lang: Lang
  textLang?: Lang
}) {
  const words = textLang !== lang ? { lang: textLang } : {}
  return (
    <div className="mb-8">
      {crumbs && <Breadcrumbs items={crumbs} lang={lang} />}
      <h1 className="text-display" {...words}>
        {title}
      </h1>
      {lead && (
        <p className="mt-4 max-w-[70ch] text-lg text-muted" {...words}>
          {lead}
        </p>
      )}
      {children}
    </div>
  )
}
