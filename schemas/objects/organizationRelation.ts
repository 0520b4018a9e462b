import { LinkIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { ORGANIZATION_RELATIONS } from '../../lib/domain/vocabulary'

/** How one organization relates to another ("GARE is a joint project of Race Forward ..."). */
export const organizationRelation = defineType({
  name: 'organizationRelation',
  title: 'Relation to another organization',
  type: 'object',
  icon: LinkIcon,
  fields: [
    defineField({
      name: 'kind',
      title: 'Relation',
      type: 'string',
      description: 'Read it as a sentence: this organization ... the organization chosen below.',
      options: { list: [...ORGANIZATION_RELATIONS] },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'organization',
      title: 'Other organization',
      description: 'The organization this one relates to.',
      type: 'reference',
      to: [{ type: 'organization' }],
      validation: (rule) =>
        rule.required().custom((ref, context) => {
          const own = (context.document?._id ?? '').replace(/^drafts\./, '')
          const target = (ref as { _ref?: string } | undefined)?._ref
          return target && target === own ? 'An organization cannot relate to itself' : true
        }),
    }),
    defineField({
      name: 'year',
      title: 'Since (year)',
      description: 'Since when, if known.',
      type: 'number',
      validation: (rule) => rule.integer().min(1800).max(2100),
    }),
    defineField({
      name: 'note',
      title: 'Note',
      description: 'Optional detail shown with the relation. Shown on the site: plain words, never how the facts were researched (“seen”, “excerpt”, “copy”, “could not be read”).',
      type: 'string',
      validation: (rule) => rule.max(240),
    }),
  ],
  preview: {
    select: { kind: 'kind', target: 'organization.name', year: 'year' },
    prepare: ({ kind, target, year }) => ({
      title: `${ORGANIZATION_RELATIONS.find((r) => r.value === kind)?.title ?? kind} ${target ?? '…'}`,
      subtitle: year ? String(year) : undefined,
    }),
  },
})
