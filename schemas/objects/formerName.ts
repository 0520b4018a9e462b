import { TagIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { checkSourceUrl } from '../lib/validation'

/** A name the Center was known by earlier. */
export const formerName = defineType({
  name: 'formerName',
  title: 'Former name',
  type: 'object',
  icon: TagIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      description: 'The name exactly as it was used.',
      type: 'string',
      validation: (rule) => rule.required().max(160),
    }),
    defineField({
      name: 'usage',
      title: 'When it was used',
      type: 'string',
      description: 'E.g. "original title, 2018" or "at the 2018 launch".',
      validation: (rule) => rule.required().max(160),
    }),
    defineField({
      name: 'sourceUrl',
      title: 'Source (URL)',
      description: 'A public page that uses the name.',
      type: 'url',
      validation: (rule) => rule.uri({ scheme: ['http', 'https'] }).custom(checkSourceUrl),
    }),
  ],
  preview: { select: { title: 'name', subtitle: 'usage' } },
})
