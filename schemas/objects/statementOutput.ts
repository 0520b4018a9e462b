import { DocumentTextIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { STATEMENT_OUTPUT_KINDS } from '../../lib/domain/vocabulary'
import { datePrecisionField } from '../lib/fields'
import { checkSensibleDate, checkSourceUrl } from '../lib/validation'

/** Something a city produced alongside a mayor's statement: a resource guide, a PSA, a web page. */
export const statementOutput = defineType({
  name: 'statementOutput',
  title: 'What the city produced',
  type: 'object',
  icon: DocumentTextIcon,
  fields: [
    defineField({
      name: 'kind',
      title: 'Kind',
      description: 'What the city produced.',
      type: 'string',
      options: { list: [...STATEMENT_OUTPUT_KINDS] },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      description: 'E.g. "Resource Guide for Immigrant Stocktonians".',
      validation: (rule) => rule.required().max(200),
    }),
    defineField({
      name: 'description',
      title: 'Description',
      description: 'Optional: what it contains, or whom it is for.',
      type: 'text',
      rows: 3,
      validation: (rule) => rule.max(600),
    }),
    defineField({
      name: 'languages',
      title: 'Languages',
      description: 'The languages it is available in, e.g. English, Spanish. Press Enter after each.',
      type: 'array',
      of: [{ type: 'string' }],
      options: { layout: 'tags' },
    }),
    defineField({
      name: 'date',
      title: 'Date',
      description: 'When it was published. When only the month is known, pick its first day and set the precision below.',
      type: 'date',
      validation: (rule) => rule.custom(checkSensibleDate),
    }),
    datePrecisionField(),
    defineField({
      name: 'url',
      title: 'Address (URL)',
      description: 'Where to find it, starting with https://',
      type: 'url',
      validation: (rule) => rule.uri({ scheme: ['http', 'https'] }).custom(checkSourceUrl),
    }),
  ],
  preview: { select: { title: 'title', subtitle: 'kind' } },
})
