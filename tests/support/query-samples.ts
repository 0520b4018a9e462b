/**
 * Which params to run each query with on a dataset: every slug or number the dataset has, so each
 * page-level query is checked for every page it will render.
 */
import type { AnyContentQuery, QueryParams } from '@/lib/content/define'
import { ALL_QUERIES } from '@/lib/content/queries'
import { isDraftId, type SanityDocument } from '@/lib/content/source-embedded'

const slugOf = (doc: SanityDocument) => (doc.slug as { current?: string } | undefined)?.current

function slugs(docs: readonly SanityDocument[], type: string, where: (doc: SanityDocument) => boolean = () => true): string[] {
  return docs
    .filter((doc) => doc._type === type && !isDraftId(doc._id) && where(doc))
    .map(slugOf)
    .filter((s): s is string => Boolean(s))
}

export function sampleParams(def: AnyContentQuery, docs: readonly SanityDocument[]): QueryParams[] {
  switch (def.name) {
    case 'compactComponent':
      return docs.filter((d) => d._type === 'compactComponent' && !isDraftId(d._id)).map((d) => ({ number: d.number as number }))
    case 'centerSection':
      return slugs(docs, 'centerSection').map((slug) => ({ slug }))
    case 'statementsInCollection':
      return slugs(docs, 'centerSection').map((sectionSlug) => ({ sectionSlug }))
    case 'bestPractice':
      return slugs(docs, 'bestPractice', (d) => d.status === 'published').map((slug) => ({ slug }))
    case 'organization':
      return slugs(docs, 'organization').map((slug) => ({ slug }))
    case 'city':
      return slugs(docs, 'city').map((slug) => ({ slug }))
    case 'translations':
      return [{ language: 'es' }]
    default:
      if (def.params) throw new Error(`tests/support/query-samples.ts: say which params to run "${def.name}" with`)
      return [{}]
  }
}

/** Every query with every params it should be run with on these documents. */
export function queryRuns(docs: readonly SanityDocument[]): { def: AnyContentQuery; params: QueryParams; label: string }[] {
  return ALL_QUERIES.flatMap((def: AnyContentQuery) =>
    sampleParams(def, docs).map((params) => ({
      def,
      params,
      label: Object.keys(params).length ? `${def.name} ${JSON.stringify(params)}` : def.name,
    })),
  )
}
