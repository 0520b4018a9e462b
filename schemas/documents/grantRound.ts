import { CalendarIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { datePrecisionField, sourcesField } from '../lib/fields'
import { checkSensibleDate, isUniqueAmongType } from '../lib/validation'

/** One year's round of the police reform grant program. Its awards reference it. */
export const grantRound = defineType({
  name: 'grantRound',
  title: 'Grant round',
  type: 'document',
  icon: CalendarIcon,
  fields: [
    defineField({
      name: 'year',
      title: 'Year',
      description: 'The year of the awards. There is one round per year.',
      type: 'number',
      validation: (rule) =>
        rule
          .required()
          .integer()
          .min(2020)
          .max(2100)
          .custom(async (value, context) =>
            (await isUniqueAmongType('year', value, context)) ? true : `A round for ${value} already exists`,
          ),
    }),
    defineField({
      name: 'roundNumber',
      title: 'Round',
      type: 'number',
      description: '1 for the first year of awards.',
      validation: (rule) => rule.required().integer().min(1).max(100),
    }),
    defineField({
      name: 'programName',
      title: 'Program name that year',
      description: 'The program\u2019s name that year (it changed over time).',
      type: 'string',
      validation: (rule) => rule.required().max(160),
    }),
    defineField({
      name: 'totalAwarded',
      title: 'Total awarded (USD)',
      description: 'In dollars, as a whole number without commas or $.',
      type: 'number',
      validation: (rule) => rule.integer().min(0).max(100_000_000),
    }),
    defineField({
      name: 'applicants',
      title: 'Cities that applied',
      description: 'How many cities applied, if the sources say.',
      type: 'number',
      validation: (rule) => rule.integer().min(0).max(2000),
    }),
    defineField({
      name: 'announcedOn',
      title: 'Winners announced',
      description: 'When the winners were announced. When only the month is known, pick its first day and set the precision below.',
      type: 'date',
      validation: (rule) => rule.custom(checkSensibleDate),
    }),
    datePrecisionField({ name: 'announcedPrecision', title: 'Announcement date known to the', description: 'How precisely the announcement date is known.' }),
    defineField({
      name: 'announcedAt',
      title: 'Where announced',
      type: 'string',
      description: 'E.g. "90th Annual Meeting, Reno, NV".',
      validation: (rule) => rule.max(200),
    }),
    defineField({
      name: 'notes',
      title: 'Notes',
      type: 'array',
      description:
        'Shown on the Grants page: what readers should know (recognition events, where sources differ), in plain words. Say "not stated" where the sources are silent; never how the page was researched.',
      of: [{ type: 'string' }],
    }),
    defineField({
      name: 'researchNotes',
      title: 'Research notes (staff only)',
      type: 'array',
      description:
        'Staff only, never shown on the site: what the sources seen leave out and why (an excerpt cut off, a copy that could not be read), for whoever checks the sources.',
      of: [{ type: 'string' }],
    }),
    sourcesField(),
  ],
  orderings: [{ title: 'Year', name: 'year', by: [{ field: 'year', direction: 'desc' }] }],
  preview: {
    select: { year: 'year', round: 'roundNumber', name: 'programName' },
    prepare: ({ year, round, name }) => ({ title: `${year} (round ${round})`, subtitle: name }),
  },
})
