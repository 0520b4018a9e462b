import { DocumentsIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { PUBLICATION_KINDS } from '../../lib/domain/vocabulary'
import { publishedTitleField, slugField } from '../lib/fields'
import { checkSourceUrl } from '../lib/validation'

/** A toolkit, guide, evaluation or paper recommended to cities. */
export const publication = defineType({
  name: 'publication',
  title: 'Publication',
  type: 'document',
  icon: DocumentsIcon,
  fields: [
    publishedTitleField(),
    slugField('title'),
    defineField({
      name: 'kind',
      title: 'Kind',
      description: 'What sort of publication it is.',
      type: 'string',
      options: { list: [...PUBLICATION_KINDS], layout: 'radio', direction: 'horizontal' },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'publishers',
      title: 'Published by',
      description: 'The organizations that published it.',
      type: 'array',
      of: [{ type: 'reference', to: [{ type: 'organization' }] }],
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'about',
      title: 'About',
      type: 'array',
      description: 'Organizations or initiatives the publication studies (e.g. the Racial Equity Here evaluation).',
      of: [{ type: 'reference', to: [{ type: 'organization' }] }],
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'year',
      title: 'Year',
      description: 'The year it was published.',
      type: 'number',
      validation: (rule) => rule.integer().min(1900).max(2100),
    }),
    defineField({
      name: 'description',
      title: 'Description',
      description: 'What it covers and how a city can use it, in our own words.',
      type: 'text',
      rows: 5,
      validation: (rule) => rule.required().min(40).max(1500),
    }),
    defineField({
      name: 'contents',
      title: 'Contents',
      type: 'array',
      description: 'Its sections or chapters, when worth listing.',
      of: [{ type: 'string' }],
    }),
    defineField({
      name: 'url',
      title: 'Address (URL)',
      description: 'Where to read or download it, starting with https://',
      type: 'url',
      validation: (rule) => rule.uri({ scheme: ['http', 'https'] }).custom(checkSourceUrl),
    }),
    defineField({
      name: 'order',
      title: 'Order on the Resources page',
      description: 'Its place among the publications on the Resources page; 1 comes first.',
      type: 'number',
      validation: (rule) => rule.integer().min(1).max(500),
    }),
  ],
  preview: {
    select: { title: 'title', kind: 'kind', publisher: 'publishers.0.name' },
    prepare: ({ title, kind, publisher }) => ({
      title,
      subtitle: [PUBLICATION_KINDS.find((k) => k.value === kind)?.title, publisher].filter(Boolean).join(' · '),
    }),
  },
})
