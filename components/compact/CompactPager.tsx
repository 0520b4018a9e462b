import Link from '@/components/Link'
import { dictionary, localePath, type Lang } from '@/lib/i18n'
import { langAttr } from '@/lib/i18n/translate'
import { compactHref } from '@/lib/routes'

type Item = { number: number; shortTitle: string; lang?: Lang }

/** Links to the previous and next components of the Compact. */
export function CompactPager({ previous, next, lang }: { previous: Item | null; next: Item | null; lang: Lang }) {
  if (!previous && !next) return null
  const t = dictionary(lang).compact
  return (
    <nav aria-label={t.pager} className="no-print mt-12 border-t border-rule pt-6">
      <ul className="grid gap-4 sm:grid-cols-2">
        <li>
          {previous && (
            <Link href={localePath(lang, compactHref(previous.number))} className="block rounded border border-rule bg-white p-4">
              <span className="block text-sm text-muted">{t.previous(previous.number)}</span>
              <span className="font-semibold" {...langAttr(previous.lang ?? lang, lang)}>
                {previous.shortTitle}
              </span>
            </Link>
          )}
        </li>
        <li className="sm:text-right">
          {next && (
            <Link href={localePath(lang, compactHref(next.number))} className="block rounded border border-rule bg-white p-4">
              <span className="block text-sm text-muted">{t.next(next.number)}</span>
              <span className="font-semibold" {...langAttr(next.lang ?? lang, lang)}>
                {next.shortTitle}
              </span>
            </Link>
          )}
        </li>
      </ul>
    </nav>
  )
}
