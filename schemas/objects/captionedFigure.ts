import { ImageIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'

/**
 * A captioned figure. The caption is required; the photograph itself is optional (the Center's
 * archive holds captions for photos that are not available), and when a photo is present it must
 * carry alt text.
 */
export const captionedFigure = defineType({
  name: 'captionedFigure',
  title: 'Captioned figure',
  type: 'object',
  icon: ImageIcon,
  fields: [
    defineField({
      name: 'image',
      title: 'Photo',
      type: 'image',
      description: 'Optional. If you add a photo, describe it in the alt text.',
      options: { hotspot: true },
      fields: [
        defineField({
          name: 'alt',
          title: 'Alt text',
          type: 'string',
          description:
            'Describe what the photo shows for people who cannot see it ("Mayor Benjamin at the National Memorial for Peace and Justice").',
          validation: (rule) =>
            rule.custom((alt, context) => {
              const parent = context.parent as { asset?: unknown } | undefined
              if (parent?.asset && !(typeof alt === 'string' && alt.trim().length > 0)) {
                return 'Alt text is required when a photo is added'
              }
              return true
            }),
        }),
      ],
    }),
    defineField({
      name: 'caption',
      title: 'Caption',
      type: 'text',
      rows: 3,
      description: 'Shown under the figure. Name the people and the place.',
      validation: (rule) => rule.required().min(10).max(800),
    }),
    defineField({
      name: 'credit',
      title: 'Credit',
      type: 'string',
      description: 'Optional photo credit, for example "© U.S. Department of State / J. Eldridge".',
      validation: (rule) => rule.max(200),
    }),
  ],
  preview: {
    select: { title: 'caption', subtitle: 'credit', media: 'image' },
  },
})
