import { UserIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { checkEmail, checkPhone } from '../lib/validation'

/**
 * Whom a mayor's office calls about a practice. Every practice names a contact: a person in the
 * city, or, where no city contact is known, the Center's own contact (set in Site settings).
 */
export const practiceContact = defineType({
  name: 'practiceContact',
  title: 'Contact for this practice',
  type: 'object',
  icon: UserIcon,
  fields: [
    defineField({
      name: 'useCenterContact',
      title: 'Refer readers to the Center',
      type: 'boolean',
      description: 'Turn on when no one in the city has agreed to be named; the page then shows the Center\u2019s contact.',
      initialValue: false,
    }),
    defineField({
      name: 'name',
      title: 'Name',
      description: 'The person in the city who has agreed to answer other cities\u2019 questions.',
      type: 'string',
      hidden: ({ parent }) => Boolean((parent as { useCenterContact?: boolean } | undefined)?.useCenterContact),
      validation: (rule) =>
        rule.max(120).custom((value, context) => {
          const parent = context.parent as { useCenterContact?: boolean } | undefined
          if (parent?.useCenterContact) return true
          return typeof value === 'string' && value.trim() ? true : 'Name the city contact, or refer readers to the Center'
        }),
    }),
    defineField({
      name: 'title',
      title: 'Job title',
      description: 'Their job title, e.g. "Director, Office of Community Safety".',
      type: 'string',
      hidden: ({ parent }) => Boolean((parent as { useCenterContact?: boolean } | undefined)?.useCenterContact),
      validation: (rule) => rule.max(160),
    }),
    defineField({
      name: 'email',
      title: 'Email',
      description: 'Their work email. Give an email, a phone number, or both.',
      type: 'string',
      hidden: ({ parent }) => Boolean((parent as { useCenterContact?: boolean } | undefined)?.useCenterContact),
      validation: (rule) =>
        rule.custom((value, context) => {
          const parent = context.parent as { useCenterContact?: boolean; phone?: string } | undefined
          if (!parent?.useCenterContact && !value && !parent?.phone) return 'Give an email or a phone number'
          return checkEmail(value)
        }),
    }),
    defineField({
      name: 'phone',
      title: 'Phone',
      description: 'Their work phone, e.g. (505) 768-3000.',
      type: 'string',
      hidden: ({ parent }) => Boolean((parent as { useCenterContact?: boolean } | undefined)?.useCenterContact),
      validation: (rule) => rule.custom(checkPhone),
    }),
  ],
  preview: {
    select: { name: 'name', title: 'title', center: 'useCenterContact' },
    prepare: ({ name, title, center }) => ({
      title: center ? 'The Center\u2019s contact' : (name ?? 'No contact named'),
      subtitle: center ? undefined : title,
    }),
  },
})
