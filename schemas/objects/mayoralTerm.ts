import { UserIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { checkSourceUrl } from '../lib/validation'

/** A person who served as a city's mayor, with the period as sources state it. */
export const mayoralTerm = defineType({
  name: 'mayoralTerm',
  title: 'Mayor',
  type: 'object',
  icon: UserIcon,
  fields: [
    defineField({
      name: 'person',
      title: 'Mayor',
      description: 'The mayor. Create the person under People first if they are not there.',
      type: 'reference',
      to: [{ type: 'person' }],
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'period',
      title: 'When',
      type: 'string',
      description: 'As sources state it: "2019", "since 2017", "2020 (USCM President)", "later".',
      validation: (rule) => rule.max(80),
    }),
    defineField({
      name: 'isCurrent',
      title: 'Most recent mayor on record',
      type: 'boolean',
      description: 'Turn on for the mayor the city page should show first. Only one per city.',
      initialValue: false,
    }),
    defineField({
      name: 'sourceUrl',
      title: 'Source (URL)',
      description: 'A public page that names them as mayor.',
      type: 'url',
      validation: (rule) => rule.uri({ scheme: ['http', 'https'] }).custom(checkSourceUrl),
    }),
  ],
  preview: {
    select: { title: 'person.name', period: 'period', current: 'isCurrent' },
    prepare: ({ title, period, current }) => ({
      title: title ?? 'Choose a person',
      subtitle: [period, current ? 'most recent' : null].filter(Boolean).join(' · '),
    }),
  },
})
