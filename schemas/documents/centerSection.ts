import { BookIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { slugField } from '../lib/fields'

/**
 * One section of the Center (About the Center, Documenting the Problems, ...). Each section is a
 * fixed page of the site, so in the Studio each one is a singleton: staff edit it, never create or
 * delete it, and its slug is set once.
 */
export const centerSection = defineType({
  name: 'centerSection',
  title: 'Center section',
  type: 'document',
  icon: BookIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      description: 'The section\u2019s heading, as in the navigation.',
      validation: (rule) => rule.required().max(100),
    }),
    { ...slugField('title', 'Fixed: the site\u2019s page for this section is found by it.'), readOnly: true },
    defineField({
      name: 'order',
      title: 'Position in the navigation',
      type: 'number',
      description: '1 comes first.',
      validation: (rule) => rule.required().integer().min(1).max(50),
    }),
    defineField({
      name: 'summary',
      title: 'Summary',
      type: 'text',
      rows: 3,
      description: 'One or two sentences shown on cards, in search results and as the page description.',
      validation: (rule) => rule.required().min(40).max(320),
    }),
    defineField({
      name: 'body',
      title: 'Text',
      description: 'The section\u2019s page. Use headings for its parts, and "Link to a page on this site" to link to practices, cities or other sections.',
      type: 'portableText',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'keyFacts',
      title: 'Key facts',
      type: 'array',
      description: 'Figures shown prominently, each with its source. Keep both when two sources disagree.',
      of: [{ type: 'sourcedFact' }],
    }),
    defineField({
      name: 'figures',
      title: 'Captioned figures',
      type: 'array',
      description: 'Photos with captions. A caption may stand alone when the photo is not available.',
      of: [{ type: 'captionedFigure' }],
    }),
    defineField({
      name: 'contact',
      title: 'Contact person',
      type: 'reference',
      to: [{ type: 'person' }],
      description: 'Optional: who answers questions about this section.',
    }),
    defineField({
      name: 'links',
      title: 'Further links',
      description: 'Pages elsewhere that readers may want next, listed at the end of the section.',
      type: 'array',
      of: [{ type: 'link' }],
    }),
  ],
  orderings: [{ title: 'Navigation order', name: 'order', by: [{ field: 'order', direction: 'asc' }] }],
  preview: {
    select: { title: 'title', order: 'order', slug: 'slug.current' },
    prepare: ({ title, order, slug }) => ({ title, subtitle: `${order ?? '?'} · /${slug ?? ''}` }),
  },
})
