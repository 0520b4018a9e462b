import Link from '@/components/Link'
import type { CompactComponentSummary } from '@/lib/content'
import { dictionary, formatList, formatNumber, hrefIn, localePath, type Lang } from '@/lib/i18n'
import { langAttr } from '@/lib/i18n/translate'
import { compactHref } from '@/lib/routes'

/**
 * The Compact's components in order, each with its explanation and how many city examples advance it;
 * where none does yet, what the Center offers about it (its activities, else the resources it lists).
 */
export function CompactOverview({
  components,
  labelledBy,
  lang,
}: {
  components: (CompactComponentSummary & { lang?: Lang })[]
  labelledBy: string
  lang: Lang
}) {
  const t = dictionary(lang).compact
  return (
    <ol aria-labelledby={labelledBy} className="grid gap-4">
      {components.map((c) => {
        const examples = [
          c.practiceCount > 0 && t.practices(formatNumber(lang, c.practiceCount), c.practiceCount === 1),
          c.statementCount > 0 && t.statements(formatNumber(lang, c.statementCount), c.statementCount === 1),
        ].filter((e): e is string => Boolean(e))
        const words = langAttr(c.lang ?? lang, lang)
        return (
          <li key={c._id} className="flex gap-4 rounded border border-rule bg-white p-5">
            <span
              aria-hidden="true"
              className="flex h-10 w-10 shrink-0 items-center justify-center rounded-full bg-navy font-semibold text-white"
            >
              {c.number}
            </span>
            <div className="min-w-0">
              <h3 className="text-lg leading-snug">
                <Link href={localePath(lang, compactHref(c.number))}>
                  <span className="sr-only">{t.componentLabel(c.number)}</span>
                  <span {...words}>{c.title}</span>
                </Link>
              </h3>
              <p className="mt-1" {...words}>
                {c.explanation}
              </p>
              <p className="mt-2 text-sm text-muted">
                {examples.length > 0 ? (
                  t.advancedBy(lang === 'en' ? examples.join(' and ') : formatList(lang, examples))
                ) : c.activityCount > 0 ? (
                  <Link href={hrefIn(lang, '/activities').href}>{t.activitiesAdvancing(formatNumber(lang, c.activityCount), c.activityCount === 1)}</Link>
                ) : (
                  <Link href={hrefIn(lang, '/resources').href}>{t.resourcesFor}</Link>
                )}
              </p>
            </div>
          </li>
        )
      })}
    </ol>
  )
}
