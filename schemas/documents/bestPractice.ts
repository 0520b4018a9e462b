import { StarIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { PRACTICE_STATUSES, PRACTICE_TOPICS } from '../../lib/domain/vocabulary'
import { slugField, sourcesField } from '../lib/fields'
import { checkSensibleDate } from '../lib/validation'

/**
 * A city's practice, summarized for other mayors, with the person to call. Practices sent in through
 * the site arrive as drafts with status "submitted" and the submitter's details.
 */
export const bestPractice = defineType({
  name: 'bestPractice',
  title: 'Best practice',
  type: 'document',
  icon: StarIcon,
  groups: [
    { name: 'content', title: 'Content', default: true },
    { name: 'contact', title: 'Contact' },
    { name: 'review', title: 'Review and status' },
  ],
  fields: [
    defineField({ name: 'title', title: 'Title', type: 'string', group: 'content', validation: (rule) => rule.required().min(4).max(160) }),
    { ...slugField('title'), group: 'content' },
    defineField({
      name: 'city',
      title: 'City',
      type: 'reference',
      to: [{ type: 'city' }],
      group: 'content',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'summary',
      title: 'Summary',
      type: 'text',
      rows: 3,
      group: 'content',
      description: 'Two or three sentences: what the city does and why it matters.',
      validation: (rule) => rule.required().min(40).max(600),
    }),
    defineField({
      name: 'problem',
      title: 'The problem',
      type: 'text',
      rows: 4,
      group: 'content',
      validation: (rule) => rule.max(3000),
    }),
    defineField({
      name: 'approach',
      title: 'The approach',
      type: 'text',
      rows: 6,
      group: 'content',
      validation: (rule) => rule.required().min(40).max(5000),
    }),
    defineField({
      name: 'results',
      title: 'Results',
      type: 'text',
      rows: 4,
      group: 'content',
      validation: (rule) => rule.max(3000),
    }),
    defineField({
      name: 'compactComponents',
      title: 'Compact components it advances',
      type: 'array',
      group: 'content',
      of: [{ type: 'reference', to: [{ type: 'compactComponent' }] }],
      validation: (rule) => rule.required().min(1).unique(),
    }),
    defineField({
      name: 'topics',
      title: 'Topics',
      type: 'array',
      group: 'content',
      of: [{ type: 'string' }],
      options: { list: [...PRACTICE_TOPICS] },
      validation: (rule) => rule.required().min(1).unique(),
    }),
    defineField({
      name: 'startedYear',
      title: 'Year the city began it',
      type: 'number',
      group: 'content',
      validation: (rule) => rule.integer().min(1900).max(2100),
    }),
    defineField({
      name: 'links',
      title: 'Links',
      type: 'array',
      group: 'content',
      of: [{ type: 'link' }],
    }),
    defineField({
      name: 'contact',
      title: 'Contact',
      type: 'practiceContact',
      group: 'contact',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'status',
      title: 'Status',
      type: 'string',
      group: 'review',
      options: { list: [...PRACTICE_STATUSES], layout: 'radio', direction: 'horizontal' },
      initialValue: 'published',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'publishedAt',
      title: 'Published on',
      type: 'date',
      group: 'review',
      validation: (rule) =>
        rule.custom((value, context) => {
          const status = (context.document as { status?: string } | undefined)?.status
          if (status === 'published' && !value) return 'Set the date the practice was published'
          return checkSensibleDate(value)
        }),
    }),
    defineField({
      name: 'lastReviewedAt',
      title: 'Last reviewed on',
      type: 'date',
      group: 'review',
      description: 'When staff last checked the facts and the contact with the city.',
      validation: (rule) =>
        rule.custom((value, context) => {
          const check = checkSensibleDate(value)
          if (check !== true) return check
          const published = (context.document as { publishedAt?: string } | undefined)?.publishedAt
          return value && published && String(value) < published ? 'The review date is before the publication date' : true
        }),
    }),
    defineField({
      name: 'submission',
      title: 'Submission',
      type: 'practiceSubmission',
      group: 'review',
      description: 'Filled in when a city sent this practice through the website.',
      readOnly: true,
    }),
    sourcesField(),
  ],
  orderings: [
    { title: 'Newest first', name: 'publishedDesc', by: [{ field: 'publishedAt', direction: 'desc' }] },
    { title: 'Title', name: 'title', by: [{ field: 'title', direction: 'asc' }] },
  ],
  preview: {
    select: { title: 'title', city: 'city.name', state: 'city.state', status: 'status' },
    prepare: ({ title, city, state, status }) => ({
      title,
      subtitle: [city && `${city}, ${state}`, status !== 'published' ? PRACTICE_STATUSES.find((s) => s.value === status)?.title : null]
        .filter(Boolean)
        .join(' · '),
    }),
  },
})
