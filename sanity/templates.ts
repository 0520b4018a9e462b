/**
 * Initial-value templates: new documents that start filled in from where staff start them. Each
 * takes parameters, so none appears in the global "new document" menu; the structure offers them in
 * the right places (a city's practices, a collection's statements, a round's awards, a plan part),
 * and the city and section documents offer them as actions (./actions.tsx).
 */
import type { Template } from 'sanity'

export const TEMPLATE = {
  practiceForCity: 'bestPractice-for-city',
  statementInCollection: 'mayoralStatement-in-collection',
  awardInRound: 'grantAward-in-round',
  planActionInScope: 'planAction-in-scope',
  fixedSection: 'centerSection-fixed',
  translationOf: 'translation-of-document',
} as const

const reference = (id: unknown) => ({ _type: 'reference', _ref: String(id ?? '').replace(/^drafts\./, '') })

export const templates: Template[] = [
  {
    id: TEMPLATE.practiceForCity,
    title: 'Best practice for a city',
    description: 'A new practice with its city already chosen. It stays a draft until you publish it.',
    schemaType: 'bestPractice',
    parameters: [{ name: 'cityId', type: 'string', title: 'City document id' }],
    value: ({ cityId }: { cityId: string }) => ({
      city: reference(cityId),
      status: 'published',
      contact: { _type: 'practiceContact', useCenterContact: false },
    }),
  },
  {
    id: TEMPLATE.statementInCollection,
    title: 'Statement in a collection',
    description: 'A new mayoral statement, already placed in a Center section\u2019s collection.',
    schemaType: 'mayoralStatement',
    parameters: [{ name: 'collectionId', type: 'string', title: 'Center section document id' }],
    value: ({ collectionId }: { collectionId: string }) => ({ collection: reference(collectionId), datePrecision: 'day' }),
  },
  {
    id: TEMPLATE.awardInRound,
    title: 'Award in a grant round',
    description: 'A new award, already placed in its round.',
    schemaType: 'grantAward',
    parameters: [{ name: 'roundId', type: 'string', title: 'Grant round document id' }],
    value: ({ roundId }: { roundId: string }) => ({ round: reference(roundId), level: 'winner' }),
  },
  {
    id: TEMPLATE.planActionInScope,
    title: '10-Point Plan action in a part of the plan',
    schemaType: 'planAction',
    parameters: [{ name: 'scope', type: 'string', title: 'Part of the plan' }],
    value: ({ scope }: { scope: string }) => ({ scope }),
  },
  {
    // Only used to recreate a missing section document under its fixed id, with its fixed slug.
    id: TEMPLATE.fixedSection,
    title: 'Center section',
    schemaType: 'centerSection',
    parameters: [
      { name: 'slug', type: 'string', title: 'Slug' },
      { name: 'order', type: 'number', title: 'Position in the navigation' },
    ],
    value: ({ slug, order }: { slug: string; order: number }) => ({ slug: { _type: 'slug', current: slug }, order }),
  },
  {
    // Started from "Translations → Missing Spanish": the translation of one document, under its fixed id.
    id: TEMPLATE.translationOf,
    title: 'Translation of a document',
    description: 'The Spanish words of an English document; its facts stay on the English document.',
    schemaType: 'translation',
    parameters: [
      { name: 'documentId', type: 'string', title: 'Translated document id' },
      { name: 'documentType', type: 'string', title: 'Translated document type' },
      { name: 'language', type: 'string', title: 'Language' },
    ],
    value: ({ documentId, documentType, language }: { documentId: string; documentType: string; language: string }) => ({
      language,
      documentType,
      document: reference(documentId),
    }),
  },
]
