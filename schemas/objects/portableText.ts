import { defineArrayMember, defineField, defineType } from 'sanity'
import { INTERNAL_LINK_TYPES } from '../lib/types'
import { checkSourceUrl } from '../lib/validation'

/** Rich text for section bodies: paragraphs, headings, lists, quotes, links and captioned figures. */
export const portableText = defineType({
  name: 'portableText',
  title: 'Rich text',
  type: 'array',
  of: [
    defineArrayMember({
      type: 'block',
      styles: [
        { title: 'Paragraph', value: 'normal' },
        { title: 'Heading', value: 'h2' },
        { title: 'Subheading', value: 'h3' },
        { title: 'Quote', value: 'blockquote' },
      ],
      lists: [
        { title: 'Bulleted list', value: 'bullet' },
        { title: 'Numbered list', value: 'number' },
      ],
      marks: {
        decorators: [
          { title: 'Emphasis', value: 'em' },
          { title: 'Strong', value: 'strong' },
        ],
        annotations: [
          defineArrayMember({
            name: 'link',
            title: 'External link',
            type: 'object',
            fields: [
              defineField({
                name: 'href',
                title: 'Address (URL)',
                type: 'url',
                validation: (rule) => rule.required().uri({ scheme: ['http', 'https', 'mailto', 'tel'] }).custom(checkSourceUrl),
              }),
            ],
          }),
          defineArrayMember({
            name: 'internalLink',
            title: 'Link to a page on this site',
            type: 'object',
            fields: [
              defineField({
                name: 'reference',
                title: 'Page',
                type: 'reference',
                to: INTERNAL_LINK_TYPES.map((type) => ({ type })),
                validation: (rule) => rule.required(),
              }),
            ],
          }),
        ],
      },
    }),
    defineArrayMember({ type: 'captionedFigure' }),
  ],
})
