import { CogIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'

/** The site's name, navigation, footer contact and default metadata. One document: `siteSettings`. */
export const siteSettings = defineType({
  name: 'siteSettings',
  title: 'Site settings',
  type: 'document',
  icon: CogIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'The Center\u2019s name',
      description: 'The full name, shown at the top of every page and in search results.',
      type: 'string',
      validation: (rule) => rule.required().max(160),
    }),
    defineField({
      name: 'shortName',
      title: 'Short name',
      type: 'string',
      description: 'Used where space is tight, e.g. in the browser tab.',
      validation: (rule) => rule.required().max(60),
    }),
    defineField({
      name: 'formerNames',
      title: 'Former names',
      description: 'Names the Center was known by before, with when they were used. Shown in the footer, so people who know an old name still find the site.',
      type: 'array',
      of: [{ type: 'formerName' }],
    }),
    defineField({
      name: 'parentOrganization',
      title: 'Parent organization',
      description: 'The organization the Center belongs to (the U.S. Conference of Mayors), named in the header.',
      type: 'reference',
      to: [{ type: 'organization' }],
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'tagline',
      title: 'Tagline',
      description: 'One line under the Center\u2019s name on the home page.',
      type: 'string',
      validation: (rule) => rule.required().max(160),
    }),
    defineField({
      name: 'mission',
      title: 'What the Center is',
      type: 'text',
      rows: 4,
      description: 'Two or three sentences for the home page.',
      validation: (rule) => rule.required().min(40).max(800),
    }),
    defineField({
      name: 'navigation',
      title: 'Sections in the navigation',
      type: 'array',
      description: 'The Center\u2019s sections in the order the header lists them.',
      of: [{ type: 'reference', to: [{ type: 'centerSection' }] }],
      validation: (rule) => rule.required().min(1).unique(),
    }),
    defineField({
      name: 'contact',
      title: 'The Conference\u2019s contact (footer)',
      description: 'The Conference\u2019s address, phone and email, shown in the footer of every page.',
      type: 'postalContact',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'contactPerson',
      title: 'The Center\u2019s contact person (optional)',
      type: 'reference',
      to: [{ type: 'person' }],
      description:
        'Only someone a source names as the Center\u2019s contact. Named on practices whose city has no contact of its own; when empty, the site gives the Conference\u2019s address and telephone instead.',
    }),
    defineField({
      name: 'metaDescription',
      title: 'Default page description',
      type: 'text',
      rows: 3,
      description: 'For search engines and link previews, when a page has none of its own.',
      validation: (rule) => rule.required().min(50).max(200),
    }),
    defineField({
      name: 'ogImage',
      title: 'Default link preview image',
      description: 'Shown when a page without a picture of its own is shared in social media or messages. At least 1200 \u00d7 630 pixels.',
      type: 'image',
      fields: [
        defineField({
          name: 'alt',
          title: 'Alt text',
          description: 'Describe the picture for people who cannot see it.',
          type: 'string',
          validation: (rule) =>
            rule.custom((alt, context) =>
              (context.parent as { asset?: unknown } | undefined)?.asset && !alt ? 'Alt text is required' : true,
            ),
        }),
      ],
    }),
  ],
  preview: { select: { title: 'name' }, prepare: ({ title }) => ({ title: 'Site settings', subtitle: title }) },
})
