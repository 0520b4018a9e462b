import { EnvelopeIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { checkEmail, checkPhone } from '../lib/validation'

/** An organization's mailing address and public phone, email and website. */
export const postalContact = defineType({
  name: 'postalContact',
  title: 'Contact details',
  type: 'object',
  icon: EnvelopeIcon,
  fields: [
    defineField({ name: 'organization', title: 'Organization', type: 'string', validation: (rule) => rule.required().max(120) }),
    defineField({ name: 'department', title: 'Department or office', type: 'string', validation: (rule) => rule.max(120) }),
    defineField({ name: 'street', title: 'Street address', type: 'string', validation: (rule) => rule.required().max(120) }),
    defineField({ name: 'locality', title: 'City', type: 'string', validation: (rule) => rule.required().max(80) }),
    defineField({ name: 'region', title: 'State or region', type: 'string', validation: (rule) => rule.max(40) }),
    defineField({ name: 'postalCode', title: 'Postal code', type: 'string', validation: (rule) => rule.max(20) }),
    defineField({ name: 'country', title: 'Country', type: 'string', validation: (rule) => rule.required().max(80) }),
    defineField({
      name: 'phone',
      title: 'Phone',
      type: 'string',
      validation: (rule) => rule.custom((value, context) => {
        const country = (context.parent as { country?: string } | undefined)?.country ?? ''
        return /united states|usa/i.test(country) ? checkPhone(value) : true
      }),
    }),
    defineField({ name: 'email', title: 'Email', type: 'string', validation: (rule) => rule.custom(checkEmail) }),
    defineField({ name: 'website', title: 'Website', type: 'url', validation: (rule) => rule.uri({ scheme: ['http', 'https'] }) }),
  ],
  preview: { select: { title: 'organization', subtitle: 'street' } },
})
