import { RocketIcon } from '@sanity/icons'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { sourcesField } from '../lib/fields'
import { checkSensibleDate } from '../lib/validation'

/** The police reform grant program as a whole: its names, partner, funding and tiers. One document. */
export const grantProgram = defineType({
  name: 'grantProgram',
  title: 'Grant program',
  type: 'document',
  icon: RocketIcon,
  fields: [
    defineField({
      name: 'names',
      title: 'Names over the years',
      type: 'array',
      of: [
        defineArrayMember({
          type: 'object',
          name: 'programName',
          fields: [
            defineField({ name: 'name', title: 'Name', type: 'string', validation: (rule) => rule.required().max(160) }),
            defineField({ name: 'years', title: 'Years used', type: 'string', validation: (rule) => rule.required().max(120) }),
          ],
          preview: { select: { title: 'name', subtitle: 'years' } },
        }),
      ],
      validation: (rule) => rule.required().min(1),
    }),
    defineField({ name: 'purpose', title: 'Purpose', type: 'text', rows: 3, validation: (rule) => rule.required().min(40).max(800) }),
    defineField({ name: 'partner', title: 'Partner', type: 'reference', to: [{ type: 'organization' }], validation: (rule) => rule.required() }),
    defineField({ name: 'announcedOn', title: 'Announced on', type: 'date', validation: (rule) => rule.required().custom(checkSensibleDate) }),
    defineField({ name: 'announcedAt', title: 'Announced at', type: 'string', validation: (rule) => rule.max(200) }),
    defineField({ name: 'announcedBy', title: 'Announced by', type: 'reference', to: [{ type: 'person' }] }),
    defineField({
      name: 'funding',
      title: 'Funding',
      type: 'array',
      description: 'Each statement about funding, in order.',
      of: [{ type: 'string' }],
      validation: (rule) => rule.required().min(1),
    }),
    defineField({ name: 'tiers', title: 'Tiers', type: 'array', of: [{ type: 'grantTier' }], validation: (rule) => rule.required().length(3) }),
    defineField({ name: 'judges', title: 'Judges', type: 'string', validation: (rule) => rule.max(400) }),
    defineField({
      name: 'eligiblePractices',
      title: 'Practices it funds',
      type: 'array',
      of: [{ type: 'string' }],
    }),
    defineField({ name: 'sharing', title: 'How applications are shared', type: 'text', rows: 2, validation: (rule) => rule.max(600) }),
    defineField({
      name: 'sourceNotes',
      title: 'Where sources differ',
      type: 'array',
      of: [{ type: 'string' }],
    }),
    sourcesField(),
  ],
  preview: { select: { title: 'names.0.name' }, prepare: ({ title }) => ({ title: 'Grant program', subtitle: title }) },
})
