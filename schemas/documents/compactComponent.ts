import { CheckmarkCircleIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { isUniqueAmongType } from '../lib/validation'

/** One of the 10 components of the Mayors' Compact to Combat Hate, Extremism and Bigotry. */
export const compactComponent = defineType({
  name: 'compactComponent',
  title: 'Compact component',
  type: 'document',
  icon: CheckmarkCircleIcon,
  fields: [
    defineField({
      name: 'number',
      title: 'Number',
      type: 'number',
      description: 'Its place in the Compact, 1 to 10. Each number is used once.',
      validation: (rule) =>
        rule
          .required()
          .integer()
          .min(1)
          .max(10)
          .custom(async (value, context) =>
            (await isUniqueAmongType('number', value, context)) ? true : `Component ${value} already exists`,
          ),
    }),
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      description: 'As worded in the Compact.',
      validation: (rule) => rule.required().max(200),
    }),
    defineField({
      name: 'shortTitle',
      title: 'Short title',
      type: 'string',
      description: 'A few words for tight spaces such as filters and tags.',
      validation: (rule) => rule.required().max(48),
    }),
    defineField({
      name: 'explanation',
      title: 'Explanation',
      type: 'text',
      rows: 4,
      description: 'What the component asks of a city, in plain words.',
      validation: (rule) => rule.required().min(40).max(800),
    }),
  ],
  orderings: [{ title: 'Number', name: 'number', by: [{ field: 'number', direction: 'asc' }] }],
  preview: {
    select: { number: 'number', title: 'title' },
    prepare: ({ number, title }) => ({ title: `${number ?? '?'}. ${title ?? ''}` }),
  },
})
