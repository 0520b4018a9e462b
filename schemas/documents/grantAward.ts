import { StarFilledIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { AWARD_LEVELS, GRANT_TIERS } from '../../lib/domain/vocabulary'
import { sourcesField } from '../lib/fields'

/** A city's award (or honorable mention) in one grant round, and the program it recognized. */
export const grantAward = defineType({
  name: 'grantAward',
  title: 'Grant award',
  type: 'document',
  icon: StarFilledIcon,
  fields: [
    defineField({
      name: 'round',
      title: 'Round',
      description: 'The year\u2019s round the award belongs to.',
      type: 'reference',
      to: [{ type: 'grantRound' }],
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'city',
      title: 'City',
      description: 'The city that received the award.',
      type: 'reference',
      to: [{ type: 'city' }],
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'tier',
      title: 'Tier',
      type: 'string',
      options: { list: [...GRANT_TIERS] },
      description: 'Leave empty when the source does not say.',
    }),
    defineField({
      name: 'level',
      title: 'Award',
      description: 'Whether the city won a grant or received an honorable mention.',
      type: 'string',
      options: { list: [...AWARD_LEVELS], layout: 'radio', direction: 'horizontal' },
      initialValue: 'winner',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'programName',
      title: 'Program',
      type: 'string',
      description: 'Leave empty when the sources do not name it; say so in the note.',
      validation: (rule) => rule.max(200),
    }),
    defineField({
      name: 'summary',
      title: 'Summary',
      description: 'What the recognized program does, in a sentence or two.',
      type: 'text',
      rows: 3,
      validation: (rule) => rule.max(800),
    }),
    defineField({
      name: 'amount',
      title: 'Amount (USD)',
      type: 'number',
      description: 'Only when a source states it for this city.',
      validation: (rule) => rule.integer().min(0).max(10_000_000),
    }),
    defineField({
      name: 'note',
      title: 'Note',
      type: 'string',
      description:
        'Shown with the award, in plain words, e.g. "Amount not stated; the round\u2019s $350,000 was shared by three winners." Never how the page was researched ("in the sources seen", "excerpt"): that belongs in the round\u2019s research notes.',
      validation: (rule) => rule.max(300),
    }),
    defineField({
      name: 'mayor',
      title: 'Mayor at the time',
      description: 'The city\u2019s mayor when the award was made.',
      type: 'reference',
      to: [{ type: 'person' }],
    }),
    defineField({
      name: 'practice',
      title: 'Best practice',
      type: 'reference',
      to: [{ type: 'bestPractice' }],
      description: 'The best practice that describes the recognized program.',
    }),
    sourcesField(),
  ],
  preview: {
    select: { program: 'programName', city: 'city.name', state: 'city.state', year: 'round.year', level: 'level' },
    prepare: ({ program, city, state, year, level }) => ({
      title: `${city ?? '?'}, ${state ?? ''}: ${program ?? 'program not named in sources'}`,
      subtitle: [year, AWARD_LEVELS.find((l) => l.value === level)?.title].filter(Boolean).join(' · '),
    }),
  },
})
