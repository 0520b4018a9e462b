import { CalendarIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { datePrecisionField, sourcesField } from '../lib/fields'
import { checkSensibleDate } from '../lib/validation'

/** A dated event in the Center's history, shown on the About page's timeline. */
export const milestone = defineType({
  name: 'milestone',
  title: 'Milestone',
  type: 'document',
  icon: CalendarIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      description: 'What happened, in a few words, e.g. "The Center is launched".',
      type: 'string',
      validation: (rule) => rule.required().max(160),
    }),
    defineField({
      name: 'date',
      title: 'Date',
      type: 'date',
      description: 'When only the month or year is known, pick its first day and set the precision below.',
      validation: (rule) => rule.required().custom(checkSensibleDate),
    }),
    datePrecisionField({ description: 'How precisely the date is known. A month-only date shows as "June 2018".', required: true }),
    defineField({
      name: 'endDate',
      title: 'End date',
      type: 'date',
      description: 'For events of more than one day.',
      validation: (rule) =>
        rule.custom((end, context) => {
          const check = checkSensibleDate(end)
          if (check !== true) return check
          const start = (context.document as { date?: string } | undefined)?.date
          return end && start && String(end) < start ? 'The end date is before the start date' : true
        }),
    }),
    defineField({
      name: 'city',
      title: 'City',
      description: 'The city where it happened, if it happened in one.',
      type: 'reference',
      to: [{ type: 'city' }],
    }),
    defineField({
      name: 'place',
      title: 'Place',
      type: 'string',
      description: 'The venue or event, e.g. "86th Annual Meeting".',
      validation: (rule) => rule.max(160),
    }),
    defineField({
      name: 'description',
      title: 'Description',
      description: 'What happened and why it matters, in a short paragraph.',
      type: 'text',
      rows: 4,
      validation: (rule) => rule.required().min(20).max(1200),
    }),
    defineField({
      name: 'people',
      title: 'People',
      description: 'People who took part and are named on the site.',
      type: 'array',
      of: [{ type: 'reference', to: [{ type: 'person' }] }],
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'organizations',
      title: 'Organizations',
      description: 'Organizations that took part.',
      type: 'array',
      of: [{ type: 'reference', to: [{ type: 'organization' }] }],
      validation: (rule) => rule.unique(),
    }),
    sourcesField(),
  ],
  orderings: [{ title: 'Date', name: 'date', by: [{ field: 'date', direction: 'asc' }] }],
  preview: {
    select: { title: 'title', date: 'date', city: 'city.name', state: 'city.state' },
    prepare: ({ title, date, city, state }) => ({ title, subtitle: [date, city && `${city}, ${state}`].filter(Boolean).join(' · ') }),
  },
})
