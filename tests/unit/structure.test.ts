/**
 * The Studio's structure, templates and document actions, resolved offline: the config is turned
 * into a Sanity "source" (createSourceFromConfig, with a stand-in user and a client that is never
 * called), the structure is built with the real structure builder, and every pane is walked,
 * calling the child resolvers the Studio would call when staff click through.
 */
import { createClient } from '@sanity/client'
import { createSourceFromConfig, type CurrentUser, type Source } from 'sanity'
import { createStructureBuilder, type StructureResolverContext } from 'sanity/structure'
import { beforeAll, describe, expect, it } from 'vitest'
import { SECTION_PATHS } from '@/lib/routes'
import { createStudioConfig } from '@/sanity/config'
import { SECTIONS, SINGLETON_IDS, sectionId } from '@/sanity/singletons'
import { structure } from '@/sanity/structure'
import { TEMPLATE } from '@/sanity/templates'
import { documentTypes, singletonTypes } from '@/schemas'
import { SINGLETON_TYPES } from '@/schemas/lib/types'
import { loadDatasetFile } from '../support/dataset'
import { SANITY_API_VERSION } from '@/lib/public-env'

const user: CurrentUser = {
  id: 'staff',
  name: 'Conference staff',
  email: 'staff@usmayors.org',
  role: 'administrator',
  roles: [{ name: 'administrator', title: 'Administrator' }],
}

/** A serialized pane or list item, as the structure tool receives it. */
type Node = {
  id?: string
  type?: string
  title?: string
  child?: unknown
  items?: Node[]
  schemaTypeName?: string
  options?: { id?: string; type?: string; filter?: string; params?: Record<string, unknown>; defaultOrdering?: unknown }
  initialValueTemplates?: { templateId: string; parameters?: Record<string, unknown> }[]
  defaultOrdering?: { field: string; direction: string }[]
}

interface Found {
  /** "Center content > Best practices > Published" */
  path: string
  node: Node
}

let source: Source
const lists: Found[] = []
const documents: Found[] = []
/** Lists of items (not of documents) and custom panes, by path. */
const itemLists: Found[] = []
const components: Found[] = []

async function resolveChild(child: unknown, id: string, parent: Node, parentPath: string[]): Promise<Node | null> {
  if (child == null) return null
  let value: unknown = child
  if (typeof value === 'function') {
    value = await (value as (id: string, context: object) => unknown)(id, { parent, index: parentPath.length, splitIndex: 0, path: parentPath, params: {} })
  }
  if (value && typeof value === 'object' && 'serialize' in value) {
    value = (value as { serialize: (o: object) => unknown }).serialize({ path: parentPath })
  }
  return (value as Node) ?? null
}

/** Walks every pane, clicking into lists' items and into one document of each document list. */
async function walk(node: Node, path: string[], depth = 0): Promise<void> {
  if (depth > 6) return
  const here = [...path, node.title ?? node.id ?? '?']
  if (node.type === 'list') {
    itemLists.push({ path: here.join(' > '), node })
    for (const item of node.items ?? []) {
      if (item.type === 'divider') continue
      const child = await resolveChild(node.child, item.id ?? '', node, here)
      if (child) await walk({ ...child, title: child.title ?? item.title }, here, depth + 1)
    }
  } else if (node.type === 'documentList') {
    lists.push({ path: here.join(' > '), node })
    // The pane a click on one of its documents opens (a document editor, or a list for choosers).
    const sampleId = `sample-${node.schemaTypeName ?? 'doc'}`
    const child = await resolveChild(node.child, sampleId, node, here)
    if (child && child.type !== 'document') await walk(child, here, depth + 1)
  } else if (node.type === 'document') {
    documents.push({ path: here.join(' > '), node })
  } else if (node.type === 'component') {
    components.push({ path: here.join(' > '), node })
  }
}

function listTypes(found: Found): string[] {
  const { node } = found
  if (node.schemaTypeName) return [node.schemaTypeName]
  return [...(node.options?.filter ?? '').matchAll(/_type == "(\w+)"/g)].map((m) => m[1]!)
}

const FIXED = [...SINGLETON_TYPES, 'centerSection']
const ALL_TYPES = [...singletonTypes, ...documentTypes].map((t) => t.name)

