import Link from '@/components/Link'
import { dictionary, formatNumber, localePath, type Lang } from '@/lib/i18n'
import { EMPTY_FINDER_STATE, FINDER_PATH, finderHref } from '@/lib/search/url'

/** Past the newest few, the rest of a component's examples are in the finder, filtered by the component. */
export function MoreInFinder({ number, kind, shown, total, lang }: { number: number; kind: 'practice' | 'statement'; shown: number; total: number; lang: Lang }) {
  if (total <= shown) return null
  const t = dictionary(lang).compact
  const all = formatNumber(lang, total)
  const href = finderHref({ ...EMPTY_FINDER_STATE, kind: [kind], component: [number] }, localePath(lang, FINDER_PATH))
  return (
    <p className="mt-5">
      {t.newestShown(formatNumber(lang, shown), all)}{' '}
      <Link href={href}>{kind === 'practice' ? t.allPractices(all) : t.allStatements(all)}</Link>
    </p>
  )
}
