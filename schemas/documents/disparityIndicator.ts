import { BarChartIcon } from '@sanity/icons'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { FIGURE_UNITS } from '../../lib/domain/vocabulary'
import { slugField } from '../lib/fields'

/**
 * One indicator of the Conference's "Measures of Racial Disparities" page, as data: what it
 * measures, its unit, each group with its value, the source the page names, and the page it was
 * published on. The site draws each as a chart with its table, grouped by the page's sections.
 */
export const disparityIndicator = defineType({
  name: 'disparityIndicator',
  title: 'Racial disparity indicator',
  type: 'document',
  icon: BarChartIcon,
  fields: [
    defineField({
      name: 'measure',
      title: 'What it measures',
      description: 'As the Conference\u2019s page puts it, e.g. "infant mortality rate, by race/ethnicity of mother".',
      type: 'string',
      validation: (rule) => rule.required().max(200),
    }),
    slugField('measure'),
    defineField({
      name: 'section',
      title: 'Section of the page',
      description: 'The heading it stands under on the Conference\u2019s page, e.g. "Early Childhood". Indicators with the same section are shown together.',
      type: 'string',
      validation: (rule) => rule.required().max(80),
    }),
    defineField({
      name: 'order',
      title: 'Order on the page',
      description: 'Its place on the Measures of Racial Disparities page, as on the Conference\u2019s page; 1 comes first.',
      type: 'number',
      validation: (rule) => rule.required().integer().min(1).max(500),
    }),
    defineField({
      name: 'unitLabel',
      title: 'Unit',
      description: 'The unit as the page gives it, e.g. "infant deaths per 1,000 births" or "percent of children".',
      type: 'string',
      validation: (rule) => rule.required().max(120),
    }),
    defineField({
      name: 'unit',
      title: 'Kind of value',
      description: 'How the chart writes the values: a percentage (with %), a rate (per 1,000 births, say; the unit above names the base), a count, or a multiple ("2\u00d7").',
      type: 'string',
      options: { list: [...FIGURE_UNITS], layout: 'radio', direction: 'horizontal' },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'groups',
      title: 'Groups and values',
      description: 'Each group with its value, in the order the page lists them.',
      type: 'array',
      of: [
        defineArrayMember({
          name: 'indicatorValue',
          title: 'Group and value',
          type: 'object',
          fields: [
            defineField({
              name: 'group',
              title: 'Group',
              description: 'As the page names it, e.g. "non-Hispanic Black mothers".',
              type: 'string',
              validation: (rule) => rule.required().max(160),
            }),
            defineField({
              name: 'value',
              title: 'Value',
              description: 'The number only, without % or commas, e.g. 11.4.',
              type: 'number',
              validation: (rule) =>
                rule.required().min(0).custom((value, context) => {
                  const unit = (context.document as { unit?: string } | undefined)?.unit
                  return unit === 'percent' && typeof value === 'number' && value > 100 ? 'A percentage cannot be over 100' : true
                }),
            }),
          ],
          preview: { select: { title: 'group', subtitle: 'value' } },
        }),
      ],
      validation: (rule) => rule.required().min(1),
    }),
    defineField({
      name: 'sourceName',
      title: 'Source the page names',
      description: 'Exactly as the Conference\u2019s page prints it, e.g. "CDC" or "Pew Research Center". Leave empty only when the page names none that could be read.',
      type: 'string',
      validation: (rule) =>
        rule.max(160).custom((value, context) => {
          const partial = (context.document as { partial?: boolean } | undefined)?.partial
          return value || partial ? true : 'Name the source the page gives for this indicator'
        }),
    }),
    defineField({
      name: 'year',
      title: 'Year',
      description: 'The year the figures are for, only when the page states one (its indicators so far state none).',
      type: 'number',
      validation: (rule) => rule.integer().min(1900).max(2100),
    }),
    defineField({
      name: 'note',
      title: 'Note',
      description: 'Optional: how the page frames the figures, in our own words.',
      type: 'string',
      validation: (rule) => rule.max(300),
    }),
    defineField({
      name: 'partial',
      title: 'Only partly captured (staff only)',
      description:
        'Staff only: on when part of the indicator (a figure or its source) could not be read from the page. The site shows what was captured and says nothing of the rest.',
      type: 'boolean',
      initialValue: false,
    }),
    defineField({
      name: 'partialNote',
      title: 'What is missing (staff only)',
      description: 'Staff only, never shown on the site: when only partly captured, what could not be read.',
      type: 'string',
      hidden: ({ document }) => !document?.partial,
      validation: (rule) =>
        rule.max(300).custom((value, context) => {
          const partial = (context.document as { partial?: boolean } | undefined)?.partial
          return partial && !value ? 'Say what could not be read' : true
        }),
    }),
    defineField({
      name: 'publishedIn',
      title: 'Published on',
      description: 'The page that published the indicator: the Conference\u2019s Measures of Racial Disparities page.',
      type: 'link',
      validation: (rule) => rule.required(),
    }),
  ],
  orderings: [{ title: 'Order on the page', name: 'order', by: [{ field: 'order', direction: 'asc' }] }],
  preview: {
    select: { title: 'measure', section: 'section', order: 'order' },
    prepare: ({ title, section, order }) => ({ title, subtitle: [order, section].filter(Boolean).join(' · ') }),
  },
})
