import { UsersIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { ORGANIZATION_ROLES } from '../../lib/domain/vocabulary'
import { slugField, sourcesField } from '../lib/fields'
import { checkSourceUrl } from '../lib/validation'

/** An organization: a partner resource for cities, a business supporter, a publisher, a convener. */
export const organization = defineType({
  name: 'organization',
  title: 'Organization',
  type: 'document',
  icon: UsersIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      description: 'The full name, e.g. "Government Alliance on Race and Equity".',
      type: 'string',
      validation: (rule) => rule.required().max(160),
    }),
    defineField({
      name: 'acronym',
      title: 'Short name',
      type: 'string',
      description: 'E.g. GARE, ADL, EJI.',
      validation: (rule) => rule.max(20),
    }),
    slugField('name'),
    defineField({
      name: 'roles',
      title: 'Roles',
      type: 'array',
      description: 'How the organization figures in the Center\u2019s work. "Partner resource" lists it on Resources.',
      of: [{ type: 'string' }],
      options: { list: [...ORGANIZATION_ROLES] },
      validation: (rule) => rule.required().min(1).unique(),
    }),
    defineField({
      name: 'foundedYear',
      title: 'Founded (year)',
      description: 'The year it was founded, if known.',
      type: 'number',
      validation: (rule) => rule.integer().min(1800).max(2100),
    }),
    defineField({
      name: 'description',
      title: 'Description',
      type: 'text',
      rows: 5,
      description: 'In our own words, based on what the organization says of itself.',
      validation: (rule) => rule.required().min(20).max(2000),
    }),
    defineField({
      name: 'services',
      title: 'Services and resources',
      description: 'What it offers cities, one item per line, e.g. "Racial equity training for city staff".',
      type: 'array',
      of: [{ type: 'string' }],
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'relations',
      title: 'Relations to other organizations',
      description: 'How it relates to other organizations, e.g. it "is a joint project of" Race Forward.',
      type: 'array',
      of: [{ type: 'organizationRelation' }],
    }),
    defineField({
      name: 'order',
      title: 'Order on the Resources page',
      description: 'Its place among the partner resources on the Resources page; 1 comes first.',
      type: 'number',
      validation: (rule) => rule.integer().min(1).max(500),
    }),
    defineField({
      name: 'contacts',
      title: 'Contacts',
      description: 'People at the organization whom cities can contact.',
      type: 'array',
      of: [{ type: 'reference', to: [{ type: 'person' }] }],
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'address',
      title: 'Address',
      description: 'Optional: its mailing address and public phone and email.',
      type: 'postalContact',
    }),
    defineField({
      name: 'website',
      title: 'Website',
      description: 'Its home page, starting with https://',
      type: 'url',
      validation: (rule) => rule.uri({ scheme: ['http', 'https'] }).custom(checkSourceUrl),
    }),
    sourcesField(),
  ],
  orderings: [{ title: 'Name', name: 'name', by: [{ field: 'name', direction: 'asc' }] }],
  preview: {
    select: { title: 'name', acronym: 'acronym', roles: 'roles', year: 'foundedYear' },
    prepare: ({ title, acronym, roles, year }) => ({
      title: acronym ? `${title} (${acronym})` : title,
      subtitle: [
        ((roles ?? []) as string[]).map((r) => ORGANIZATION_ROLES.find((o) => o.value === r)?.title ?? r).join(', '),
        year && `founded ${year}`,
      ]
        .filter(Boolean)
        .join(' · '),
    }),
  },
})
