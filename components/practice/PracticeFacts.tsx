import Link from '@/components/Link'
import type { CompactRef, PracticeCard } from '@/lib/content'
import { machineDate } from '@/components/timeline/dates'
import { formatDate } from '@/lib/i18n/format'
import { stateName } from '@/lib/domain/states'
import { PRACTICE_TOPICS, titleOf } from '@/lib/domain/vocabulary'
import { cityHref, compactHref } from '@/lib/routes'

export function CompactLinks({ components }: { components: CompactRef[] }) {
  return (
    <ul className="space-y-1">
      {components.map((c) => (
        <li key={c._id}>
          <Link href={compactHref(c.number)}>
            {c.number}. {c.title}
          </Link>
        </li>
      ))}
    </ul>
  )
}

/** A practice at a glance: city, start, Compact components, topics, publication and review dates. */
export function PracticeFacts({ practice, lastReviewedAt }: { practice: PracticeCard; lastReviewedAt: string | null }) {
  const p = practice
  return (
    <section aria-labelledby="glance-heading" className="rounded border border-rule bg-panel p-5">
      <h2 id="glance-heading" className="text-xl">
        At a glance
      </h2>
      <dl className="mt-3 space-y-3 text-[0.95rem]">
        <div>
          <dt className="font-semibold">City</dt>
          <dd>
            <Link href={cityHref(p.city.slug)}>
              {p.city.name}, {stateName(p.city.state)}
            </Link>
          </dd>
        </div>
        {p.startedYear != null && (
          <div>
            <dt className="font-semibold">Started</dt>
            <dd>{p.startedYear}</dd>
          </div>
        )}
        {p.compactComponents.length > 0 && (
          <div>
            <dt className="font-semibold">Mayors’ Compact components it advances</dt>
            <dd>
              <CompactLinks components={p.compactComponents} />
            </dd>
          </div>
        )}
        {p.topics.length > 0 && (
          <div>
            <dt className="font-semibold">Topics</dt>
            <dd>
              <ul className="mt-1 flex flex-wrap gap-2">
                {p.topics.map((t) => (
                  <li key={t} className="rounded border border-rule bg-white px-2 py-0.5 text-sm">
                    {titleOf(PRACTICE_TOPICS, t)}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        <div>
          <dt className="font-semibold">Published</dt>
          <dd>
            <time dateTime={machineDate(p.publishedAt, p.publishedPrecision)}>{formatDate('en', p.publishedAt, p.publishedPrecision)}</time>
          </dd>
        </div>
        {lastReviewedAt && (
          <div>
            <dt className="font-semibold">Last reviewed</dt>
            <dd>
              <time dateTime={lastReviewedAt}>{formatDate('en', lastReviewedAt)}</time>
            </dd>
          </div>
        )}
      </dl>
    </section>
  )
}
