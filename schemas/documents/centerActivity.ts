import { ActivityIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { ACTIVITY_STATUSES } from '../../lib/domain/vocabulary'

/** One of the Center's activities, under way or planned. */
export const centerActivity = defineType({
  name: 'centerActivity',
  title: 'Center activity',
  type: 'document',
  icon: ActivityIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      description: 'The activity as a short heading, e.g. "Convening mayors and business leaders".',
      type: 'string',
      validation: (rule) => rule.required().max(200),
    }),
    defineField({
      name: 'status',
      title: 'Status',
      description: 'Under way, or planned as resources allow. Planned activities are marked as such on the site.',
      type: 'string',
      options: { list: [...ACTIVITY_STATUSES], layout: 'radio', direction: 'horizontal' },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'order',
      title: 'Order',
      description: 'Its place in the list of activities; 1 comes first.',
      type: 'number',
      validation: (rule) => rule.required().integer().min(1).max(50),
    }),
    defineField({
      name: 'description',
      title: 'Description',
      description: 'What the Center does, or plans to do, in a short paragraph.',
      type: 'text',
      rows: 5,
      validation: (rule) => rule.required().min(40).max(1500),
    }),
    defineField({
      name: 'statusNote',
      title: 'Status note',
      type: 'string',
      description: 'E.g. "Planned in 2018; the grant program began in 2021". Shown on the site: plain words, never how the facts were researched (“seen”, “excerpt”, “copy”, “could not be read”).',
      validation: (rule) => rule.max(240),
    }),
    defineField({
      name: 'compactComponents',
      title: 'Compact components it advances',
      description: 'The components of the Mayors\u2019 Compact this activity helps cities carry out.',
      type: 'array',
      of: [{ type: 'reference', to: [{ type: 'compactComponent' }] }],
      validation: (rule) => rule.unique(),
    }),
  ],
  orderings: [{ title: 'Order', name: 'order', by: [{ field: 'order', direction: 'asc' }] }],
  preview: {
    select: { title: 'title', status: 'status' },
    prepare: ({ title, status }) => ({ title, subtitle: ACTIVITY_STATUSES.find((s) => s.value === status)?.title }),
  },
})
