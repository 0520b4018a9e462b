/**
 * The Presentation tool's map of the site: every document type has locations, the locations of the
 * Center's documents are the addresses the site links with (lib/routes.ts), and each page's "main
 * document" filter finds that page's document.
 */
import { evaluate, parse } from 'groq-js'
import type { DocumentLocationResolverObject, DocumentLocationsState } from 'sanity/presentation'
import { describe, expect, it } from 'vitest'
import { SECTION_PATHS, hrefFor } from '@/lib/routes'
import { locations, mainDocuments } from '@/sanity/presentation'
import { documentTypes, singletonTypes } from '@/schemas'
import { INTERNAL_LINK_TYPES } from '@/schemas/lib/types'
import { loadDatasetFile, type Doc } from '../support/dataset'

const docs = loadDatasetFile()
const byId = new Map(docs.map((d) => [d._id, d]))

/** A preview-style selection: dotted paths, following references as the Studio does. */
function select(doc: Doc, selection: Record<string, string>): Record<string, unknown> {
  const get = (value: unknown, path: string[]): unknown => {
    if (path.length === 0 || value == null) return value
    let current = value as Record<string, unknown>
    if (typeof current._ref === 'string') current = (byId.get(current._ref) as Record<string, unknown>) ?? {}
    const [head, ...rest] = path
    const next = Array.isArray(current) ? current[Number(head)] : current[head!]
    return get(next, rest)
  }
  return Object.fromEntries(Object.entries(selection).map(([key, path]) => [key, get(doc, path.split('.'))]))
}

function resolve(doc: Doc): DocumentLocationsState {
  const resolver = locations[doc._type]
  if (!resolver) throw new Error(`No locations for ${doc._type}`)
  if (!('select' in resolver)) return resolver as DocumentLocationsState
  const { select: selection, resolve: fn } = resolver as DocumentLocationResolverObject
  return fn(select(doc, selection)) ?? {}
}

describe('Presentation locations', () => {
  it('exist for every document type', () => {
    const types = [...singletonTypes, ...documentTypes].map((t) => t.name)
    expect(types.filter((type) => !locations[type])).toEqual([])
  })

  it('give every document of the dataset at least one address on the site (or say where it shows)', () => {
    for (const doc of docs) {
      const state = resolve(doc)
      const hrefs = (state.locations ?? []).map((l) => l.href)
      if (hrefs.length === 0) expect(state.message, doc._id).toBeTruthy()
      for (const href of hrefs) expect(href, doc._id).toMatch(/^\/(?!\/)/)
    }
  })

  it('put first the address the site links a document with', () => {
    for (const doc of docs.filter((d) => (INTERNAL_LINK_TYPES as readonly string[]).includes(d._type))) {
      const target = { _type: doc._type, slug: (doc.slug as { current?: string } | undefined)?.current, number: doc.number as number, year: doc.year as number }
      const expected = hrefFor(target)
      if (!expected) continue
      expect(resolve(doc).locations?.[0]?.href, doc._id).toBe(expected)
    }
  })

  it('lead from a best practice to its page, the practices page in both languages and its city', () => {
    const practice = docs.find((d) => d._type === 'bestPractice')!
    const city = byId.get((practice.city as { _ref: string })._ref)!
    expect(resolve(practice).locations?.map((l) => l.href)).toEqual([
      `/best-practices/${(practice.slug as { current: string }).current}`,
      SECTION_PATHS['best-practices'],
      `/es${SECTION_PATHS['best-practices']}`,
      `/cities/${(city.slug as { current: string }).current}`,
    ])
  })

  it('lead from a Compact component to its page in English and in Spanish', () => {
    const component = docs.find((d) => d._type === 'compactComponent' && d.number === 3)!
    expect(resolve(component).locations?.map((l) => l.href).slice(0, 2)).toEqual(['/compact/3', '/es/compact/3'])
  })

  it('lead from a translation to the Spanish page that shows it, and to the English one', () => {
    const translation = docs.find((d) => d._id === 'translation-es-compactComponent-3')!
    expect(resolve(translation).locations?.map((l) => l.href)).toEqual(['/es/compact/3', '/compact/3'])
  })
})

describe('Presentation main documents', () => {
  async function find(filter: string, params: Record<string, string>): Promise<string[]> {
    const tree = parse(`*[${filter}]._id`, { params })
    return (await (await evaluate(tree, { dataset: docs, params })).get()) as string[]
  }

  function routeParams(route: string, path: string): Record<string, string> | null {
    const names: string[] = []
    const pattern = new RegExp(`^${route.replace(/:(\w+)/g, (_, name: string) => (names.push(name), '([^/]+)'))}$`)
    const match = pattern.exec(path)
    return match ? Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1]!)])) : null
  }

  const samples: [string, string][] = [
    ['/', 'siteSettings'],
    ['/about', 'section-about'],
    ['/initiatives/support-for-immigrants-and-minorities', 'section-support-for-immigrants-and-minorities'],
    ['/compact/3', 'compactComponent-3'],
    [`/best-practices/${(docs.find((d) => d._type === 'bestPractice')!.slug as { current: string }).current}`, docs.find((d) => d._type === 'bestPractice')!._id],
    [`/cities/${(docs.find((d) => d._type === 'city')!.slug as { current: string }).current}`, docs.find((d) => d._type === 'city')!._id],
    [`/organizations/${(docs.find((d) => d._type === 'organization')!.slug as { current: string }).current}`, docs.find((d) => d._type === 'organization')!._id],
  ]

  it.each(samples)('%s is about %s', async (path, id) => {
    const matches = mainDocuments.flatMap((resolver) => {
      const routes = Array.isArray(resolver.route) ? resolver.route : [resolver.route]
      return routes.flatMap((route) => {
        const params = routeParams(route, path)
        return params && typeof resolver.filter === 'string' ? [{ filter: resolver.filter, params }] : []
      })
    })
    expect(matches, path).toHaveLength(1)
    expect(await find(matches[0]!.filter, matches[0]!.params)).toEqual([id])
  })

  it('cover every section page', () => {
    const routes = mainDocuments.flatMap((r) => (Array.isArray(r.route) ? r.route : [r.route]))
    for (const path of Object.values(SECTION_PATHS)) expect(routes, path).toContain(path)
  })
})
