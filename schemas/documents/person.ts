import { UserIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { slugField } from '../lib/fields'
import { checkEmail, checkPhone, checkSourceUrl } from '../lib/validation'

/** A person named on the site: a mayor, a staff member, a partner's contact. */
export const person = defineType({
  name: 'person',
  title: 'Person',
  type: 'document',
  icon: UserIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      description: 'The full name as the person uses it in public, e.g. "Stephen K. Benjamin".',
      type: 'string',
      validation: (rule) => rule.required().max(120),
    }),
    slugField('name'),
    defineField({
      name: 'role',
      title: 'Role or title',
      type: 'string',
      description: 'As a reader should know them, e.g. "Mayor of Columbia, SC; President of the Conference (2018)".',
      validation: (rule) => rule.required().max(200),
    }),
    defineField({
      name: 'city',
      title: 'City',
      description: 'The city the person serves, for mayors and city staff.',
      type: 'reference',
      to: [{ type: 'city' }],
    }),
    defineField({
      name: 'organization',
      title: 'Organization',
      description: 'The organization the person works for, for staff of partners and of the Conference.',
      type: 'reference',
      to: [{ type: 'organization' }],
    }),
    defineField({
      name: 'email',
      title: 'Public email',
      type: 'string',
      description: 'Only an address the person or their office has made public.',
      validation: (rule) => rule.custom(checkEmail),
    }),
    defineField({
      name: 'phone',
      title: 'Public phone',
      description: 'Only a number the person or their office has made public, e.g. (202) 555-0100.',
      type: 'string',
      validation: (rule) => rule.custom(checkPhone),
    }),
    defineField({
      name: 'bio',
      title: 'Short biography',
      description: 'Two or three sentences about the person, in our own words.',
      type: 'text',
      rows: 3,
      validation: (rule) => rule.max(600),
    }),
    defineField({
      name: 'sourceUrl',
      title: 'Source (URL)',
      description: 'A public page that confirms the person\u2019s name and role.',
      type: 'url',
      validation: (rule) => rule.uri({ scheme: ['http', 'https'] }).custom(checkSourceUrl),
    }),
  ],
  orderings: [{ title: 'Name', name: 'name', by: [{ field: 'name', direction: 'asc' }] }],
  preview: {
    select: { title: 'name', role: 'role', city: 'city.name', state: 'city.state', org: 'organization.name' },
    prepare: ({ title, role, city, state, org }) => ({
      title,
      subtitle: [role, city ? `${city}, ${state}` : org].filter(Boolean).join(' · '),
    }),
  },
})
