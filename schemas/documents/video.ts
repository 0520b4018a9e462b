import { PlayIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { slugField } from '../lib/fields'
import { checkSensibleDate, checkSourceUrl } from '../lib/validation'

/** A recording of a Conference meeting or webinar session on compassion and equity. */
export const video = defineType({
  name: 'video',
  title: 'Video',
  type: 'document',
  icon: PlayIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      description: 'The session\u2019s title, as announced.',
      type: 'string',
      validation: (rule) => rule.required().max(200),
    }),
    slugField('title'),
    defineField({
      name: 'date',
      title: 'Date',
      description: 'The day of the session.',
      type: 'date',
      validation: (rule) => rule.required().custom(checkSensibleDate),
    }),
    defineField({
      name: 'event',
      title: 'Meeting or webinar',
      description: 'The meeting or webinar it was part of, e.g. "2021 Winter Meeting".',
      type: 'string',
      validation: (rule) => rule.max(200),
    }),
    defineField({
      name: 'url',
      title: 'Video address (URL)',
      description: 'The video\u2019s address (YouTube, Vimeo or the Conference\u2019s site), starting with https://',
      type: 'url',
      validation: (rule) => rule.required().uri({ scheme: ['https'] }).custom(checkSourceUrl),
    }),
    defineField({
      name: 'description',
      title: 'Description',
      description: 'What the session is about and who speaks, in a short paragraph.',
      type: 'text',
      rows: 4,
      validation: (rule) => rule.required().min(20).max(1500),
    }),
    defineField({
      name: 'transcript',
      title: 'Transcript',
      type: 'text',
      rows: 12,
      description: 'A transcript makes the video usable for people who cannot hear it. Add one before publishing.',
      validation: (rule) => rule.required().warning('Publish a transcript with every video'),
    }),
    defineField({
      name: 'speakers',
      title: 'Speakers',
      description: 'People who speak in the video. Create them under People first if they are not there.',
      type: 'array',
      of: [{ type: 'reference', to: [{ type: 'person' }] }],
    }),
  ],
  orderings: [{ title: 'Newest first', name: 'dateDesc', by: [{ field: 'date', direction: 'desc' }] }],
  preview: { select: { title: 'title', subtitle: 'date' } },
})
