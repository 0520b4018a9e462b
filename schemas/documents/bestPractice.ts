import { StarIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { PRACTICE_STATUSES, PRACTICE_TOPICS } from '../../lib/domain/vocabulary'
import { datePrecisionField, slugField, sourcesField } from '../lib/fields'
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
    defineField({
      name: 'title',
      title: 'Title',
      description: 'What the practice is, in a few words, e.g. "Community Responder Program". It is the heading of its page.',
      type: 'string',
      group: 'content',
      validation: (rule) => rule.required().min(4).max(160),
    }),
    { ...slugField('title'), group: 'content' },
    defineField({
      name: 'city',
      title: 'City',
      description: 'The city that runs the practice. The site shows the city, its state and its mayor with the practice.',
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
      description: 'Optional: the problem the city set out to solve.',
      type: 'text',
      rows: 4,
      group: 'content',
      validation: (rule) => rule.max(3000),
    }),
    defineField({
      name: 'approach',
      title: 'The approach',
      description: 'What the city does, step by step, so that another city could do it too.',
      type: 'text',
      rows: 6,
      group: 'content',
      validation: (rule) => rule.required().min(40).max(5000),
    }),
    defineField({
      name: 'results',
      title: 'Results',
      description: 'Optional: what changed, with figures and where they come from.',
      type: 'text',
      rows: 4,
      group: 'content',
      validation: (rule) => rule.max(3000),
    }),
    defineField({
      name: 'compactComponents',
      title: 'Compact components it advances',
      description: 'The components of the Mayors\u2019 Compact the practice carries out. It is listed on each component\u2019s page.',
      type: 'array',
      group: 'content',
      of: [{ type: 'reference', to: [{ type: 'compactComponent' }] }],
      validation: (rule) => rule.required().min(1).unique(),
    }),
    defineField({
      name: 'topics',
      title: 'Topics',
      description: 'Readers filter the Best Practices page by these.',
      type: 'array',
      group: 'content',
      of: [{ type: 'string' }],
      options: { list: [...PRACTICE_TOPICS] },
      validation: (rule) => rule.required().min(1).unique(),
    }),
    defineField({
      name: 'startedYear',
      title: 'Year the city began it',
      description: 'The year the city started it, if known.',
      type: 'number',
      group: 'content',
      validation: (rule) => rule.integer().min(1900).max(2100),
    }),
    defineField({
      name: 'links',
      title: 'Links',
      description: 'The city\u2019s own pages about the practice, and news coverage.',
      type: 'array',
      group: 'content',
      of: [{ type: 'link' }],
    }),
    defineField({
      name: 'contact',
      title: 'Contact',
      description: 'Whom another city should call about the practice. Every practice names someone.',
      type: 'practiceContact',
      group: 'contact',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'status',
      title: 'Status',
      description: 'Only "Published" practices appear on the site, and only once the document is published too. "Submitted for review" is for practices sent in through the website; "Archived" takes a practice off the site without deleting it.',
      type: 'string',
      group: 'review',
      options: { list: [...PRACTICE_STATUSES], layout: 'radio', direction: 'horizontal' },
      initialValue: 'published',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'publishedAt',
      title: 'Published on',
      description: 'The day the practice first appeared on the site. Practices are listed newest first.',
      type: 'date',
      group: 'review',
      validation: (rule) =>
        rule.custom((value, context) => {
          const status = (context.document as { status?: string } | undefined)?.status
          if (status === 'published' && !value) return 'Set the date the practice was published'
          return checkSensibleDate(value)
        }),
    }),
    datePrecisionField({
      name: 'publishedPrecision',
      title: 'Publication date known to the',
      description:
        'How precisely the publication date is known. When the source gives only the month, pick its first day above and choose "Month": the site then shows the month alone.',
      group: 'review',
    }),
    defineField({
      name: 'lastReviewedAt',
      title: 'Last reviewed on',
      type: 'date',
      group: 'review',
      description: 'Set by hand, only when staff have checked the practice\u2019s facts and contact with the city. Leave it empty otherwise: the site then says nothing about a review.',
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
