import Link from '@/components/Link'
import { dictionary, localePath, type Lang } from '@/lib/i18n'
import { langAttr } from '@/lib/i18n/translate'
import { compactHref } from '@/lib/routes'

export type CompactItem = { number: number; title: string; explanation?: string | null; lang?: Lang }

/** The Mayors' Compact's components as an ordered list, each linking to its page. */
export function CompactList({
  components,
  withExplanations = false,
  labelledBy,
  lang,
}: {
  components: CompactItem[]
  withExplanations?: boolean
  labelledBy: string
  lang: Lang
}) {
  const t = dictionary(lang)
  return (
    <ol aria-labelledby={labelledBy} className="grid gap-3 sm:grid-cols-2">
      {components.map((c) => (
        <li key={c.number} className="flex gap-3 rounded border border-rule bg-white p-4">
          <span
            aria-hidden="true"
            className="flex h-9 w-9 shrink-0 items-center justify-center rounded-full bg-navy font-semibold text-white"
          >
            {c.number}
          </span>
          <div>
            <Link href={localePath(lang, compactHref(c.number))} className="font-semibold">
              <span className="sr-only">{t.compact.componentLabel(c.number)}</span>
              <span {...langAttr(c.lang ?? lang, lang)}>{c.title}</span>
            </Link>
            {withExplanations && c.explanation && (
              <p className="mt-1 text-muted" {...langAttr(c.lang ?? lang, lang)}>
                {c.explanation}
              </p>
            )}
          </div>
        </li>
      ))}
    </ol>
  )
}
