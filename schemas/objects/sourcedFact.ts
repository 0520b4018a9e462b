import { NumberIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { checkSourceUrl } from '../lib/validation'

/**
 * A figure stated by a named source ("more than 120 mayors", per the Conference, 2018). Where two
 * sources disagree, both are kept, each with its own source, and shown side by side.
 */
export const sourcedFact = defineType({
  name: 'sourcedFact',
  title: 'Fact with its source',
  type: 'object',
  icon: NumberIcon,
  fields: [
    defineField({
      name: 'value',
      title: 'Figure',
      type: 'string',
      description: 'The figure as the source states it, e.g. "more than 120" or "1,408".',
      validation: (rule) => rule.required().max(60),
    }),
    defineField({
      name: 'label',
      title: 'What it counts',
      type: 'string',
      description: 'E.g. "mayors committed to the 10-Point Plan of Action".',
      validation: (rule) => rule.required().max(200),
    }),
    defineField({
      name: 'sourceName',
      title: 'Source',
      type: 'string',
      description: 'Who states it, e.g. "U.S. Conference of Mayors, 2018".',
      validation: (rule) => rule.required().max(200),
    }),
    defineField({
      name: 'sourceUrl',
      title: 'Source address (URL)',
      description: 'The public page or document where the source states it.',
      type: 'url',
      validation: (rule) => rule.uri({ scheme: ['http', 'https'] }).custom(checkSourceUrl),
    }),
  ],
  preview: {
    select: { value: 'value', label: 'label', subtitle: 'sourceName' },
    prepare: ({ value, label, subtitle }) => ({ title: `${value ?? ''} ${label ?? ''}`.trim(), subtitle }),
  },
})
