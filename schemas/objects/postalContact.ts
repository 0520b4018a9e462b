import { EnvelopeIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { checkEmail, checkPhone, checkSourceUrl } from '../lib/validation'

/** An organization's mailing address and public phone, email and website. */
export const postalContact = defineType({
  name: 'postalContact',
  title: 'Contact details',
  type: 'object',
  icon: EnvelopeIcon,
  fields: [
    defineField({
      name: 'organization',
      title: 'Organization',
      description: 'The name as it appears on mail.',
      type: 'string',
      validation: (rule) => rule.required().max(120),
    }),
    defineField({
      name: 'department',
      title: 'Department or office',
      description: 'Optional: the office within the organization.',
      type: 'string',
      validation: (rule) => rule.max(120),
    }),
    defineField({
      name: 'street',
      title: 'Street address',
      description: 'Street and number, with suite or floor.',
      type: 'string',
      validation: (rule) => rule.required().max(120),
    }),
    defineField({
      name: 'locality',
      title: 'City',
      description: 'The city, e.g. Washington.',
      type: 'string',
      validation: (rule) => rule.required().max(80),
    }),
    defineField({
      name: 'region',
      title: 'State or region',
      description: 'For the United States, the state\u2019s two-letter code, e.g. DC.',
      type: 'string',
      validation: (rule) => rule.max(40),
    }),
    defineField({
      name: 'postalCode',
      title: 'Postal code',
      description: 'The ZIP code, e.g. 20006.',
      type: 'string',
      validation: (rule) => rule.max(20),
    }),
    defineField({
      name: 'country',
      title: 'Country',
      description: 'E.g. United States. Phone numbers in the United States are checked.',
      type: 'string',
      validation: (rule) => rule.required().max(80),
    }),
    defineField({
      name: 'phone',
      title: 'Phone',
      description:
        'The organization\u2019s own public number, as a source gives it for the organization. Never a person\u2019s work line: that belongs on the person, shown with their name and role.',
      type: 'string',
      validation: (rule) => rule.custom((value, context) => {
        const country = (context.parent as { country?: string } | undefined)?.country ?? ''
        return /united states|usa/i.test(country) ? checkPhone(value) : true
      }),
    }),
    defineField({
      name: 'email',
      title: 'Email',
      description: 'A public address, e.g. info@usmayors.org.',
      type: 'string',
      validation: (rule) => rule.custom(checkEmail),
    }),
    defineField({
      name: 'website',
      title: 'Website',
      description: 'Starting with https://',
      type: 'url',
      validation: (rule) => rule.uri({ scheme: ['http', 'https'] }).custom(checkSourceUrl),
    }),
  ],
  preview: { select: { title: 'organization', subtitle: 'street' } },
})
