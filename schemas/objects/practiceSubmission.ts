import { EnvelopeIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { checkEmail, checkPhone } from '../lib/validation'

/** Who sent a practice through the website, and when. Kept with the practice for review. */
export const practiceSubmission = defineType({
  name: 'practiceSubmission',
  title: 'Submission',
  type: 'object',
  icon: EnvelopeIcon,
  fields: [
    defineField({ name: 'reference', title: 'Reference number', type: 'string', validation: (rule) => rule.max(40) }),
    defineField({ name: 'submittedAt', title: 'Received', type: 'datetime' }),
    defineField({ name: 'name', title: 'Submitter\u2019s name', type: 'string', validation: (rule) => rule.max(120) }),
    defineField({ name: 'title', title: 'Submitter\u2019s job title', type: 'string', validation: (rule) => rule.max(160) }),
    defineField({ name: 'email', title: 'Submitter\u2019s email', type: 'string', validation: (rule) => rule.custom(checkEmail) }),
    defineField({ name: 'phone', title: 'Submitter\u2019s phone', type: 'string', validation: (rule) => rule.custom(checkPhone) }),
    defineField({
      name: 'consentToPublishContact',
      title: 'Agreed to publish their contact details',
      type: 'boolean',
    }),
  ],
  preview: { select: { title: 'name', subtitle: 'reference' } },
})