beforeAll(async () => {
  const config = createStudioConfig({ projectId: 'test1234', dataset: 'production' })
  source = await createSourceFromConfig({
    ...(config as Parameters<typeof createSourceFromConfig>[0]),
    currentUser: user,
    getClient: () => createClient({ projectId: 'test1234', dataset: 'production', apiVersion: SANITY_API_VERSION, useCdn: false }),
  } as Parameters<typeof createSourceFromConfig>[0])
  const S = createStructureBuilder({ source, perspectiveStack: [] })
  const root = await structure(S, {} as StructureResolverContext)
  await walk((root as { serialize: (o: object) => Node }).serialize({ path: [] }), [])
}, 60_000)

describe('the Studio structure', () => {
  it('reaches every document type of the content model', () => {
    const reachable = new Set([...lists.flatMap(listTypes), ...documents.map((d) => d.node.options?.type)])
    expect(ALL_TYPES.filter((type) => !reachable.has(type))).toEqual([])
  })

  it('opens each singleton directly, by its fixed id', () => {
    for (const type of SINGLETON_TYPES) {
      const opened = documents.filter((d) => d.node.options?.type === type)
      expect(opened.length, type).toBeGreaterThan(0)
      expect(opened.map((d) => d.node.options?.id), type).toEqual(opened.map(() => SINGLETON_IDS[type]))
    }
  })

  it('lists the Center sections one by one, by fixed id, in the site\u2019s order', () => {
    const sections = documents.filter((d) => d.node.options?.type === 'centerSection')
    expect(sections.map((d) => d.node.options?.id)).toEqual(Object.keys(SECTION_PATHS).map(sectionId))
    expect(sections.every((d) => d.path.startsWith('Center content > Center sections'))).toBe(true)
  })

  it('offers no "create" in any list of fixed documents', () => {
    for (const found of lists.filter((f) => listTypes(f).some((t) => FIXED.includes(t)))) {
      expect(found.node.initialValueTemplates ?? [], found.path).toEqual([])
    }
  })

  it('orders the Compact components by number', () => {
    const compact = lists.find((f) => f.path === 'Center content > Mayors\u2019 Compact components')
    expect(compact?.node.options?.defaultOrdering ?? compact?.node.defaultOrdering).toEqual([{ field: 'number', direction: 'asc' }])
  })

  it('lists the racial disparity indicators in the page\u2019s order', () => {
    const indicators = lists.find((f) => f.path === 'Center content > Measures of racial disparities')
    expect(indicators?.node.schemaTypeName).toBe('disparityIndicator')
    expect(indicators?.node.options?.defaultOrdering ?? indicators?.node.defaultOrdering).toEqual([{ field: 'order', direction: 'asc' }])
  })

  it('groups best practices by status and by Compact component', () => {
    const byStatus = Object.fromEntries(
      lists
        .filter((f) => f.path.startsWith('Center content > Best practices > ') && f.node.options?.params?.status)
        .map((f) => [f.path.split(' > ').pop(), f.node.options?.params?.status]),
    )
    expect(byStatus).toEqual({ Published: 'published', 'Submitted for review': 'submitted', Archived: 'archived' })
    const byComponent = lists.find((f) => f.path.endsWith('Best practices > Choose a component > Practices advancing it'))
    expect(byComponent?.node.options?.filter).toMatch(/\$componentId in compactComponents\[\]\._ref/)
  })

  it('says beside “Submitted for review” where submissions arrive, and why that list can be empty', () => {
    const practices = itemLists.find((f) => f.path === 'Center content > Best practices')
    const titles = (practices?.node.items ?? []).map((item) => item.title)
    expect(titles.indexOf('Where submissions arrive')).toBe(titles.indexOf('Submitted for review') + 1)
    expect(components.map((f) => f.path)).toContain('Center content > Best practices > Where submissions arrive')
  })

  it('groups the 10-Point Plan by scope', () => {
    const scopes = lists.filter((f) => f.path.startsWith('Center content > Coalition 10-Point Plan > ')).map((f) => f.node.options?.params?.scope)
    expect(scopes).toEqual(['conference', 'cities'])
  })

  it('starts a best practice for the city staff are looking at', () => {
    const practices = lists.find((f) => f.path.endsWith('Best practices > Choose a city > Practices in this city'))
    expect(practices?.node.options?.params).toEqual({ cityId: 'sample-city' })
    expect(practices?.node.initialValueTemplates?.map((t) => [t.templateId, t.parameters])).toEqual([
      [TEMPLATE.practiceForCity, { cityId: 'sample-city' }],
    ])
  })

  it('starts a statement in the collection staff are looking at', () => {
    const statements = lists.find((f) => f.path.endsWith('Mayoral statements > Choose a collection > Statements in this collection'))
    expect(statements?.node.initialValueTemplates?.map((t) => [t.templateId, t.parameters])).toEqual([
      [TEMPLATE.statementInCollection, { collectionId: 'sample-centerSection' }],
    ])
  })

  it('names the sections as the dataset does, for every section the site has a page for', () => {
    const titles = Object.fromEntries(
      loadDatasetFile()
        .filter((d) => d._type === 'centerSection')
        .map((d) => [d._id, d.title]),
    )
    expect(SECTIONS.map((s) => s.slug)).toEqual(Object.keys(SECTION_PATHS))
    for (const { slug, title } of SECTIONS) expect(titles[sectionId(slug)], slug).toBe(title)
  })
})

