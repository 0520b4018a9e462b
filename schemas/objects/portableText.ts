import { defineArrayMember, defineField, defineType } from 'sanity'
import { INTERNAL_LINK_TYPES, TEXT_LANGUAGES } from '../lib/types'
import { checkSourceUrl } from '../lib/validation'

/** Rich text for section bodies: paragraphs, headings, lists, quotes, links, words in another language and captioned figures. */
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
          defineArrayMember({
            name: 'inLanguage',
            title: 'Words in another language',
            description:
              'Marks words left in another language than the text around them (an English title or role inside a Spanish text), so that screen readers pronounce them in that language.',
            type: 'object',
            fields: [
              defineField({
                name: 'language',
                title: 'Language of these words',
                type: 'string',
                options: { list: [...TEXT_LANGUAGES], layout: 'radio' },
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
