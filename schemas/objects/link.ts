import { LinkIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { checkSourceUrl } from '../lib/validation'

/** A titled link to a public page outside this site. */
export const link = defineType({
  name: 'link',
  title: 'Link',
  type: 'object',
  icon: LinkIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Link text',
      type: 'string',
      description: 'What the link leads to, in words a reader understands ("Resource Guide for Immigrant Stocktonians").',
      validation: (rule) => rule.required().max(200),
    }),
    defineField({
      name: 'url',
      title: 'Address (URL)',
      type: 'url',
      description: 'The full address, starting with https://',
      validation: (rule) => rule.required().uri({ scheme: ['http', 'https'] }).custom(checkSourceUrl),
    }),
    defineField({
      name: 'publisher',
      title: 'Publisher',
      type: 'string',
      description: 'Optional: who publishes the page (for example "Montgomery Advertiser").',
      validation: (rule) => rule.max(120),
    }),
  ],
  preview: { select: { title: 'title', subtitle: 'url' } },
})
