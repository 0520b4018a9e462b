import { PinIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { US_STATES, isStateCode } from '../../lib/domain/states'
import { slugField, sourcesField } from '../lib/fields'

/** A city that appears anywhere on the site; each has its own hub page. */
export const city = defineType({
  name: 'city',
  title: 'City',
  type: 'document',
  icon: PinIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      description: 'The city\u2019s name without the state, e.g. "Columbia".',
      type: 'string',
      validation: (rule) => rule.required().max(80),
    }),
    defineField({
      name: 'state',
      title: 'State',
      type: 'string',
      description: 'Two-letter postal code, e.g. SC.',
      options: { list: Object.entries(US_STATES).map(([value, title]) => ({ value, title: `${value} \u2013 ${title}` })) },
      validation: (rule) =>
        rule.required().custom((value) => (isStateCode(value) ? true : 'Choose a two-letter state code such as SC')),
    }),
    slugField('name', 'Usually the city and state, e.g. "columbia-sc".'),
    defineField({
      name: 'population',
      title: 'Population (2020 Census)',
      description: 'From the 2020 Census, as a whole number without commas.',
      type: 'number',
      validation: (rule) => rule.integer().min(1).max(10_000_000),
    }),
    defineField({
      name: 'populationAlternatives',
      title: 'Other 2020 population figures',
      type: 'array',
      description:
        'Shown on the city page. Only a figure a citable source gives, with that source\u2019s address: never one seen only on a copy, a search snippet or a mirror.',
      of: [{ type: 'sourcedFact' }],
    }),
    defineField({
      name: 'populationNote',
      title: 'Population note (staff only)',
      type: 'text',
      rows: 2,
      description:
        'Staff only, never shown on the site: how the figures were checked, where sources disagree, which copies were read.',
      validation: (rule) => rule.max(500),
    }),
    defineField({
      name: 'location',
      title: 'Location',
      type: 'geopoint',
      description: 'Where the city\u2019s marker sits on the map.',
      validation: (rule) =>
        rule.required().custom((point) => {
          const p = point as { lat?: number; lng?: number } | undefined
          if (!p || typeof p.lat !== 'number' || typeof p.lng !== 'number') return 'Set the city\u2019s location'
          // The United States and its territories lie between these latitudes and longitudes.
          if (p.lat < 13 || p.lat > 72 || p.lng < -180 || p.lng > -64) return 'This point is not in the United States'
          return true
        }),
    }),
    defineField({
      name: 'mayors',
      title: 'Mayors',
      type: 'array',
      description: 'Mayors named in the Center\u2019s sources, most recent first. Mark the most recent one.',
      of: [{ type: 'mayoralTerm' }],
      validation: (rule) =>
        rule.custom((terms) => {
          const current = ((terms ?? []) as { isCurrent?: boolean }[]).filter((t) => t.isCurrent).length
          return current > 1 ? 'Only one mayor can be marked as the most recent' : true
        }),
    }),
    defineField({
      name: 'coalitionMember',
      title: 'Member of the U.S. Coalition of Cities against Racism and Discrimination',
      type: 'boolean',
      description: 'Leave empty when not known.',
    }),
    sourcesField(),
  ],
  orderings: [{ title: 'Name', name: 'name', by: [{ field: 'name', direction: 'asc' }] }],
  preview: {
    select: { name: 'name', state: 'state', mayor: 'mayors.0.person.name', population: 'population' },
    prepare: ({ name, state, mayor, population }) => ({
      title: `${name}, ${state}`,
      subtitle: [mayor && `Mayor ${mayor}`, population && `pop. ${Number(population).toLocaleString('en-US')}`]
        .filter(Boolean)
        .join(' · '),
    }),
  },
})