describe('fixed documents (site settings, grant program, Center sections)', () => {
  const actionsOf = (schemaType: string) =>
    source.document.actions({ schemaType, documentId: `${schemaType}-x` } as never).map((a) => a.action ?? a.displayName ?? '')

  it.each(FIXED)('%s can only be published, restored or have its edits discarded', (type) => {
    const actions = actionsOf(type)
    expect(actions).toContain('publish')
    for (const forbidden of ['delete', 'duplicate', 'unpublish', 'schedule']) expect(actions, type).not.toContain(forbidden)
    expect(actions.filter((a) => ['publish', 'discardChanges', 'restore'].includes(a)).length).toBe(3)
  })

  it('other documents keep the standard actions', () => {
    expect(actionsOf('bestPractice')).toEqual(expect.arrayContaining(['publish', 'unpublish', 'duplicate', 'delete']))
    expect(actionsOf('city')).toContain('NewPracticeForCityAction')
    expect(actionsOf('centerSection')).toContain('NewStatementInCollectionAction')
  })

  it('are absent from every "new document" menu', () => {
    const contexts = [
      { type: 'global' as const },
      ...FIXED.map((schemaType) => ({ type: 'structure' as const, schemaType })),
      { type: 'document' as const, documentId: 'bestPractice-x', schemaType: 'bestPractice' },
    ]
    for (const context of contexts) {
      const offered = source.document.resolveNewDocumentOptions(context).map((o) => o.schemaType)
      expect(offered.filter((t) => FIXED.includes(t)), JSON.stringify(context)).toEqual([])
    }
    const global = source.document.resolveNewDocumentOptions({ type: 'global' }).map((o) => o.templateId)
    expect(global).toEqual(expect.arrayContaining(['bestPractice', 'city', 'mayoralStatement']))
  })

  it('have no template but the parameterized one that recreates a section under its fixed id', () => {
    const fixedTemplates = source.templates.filter((t) => FIXED.includes(t.schemaType))
    expect(fixedTemplates.map((t) => t.id)).toEqual([TEMPLATE.fixedSection])
  })
})

describe('initial-value templates', () => {
  const template = (id: string) => {
    const found = source.templates.find((t) => t.id === id)
    if (!found) throw new Error(`No template ${id}`)
    return found.value as (params: Record<string, unknown>) => Record<string, unknown>
  }

  it('"Best practice for a city" sets the city and the published status', () => {
    expect(template(TEMPLATE.practiceForCity)({ cityId: 'city-boston-ma' })).toMatchObject({
      city: { _type: 'reference', _ref: 'city-boston-ma' },
      status: 'published',
    })
    // Started from a draft's id, it still points at the published document.
    expect(template(TEMPLATE.practiceForCity)({ cityId: 'drafts.city-x' })).toMatchObject({ city: { _ref: 'city-x' } })
  })

  it('"Statement in a collection" sets the collection', () => {
    expect(template(TEMPLATE.statementInCollection)({ collectionId: 'section-support-for-immigrants-and-minorities' })).toMatchObject({
      collection: { _type: 'reference', _ref: 'section-support-for-immigrants-and-minorities' },
    })
  })

  it('need their parameters, so none shows in the global menu', () => {
    const custom = Object.values(TEMPLATE)
    const global = source.document.resolveNewDocumentOptions({ type: 'global' }).map((o) => o.templateId)
    expect(global.filter((id) => custom.includes(id as never))).toEqual([])
  })
})
