import { describe, expect, it } from 'vitest'
import { ContentValidationError } from '@/lib/content/errors'
import { bestPracticeQuery, citiesQuery, compactComponentsQuery, reportsQuery } from '@/lib/content/queries'
import { runQuery } from '@/lib/content/run'
import { createEmbeddedSource, type SanityDocument } from '@/lib/content/source-embedded'
import { FIXTURE } from '../support/query-datasets'

function sourceWith(change: (docs: SanityDocument[]) => SanityDocument[]) {
  return createEmbeddedSource({ documents: change(structuredClone(FIXTURE.documents)) })
}

const edit = (id: string, patch: (doc: SanityDocument) => void) => (docs: SanityDocument[]) =>
  docs.map((doc) => {
    if (doc._id === id) patch(doc)
    return doc
  })

async function failure(promise: Promise<unknown>): Promise<ContentValidationError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ContentValidationError)
  return error as ContentValidationError
}

describe('a result that does not fit its model', () => {
  it('names the query, the document and the field', async () => {
    const source = sourceWith(edit('compactComponent-3', (doc) => delete doc.title))
    const error = await failure(runQuery(compactComponentsQuery, {}, { source }))
    expect(error.message).toBe('Query "compactComponents": document "compactComponent-3" field "title": expected string, received null')
    expect(error.problems).toEqual([{ documentId: 'compactComponent-3', field: 'title', message: 'expected string, received null' }])
  })

  it('names the dereferenced document that holds the fault, with the path inside it', async () => {
    const source = sourceWith(edit('city-columbia-sc', (doc) => delete doc.name))
    const error = await failure(runQuery(bestPracticeQuery, { slug: 'crisis-response' }, { source }))
    expect(error.message).toContain('Query "bestPractice": document "city-columbia-sc" field "name": expected string')
  })

  it('gives paths inside arrays of objects', async () => {
    const source = sourceWith(edit('report-hate-report', (doc) => ((doc.figures as { unit: string }[])[1]!.unit = 'furlongs')))
    const error = await failure(runQuery(reportsQuery, {}, { source }))
    expect(error.message).toMatch(/^Query "reports": document "report-hate-report" field "figures\[1\]\.unit": Invalid option/)
  })

  it('lists every problem, not only the first', async () => {
    const source = sourceWith((docs) =>
      edit('compactComponent-1', (doc) => delete doc.shortTitle)(edit('compactComponent-2', (doc) => (doc.number = 'two'))(docs)),
    )
    const error = await failure(runQuery(compactComponentsQuery, {}, { source }))
    expect(error.message.split('\n')).toEqual([
      'Query "compactComponents": document "compactComponent-1" field "shortTitle": expected string, received null',
      'Query "compactComponents": document "compactComponent-2" field "number": expected number, received string',
    ])
  })

  it('keeps the list bounded', async () => {
    const source = sourceWith((docs) => docs.map((doc) => (doc._type === 'city' ? { ...doc, name: 1, state: 2, slug: null } : doc)))
    const error = await failure(runQuery(citiesQuery, {}, { source }))
    expect(error.problems).toHaveLength(9)
    const big = new ContentValidationError('q', Array.from({ length: 30 }, (_, i) => ({ documentId: `d${i}`, field: 'f', message: 'm' })))
    expect(big.message.split('\n')).toHaveLength(13)
    expect(big.message).toMatch(/… and 18 more problems$/)
  })

  it('names a refinement across fields in the document it concerns', async () => {
    const source = sourceWith(edit('bestPractice-crisis-response', (doc) => (doc.contact = { _type: 'practiceContact', email: 'x@y.gov' })))
    const error = await failure(runQuery(bestPracticeQuery, { slug: 'crisis-response' }, { source }))
    expect(error.message).toBe(
      'Query "bestPractice": document "bestPractice-crisis-response" field "contact": names no contact: neither a city contact nor a referral to the Center',
    )
  })
})
