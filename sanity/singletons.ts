/**
 * Documents that exist exactly once, with a fixed `_id`: the site settings, the grant program and
 * each of the Center's sections (one per page of the site). Staff edit them; nobody creates,
 * duplicates, unpublishes or deletes them. The ids are those of the Center's dataset (sanity/seed/lib.ts).
 */
import type { DocumentActionComponent } from 'sanity'
import type { SectionSlug } from '../lib/routes'
import { SINGLETON_TYPES } from '../schemas/lib/types'

/** `_id` of each singleton type's one document. */
export const SINGLETON_IDS: Record<(typeof SINGLETON_TYPES)[number], string> = {
  siteSettings: 'siteSettings',
  grantProgram: 'grantProgram',
}

/** The Center's sections, in the navigation's order, as staff know them. */
export const SECTIONS: readonly { slug: SectionSlug; title: string }[] = [
  { slug: 'about', title: 'About the Center' },
  { slug: 'dismantling-systemic-racism', title: 'Dismantling Systemic Racism' },
  { slug: 'support-for-immigrants-and-minorities', title: 'Support for Immigrants and Minorities' },
  { slug: 'best-practices', title: 'Best Practices' },
  { slug: 'resources', title: 'Resources to Support City Efforts' },
  { slug: 'documenting-the-problems', title: 'Documenting the Problems' },
  { slug: 'measures-of-racial-disparities', title: 'Measures of Racial Disparities' },
  { slug: 'grants', title: 'Police Reform and Racial Justice Grant Program' },
  { slug: 'videos', title: 'USCM Meeting/Webinar Videos' },
  { slug: 'coalition', title: 'U.S. Coalition of Cities against Racism and Discrimination' },
]

export const sectionId = (slug: string) => `section-${slug}`

/** Types whose documents are all fixed: no create, duplicate, unpublish or delete. */
export const FIXED_TYPES: ReadonlySet<string> = new Set<string>([...SINGLETON_TYPES, 'centerSection'])

/** The only actions a fixed document offers: publish the edits, discard them, restore an old revision. */
export const FIXED_DOCUMENT_ACTIONS: ReadonlySet<string> = new Set(['publish', 'discardChanges', 'restore'])

export function isFixedType(schemaType: string): boolean {
  return FIXED_TYPES.has(schemaType)
}

/** Drops every action but publish/discard/restore from a fixed document's menu. */
export function fixedDocumentActions(actions: DocumentActionComponent[], schemaType: string): DocumentActionComponent[] {
  if (!isFixedType(schemaType)) return actions
  return actions.filter(({ action }) => action != null && FIXED_DOCUMENT_ACTIONS.has(action))
}
