import { CommentIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { PRACTICE_TOPICS } from '../../lib/domain/vocabulary'
import { datePrecisionField, slugField, sourcesField } from '../lib/fields'
import { checkSensibleDate } from '../lib/validation'

/**
 * A mayor's statement or initiative, gathered in a collection (a Center section such as Support for
 * Immigrants and Minorities). The mayor's own words go in "Quotation", exactly as spoken or written.
 */
export const mayoralStatement = defineType({
  name: 'mayoralStatement',
  title: 'Mayoral statement',
  type: 'document',
  icon: CommentIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      description: 'What the statement or initiative is about, in a few words.',
      type: 'string',
      validation: (rule) => rule.required().max(160),
    }),
    slugField('title'),
    defineField({
      name: 'collection',
      title: 'Collection',
      type: 'reference',
      to: [{ type: 'centerSection' }],
      description: 'The Center section that gathers this statement.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'city',
      title: 'City',
      description: 'The city whose mayor made the statement.',
      type: 'reference',
      to: [{ type: 'city' }],
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'mayor',
      title: 'Mayor',
      description: 'The mayor who made it. Create the person under People first if they are not there.',
      type: 'reference',
      to: [{ type: 'person' }],
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'alongside',
      title: 'Issued together with',
      type: 'array',
      description: 'Others who issued it with the mayor, e.g. the police chief.',
      of: [{ type: 'reference', to: [{ type: 'person' }] }],
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'date',
      title: 'Date',
      type: 'date',
      description:
        'When only the month is known, pick its first day and set the precision to month. Leave it empty when no source dates the statement: the page then shows no date.',
      validation: (rule) => rule.custom(checkSensibleDate),
    }),
    datePrecisionField({ description: 'How precisely the date is known. A month-only date shows as "March 2017".' }),
    defineField({
      name: 'quote',
      title: 'Quotation',
      type: 'text',
      rows: 5,
      description: 'The mayor\u2019s words, verbatim, without the outer quotation marks. Leave empty when no words were quoted.',
      validation: (rule) => rule.max(2000),
    }),
    defineField({
      name: 'summary',
      title: 'What the city did',
      type: 'text',
      rows: 4,
      description: 'In our own words: the statement\u2019s occasion and what the city did.',
      validation: (rule) => rule.required().min(40).max(1200),
    }),
    defineField({
      name: 'outputs',
      title: 'What the city produced',
      description: 'Guides, announcements, web pages and the like that the city produced with the statement.',
      type: 'array',
      of: [{ type: 'statementOutput' }],
    }),
    defineField({
      name: 'compactComponents',
      title: 'Compact components it advances',
      description: 'The components of the Mayors\u2019 Compact the statement advances.',
      type: 'array',
      of: [{ type: 'reference', to: [{ type: 'compactComponent' }] }],
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'topics',
      title: 'Topics',
      description: 'The topics the statement touches, as for best practices.',
      type: 'array',
      of: [{ type: 'string' }],
      options: { list: [...PRACTICE_TOPICS] },
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'links',
      title: 'Links',
      description: 'The statement itself, and news coverage of it.',
      type: 'array',
      of: [{ type: 'link' }],
    }),
    sourcesField(),
  ],
  orderings: [{ title: 'Date', name: 'date', by: [{ field: 'date', direction: 'asc' }] }],
  preview: {
    select: { title: 'title', city: 'city.name', state: 'city.state', mayor: 'mayor.name', date: 'date' },
    prepare: ({ title, city, state, mayor, date }) => ({
      title,
      subtitle: [city && `${city}, ${state}`, mayor && `Mayor ${mayor}`, date].filter(Boolean).join(' · '),
    }),
  },
})
