import type { SourcedFact } from '@/lib/content'
import type { Lang } from '@/lib/i18n/locales'

/** Figures with their sources, side by side; two sources that disagree are both shown. */
export function KeyFacts({
  facts,
  title = 'Key facts',
  sourceLabel = 'Source:',
  lang,
}: {
  facts: (SourcedFact & { lang?: Lang })[]
  title?: string
  sourceLabel?: string
  lang: Lang
}) {
  if (facts.length === 0) return null
  return (
    <section aria-labelledby="key-facts-heading" className="my-8">
      <h2 id="key-facts-heading" className="text-xl">
        {title}
      </h2>
      <dl className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {facts.map((fact) => (
          <div key={fact._key} className="rounded border border-rule bg-white p-4">
            <dt className="text-[0.95rem]" lang={fact.lang && fact.lang !== lang ? fact.lang : undefined}>
              {fact.label}
            </dt>
            <dd className="order-first font-serif text-3xl font-semibold text-navy-deep" lang={fact.lang && fact.lang !== lang ? fact.lang : undefined}>
              {fact.value}
            </dd>
            <dd className="mt-2 text-sm text-muted">
              {sourceLabel}{' '}
              <span lang={lang !== 'en' ? 'en' : undefined}>{fact.sourceUrl ? <a href={fact.sourceUrl}>{fact.sourceName}</a> : fact.sourceName}</span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
