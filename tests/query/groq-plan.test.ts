/**
 * The embedded source's planner (lib/content/groq-plan.ts) only narrows what groq-js looks at: every
 * query must give exactly what plain groq-js gives, on every dataset, in both perspectives.
 */
import { describe, expect, it } from 'vitest'
import { planQuery, SCAN_PARAM_PREFIX } from '@/lib/content/groq-plan'
import { bestPracticeQuery, cityQuery, compactComponentQuery, searchVersionQuery } from '@/lib/content/queries'
import {
  createEmbeddedSource,
  documentsForPerspective,
  evaluateUnplanned,
  parseGroq,
  type SanityDocument,
} from '@/lib/content/source-embedded'
import type { QueryParams } from '@/lib/content/define'
import type { Perspective } from '@/lib/content/source'
import { synthesize } from '@/scripts/synth-dataset'
import { DATASETS, FIXTURE } from '../support/query-datasets'
import { queryRuns } from '../support/query-samples'

const SYNTHETIC = { name: 'synthetic', documents: synthesize({ practices: 150, cities: 25, seed: 3 }) as SanityDocument[] }

/** The fixture with drafts and a release version beside published documents. */
const WITH_DRAFTS = {
  name: 'fixture with drafts',
  documents: ((docs) => {
    const practice = docs.find((d) => d._type === 'bestPractice')!
    const component = docs.find((d) => d._type === 'compactComponent')!
    return [
      ...docs,
      { ...component, _id: `drafts.${component._id}`, title: 'Draft title' },
      { ...practice, _id: 'drafts.bestPractice-only-a-draft', slug: { _type: 'slug', current: 'only-a-draft' } },
      { ...practice, _id: `versions.rSpring.${practice._id}`, title: 'In a release' },
    ]
  })(structuredClone(FIXTURE.documents)),
}

describe('planned queries give what plain groq-js gives', () => {
  for (const dataset of [...DATASETS, SYNTHETIC, WITH_DRAFTS]) {
    for (const perspective of ['published', 'drafts'] as Perspective[]) {
      it(`every query with every params, on the ${dataset.name} dataset (${perspective})`, async () => {
        const source = createEmbeddedSource({ documents: dataset.documents })
        const visible = documentsForPerspective(dataset.documents, perspective)
        const runs = queryRuns(visible)
        expect(runs.length).toBeGreaterThan(20)
        for (const { def, params, label } of runs) {
          const planned = await source.query(def.query, params, { perspective })
          expect(planned, label).toEqual(await evaluateUnplanned(visible, def.query, params))
        }
      })
    }
  }
})

describe('the planner on the edge cases of GROQ equality', () => {
  const docs: SanityDocument[] = [
    { _id: 'a1', _type: 'a', n: 1, s: '1', tag: null, slug: { current: 'x' }, list: ['p', 'q'] },
    { _id: 'b1', _type: 'b', n: 2, s: 'two', slug: { current: 'y' } },
    { _id: 'a2', _type: 'a', n: '1', flag: true, slug: 'not-an-object' },
    { _id: 'c1', _type: 'c', ref: { _ref: 'a1' }, n: 1.0 },
    { _id: 'a3', _type: 'a', n: [1], flag: false },
  ]
  const cases: [string, QueryParams][] = [
    ['*[_type == "a"]._id', {}],
    ['*["a" == _type]._id', {}],
    ['*[_type == $type]._id', { type: 'b' }],
    ['*[_type == $type]._id', { type: 1 }],
    ['*[_type == $type]._id', { type: null }],
    ['*[_type in $types]._id', { types: ['c', 'a'] }],
    ['*[_type in $types]._id', { types: 'a' }],
    ['*[_type in ["b", "a"] && n == 1]._id', {}],
    ['*[n == 1]._id', {}],
    ['*[n == "1"]._id', {}],
    ['*[n in [1, 2]]._id', {}],
    ['*[tag == null]._id', {}],
    ['*[missing == null]._id', {}],
    ['*[missing == $nothing]._id', { nothing: null }],
    ['*[slug.current == $slug]._id', { slug: 'x' }],
    ['*[slug.current == $slug]._id', { slug: ['x'] }],
    ['*[flag == true]._id', {}],
    ['*[flag == false]._id', {}],
    ['*[(_type == "a" && n == 1) || _type == "b"]._id', {}],
    ['*[_type == "a" || defined(ref)]._id', {}],
    ['*[_type == "a" && !(n == 1)]._id', {}],
    ['*[_type == "b" && _type == "a"]._id', {}],
    ['*[_type == "a" && "p" in list]._id', {}],
    ['*[_type == "a"]{_id, "refs": *[_type == "c" && ref._ref == ^._id]._id}', {}],
    ['count(*[_type == "a" && n == 1])', {}],
    ['*[_type == "a"] | order(_id desc)[0]._id', {}],
  ]
  for (const [query, params] of cases) {
    it(`${query} ${JSON.stringify(params)}`, async () => {
      const planned = await createEmbeddedSource({ documents: docs }).query(query, params)
      expect(planned).toEqual(await evaluateUnplanned(docs, query, params))
    })
  }
})

describe('the planner narrows the page queries', () => {
  const narrowed = (query: string) => planQuery(parseGroq(query)).scans.length
  const everything = (query: string) => JSON.stringify(planQuery(parseGroq(query)).tree).includes('"Everything"')

  it('replaces every `*` of the practice, city and Compact pages with a narrowed scan', () => {
    for (const def of [bestPracticeQuery, cityQuery, compactComponentQuery, searchVersionQuery]) {
      expect(narrowed(def.query), def.name).toBeGreaterThan(0)
      expect(everything(def.query), def.name).toBe(false)
    }
  })

  it('leaves a filter alone when nothing in it reads only the document', () => {
    const plan = planQuery(parseGroq('*[defined(slug) || count(list) > 1]'))
    expect(plan.scans).toHaveLength(0)
    expect(JSON.stringify(plan.tree)).toContain('"Everything"')
  })

  it('names its internal parameters so that no GROQ $param can collide with them', () => {
    const [scan] = planQuery(parseGroq('*[_type == "a"]')).scans
    expect(scan?.param.startsWith(SCAN_PARAM_PREFIX)).toBe(true)
    expect(() => parseGroq(`*[_type == $${scan?.param}]`)).toThrow()
  })
})
