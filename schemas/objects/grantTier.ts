import { TagIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { GRANT_TIERS } from '../../lib/domain/vocabulary'

/** One of the grant program's population tiers, with its award amount where stated. */
export const grantTier = defineType({
  name: 'grantTier',
  title: 'Tier',
  type: 'object',
  icon: TagIcon,
  fields: [
    defineField({
      name: 'tier',
      title: 'Tier',
      description: 'Which tier this is, by city population.',
      type: 'string',
      options: { list: [...GRANT_TIERS] },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'population',
      title: 'Population range',
      type: 'string',
      description: 'As the program states it, e.g. "over 300,000".',
      validation: (rule) => rule.required().max(80),
    }),
    defineField({
      name: 'amount',
      title: 'Award amount (USD)',
      description: 'The award for a city in this tier, in dollars, without commas. Leave empty when the sources do not state it.',
      type: 'number',
      validation: (rule) => rule.integer().min(0).max(10_000_000),
    }),
    defineField({
      name: 'note',
      title: 'Note',
      type: 'text',
      rows: 2,
      description: 'Where sources differ, say so here with both versions. Shown on the site: plain words, never how the facts were researched (“seen”, “excerpt”, “copy”, “could not be read”).',
      validation: (rule) => rule.max(500),
    }),
  ],
  preview: {
    select: { tier: 'tier', population: 'population', amount: 'amount' },
    prepare: ({ tier, population, amount }) => ({
      title: GRANT_TIERS.find((t) => t.value === tier)?.title ?? tier,
      subtitle: [population, amount ? `$${Number(amount).toLocaleString('en-US')}` : null].filter(Boolean).join(' · '),
    }),
  },
})
