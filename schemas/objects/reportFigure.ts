import { BarChartIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { FIGURE_UNITS } from '../../lib/domain/vocabulary'

/**
 * One figure from a report, stored as data so the site can chart it. Figures that share a `group`
 * are drawn together as one chart, with the group as its title.
 */
export const reportFigure = defineType({
  name: 'reportFigure',
  title: 'Figure',
  type: 'object',
  icon: BarChartIcon,
  fields: [
    defineField({
      name: 'group',
      title: 'Chart',
      type: 'string',
      description: 'Figures with the same chart name are drawn together, e.g. "Anti-Semitic incidents recorded".',
      validation: (rule) => rule.required().max(120),
    }),
    defineField({
      name: 'label',
      title: 'Label',
      type: 'string',
      description: 'What this bar stands for, e.g. "2018" or "Hispanic Americans".',
      validation: (rule) => rule.required().max(120),
    }),
    defineField({
      name: 'value',
      title: 'Value',
      description: 'The number only, without % or commas, e.g. 1879 or 57.',
      type: 'number',
      validation: (rule) =>
        rule.required().min(0).custom((value, context) => {
          const unit = (context.parent as { unit?: string } | undefined)?.unit
          return unit === 'percent' && typeof value === 'number' && value > 100 ? 'A percentage cannot be over 100' : true
        }),
    }),
    defineField({
      name: 'unit',
      title: 'Unit',
      description: 'Whether the value is a count or a percentage.',
      type: 'string',
      options: { list: [...FIGURE_UNITS], layout: 'radio', direction: 'horizontal' },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'qualifier',
      title: 'Qualifier',
      type: 'string',
      description: 'How the report words it, when not exact: "nearly", "more than".',
      options: { list: ['nearly', 'more than', 'about'] },
    }),
    defineField({
      name: 'year',
      title: 'Year',
      description: 'The year the figure is for, if it is for one.',
      type: 'number',
      validation: (rule) => rule.integer().min(1900).max(2100),
    }),
    defineField({
      name: 'note',
      title: 'Note',
      type: 'string',
      description: 'Optional context shown with the figure, e.g. "highest level ever recorded". Shown on the site: plain words, never how the facts were researched (“seen”, “excerpt”, “copy”, “could not be read”).',
      validation: (rule) => rule.max(200),
    }),
  ],
  preview: {
    select: { group: 'group', label: 'label', value: 'value', unit: 'unit' },
    prepare: ({ group, label, value, unit }) => ({
      title: `${label}: ${value}${unit === 'percent' ? '%' : ''}`,
      subtitle: group,
    }),
  },
})
