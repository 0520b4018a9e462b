import { BarChartIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { datePrecisionField, publishedTitleField, slugField, sourcesField } from '../lib/fields'
import { checkSensibleDate, checkSourceUrl } from '../lib/validation'

/** A report that documents hate and bias in the United States, with its figures as data. */
export const report = defineType({
  name: 'report',
  title: 'Report',
  type: 'document',
  icon: BarChartIcon,
  fields: [
    publishedTitleField(),
    slugField('title'),
    defineField({
      name: 'publishers',
      title: 'Published by',
      description: 'The organizations that published it.',
      type: 'array',
      of: [{ type: 'reference', to: [{ type: 'organization' }] }],
      validation: (rule) => rule.required().min(1).unique(),
    }),
    defineField({
      name: 'year',
      title: 'Year',
      description: 'The year it was published.',
      type: 'number',
      validation: (rule) => rule.required().integer().min(1900).max(2100),
    }),
    defineField({
      name: 'publishedOn',
      title: 'Published',
      type: 'date',
      description: 'When only the month is known, pick its first day and set the precision below to month.',
      validation: (rule) => rule.custom(checkSensibleDate),
    }),
    datePrecisionField({ name: 'publishedPrecision', title: 'Publication date known to the', description: 'How precisely the publication date is known: "January 2019" is a month.' }),
    defineField({
      name: 'order',
      title: 'Order on the page',
      description: 'Its place on the Documenting the Problems page; 1 comes first.',
      type: 'number',
      validation: (rule) => rule.required().integer().min(1).max(100),
    }),
    defineField({
      name: 'publisherContext',
      title: 'About the publisher',
      description: 'Optional: who the publisher is and how it collects its data.',
      type: 'text',
      rows: 4,
      validation: (rule) => rule.max(1500),
    }),
    defineField({
      name: 'summary',
      title: 'Summary',
      description: 'What the report found, in a short paragraph in our own words.',
      type: 'text',
      rows: 6,
      validation: (rule) => rule.required().min(40).max(3000),
    }),
    defineField({
      name: 'findings',
      title: 'Findings',
      description: 'The key findings, one sentence each, as the report states them.',
      type: 'array',
      of: [{ type: 'string' }],
    }),
    defineField({
      name: 'figures',
      title: 'Figures',
      type: 'array',
      description: 'Each figure as data. Figures with the same chart name are drawn as one chart.',
      of: [{ type: 'reportFigure' }],
      validation: (rule) => rule.required().min(1),
    }),
    defineField({
      name: 'url',
      title: 'Address (URL)',
      description: 'Where to read the report, starting with https://',
      type: 'url',
      validation: (rule) => rule.uri({ scheme: ['http', 'https'] }).custom(checkSourceUrl),
    }),
    sourcesField(),
  ],
  orderings: [{ title: 'Order', name: 'order', by: [{ field: 'order', direction: 'asc' }] }],
  preview: {
    select: { title: 'title', publisher: 'publishers.0.name', year: 'year' },
    prepare: ({ title, publisher, year }) => ({ title, subtitle: [publisher, year].filter(Boolean).join(' · ') }),
  },
})
