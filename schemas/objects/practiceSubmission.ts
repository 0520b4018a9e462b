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
    defineField({
      name: 'reference',
      title: 'Reference number',
      description: 'The number the website gave the submitter: use it to find their emails about this practice.',
      type: 'string',
      validation: (rule) => rule.max(40),
    }),
    defineField({
      name: 'submittedAt',
      title: 'Received',
      description: 'When the form was sent.',
      type: 'datetime',
    }),
    defineField({
      name: 'name',
      title: 'Submitter\u2019s name',
      description: 'Who sent the practice through the website.',
      type: 'string',
      validation: (rule) => rule.max(120),
    }),
    defineField({
      name: 'title',
      title: 'Submitter\u2019s job title',
      description: 'As the submitter gave it.',
      type: 'string',
      validation: (rule) => rule.max(160),
    }),
    defineField({
      name: 'email',
      title: 'Submitter\u2019s email',
      description: 'For following up with the submitter. Never shown on the site.',
      type: 'string',
      validation: (rule) => rule.custom(checkEmail),
    }),
    defineField({
      name: 'phone',
      title: 'Submitter\u2019s phone',
      description: 'For following up with the submitter. Never shown on the site.',
      type: 'string',
      validation: (rule) => rule.custom(checkPhone),
    }),
    defineField({
      name: 'city',
      title: 'City, as the submitter typed it',
      type: 'string',
      description: 'Set the practice\u2019s City field from this (create the city first when it is new).',
      validation: (rule) => rule.max(80),
    }),
    defineField({
      name: 'state',
      title: 'State, as the submitter chose it',
      description: 'Check that the City field of the practice is in this state.',
      type: 'string',
      validation: (rule) => rule.max(2),
    }),
    defineField({
      name: 'language',
      title: 'Language of the form',
      description: 'The language the submitter filled in the form in (the Spanish form at /es/submit records Spanish). Answer them in it.',
      type: 'string',
      options: { list: [{ title: 'English', value: 'en' }, { title: 'Spanish (Español)', value: 'es' }], layout: 'radio', direction: 'horizontal' },
      initialValue: 'en',
      validation: (rule) => rule.custom((value) => value === undefined || value === 'en' || value === 'es' || 'Choose English or Spanish.'),
    }),
    defineField({
      name: 'consentToPublishContact',
      title: 'Agreed to publish their contact details',
      description: 'Whether the submitter agreed that their name, email and phone may be shown with the practice. If not, name another contact or refer readers to the Center.',
      type: 'boolean',
    }),
    defineField({
      name: 'client',
      title: 'Sender\u2019s connection',
      description: 'A pseudonym of the address the practice was sent from, by which the website limits how many practices one connection sends an hour. Not the address itself.',
      type: 'string',
      hidden: true,
      readOnly: true,
      validation: (rule) => rule.max(64),
    }),
  ],
  preview: { select: { title: 'name', subtitle: 'reference' } },
})
