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
      description: 'The program\u2019s names, oldest first, each with the years it was used: the program was renamed over time.',
      type: 'array',
      of: [
        defineArrayMember({
          type: 'object',
          name: 'programName',
          fields: [
            defineField({
              name: 'name',
              title: 'Name',
              description: 'The name as the Conference used it.',
              type: 'string',
              validation: (rule) => rule.required().max(160),
            }),
            defineField({
              name: 'years',
              title: 'Years used',
              description: 'E.g. "2021\u20132022" or "since 2023".',
              type: 'string',
              validation: (rule) => rule.required().max(120),
            }),
          ],
          preview: { select: { title: 'name', subtitle: 'years' } },
        }),
      ],
      validation: (rule) => rule.required().min(1),
    }),
    defineField({
      name: 'purpose',
      title: 'Purpose',
      description: 'What the program funds and why, in two or three sentences. Shown at the top of the Grants page.',
      type: 'text',
      rows: 3,
      validation: (rule) => rule.required().min(40).max(800),
    }),
    defineField({
      name: 'partner',
      title: 'Partner',
      description: 'The organization that funds the program with the Conference.',
      type: 'reference',
      to: [{ type: 'organization' }],
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'announcedOn',
      title: 'Announced on',
      description: 'The day the program was first announced.',
      type: 'date',
      validation: (rule) => rule.required().custom(checkSensibleDate),
    }),
    defineField({
      name: 'announcedAt',
      title: 'Announced at',
      description: 'The meeting or event where it was announced, e.g. "89th Winter Meeting, Washington, DC".',
      type: 'string',
      validation: (rule) => rule.max(200),
    }),
    defineField({
      name: 'announcedBy',
      title: 'Announced by',
      description: 'Who announced it, usually the Conference\u2019s President or CEO.',
      type: 'reference',
      to: [{ type: 'person' }],
    }),
    defineField({
      name: 'funding',
      title: 'Funding',
      type: 'array',
      description: 'Each statement about funding, in order.',
      of: [{ type: 'string' }],
      validation: (rule) => rule.required().min(1),
    }),
    defineField({
      name: 'tiers',
      title: 'Tiers',
      description: 'The three population tiers cities apply in, each with its award amount.',
      type: 'array',
      of: [{ type: 'grantTier' }],
      validation: (rule) => rule.required().length(3),
    }),
    defineField({
      name: 'judges',
      title: 'Judges',
      description: 'Who chose the winners, as the sources say. Shown on the site: plain words, never how the facts were researched (“seen”, “excerpt”, “copy”, “could not be read”).',
      type: 'string',
      validation: (rule) => rule.max(400),
    }),
    defineField({
      name: 'eligiblePractices',
      title: 'Practices it funds',
      description: 'The kinds of city programs the grants support, one per line.',
      type: 'array',
      of: [{ type: 'string' }],
    }),
    defineField({
      name: 'sharing',
      title: 'How applications are shared',
      description: 'What happens to the applications, e.g. shared with all mayors as a collection of best practices.',
      type: 'text',
      rows: 2,
      validation: (rule) => rule.max(600),
    }),
    defineField({
      name: 'sourceNotes',
      title: 'Where sources differ',
      description: 'Where the Center\u2019s sources disagree (amounts, dates, names): one note each, with both versions. Shown on the site: plain words, never how the facts were researched (“seen”, “excerpt”, “copy”, “could not be read”).',
      type: 'array',
      of: [{ type: 'string' }],
    }),
    sourcesField(),
  ],
  preview: { select: { title: 'names.0.name' }, prepare: ({ title }) => ({ title: 'Grant program', subtitle: title }) },
})
