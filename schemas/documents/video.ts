import { PlayIcon } from '@sanity/icons'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { datePrecisionField, slugField } from '../lib/fields'
import { checkSensibleDate, checkSourceUrl } from '../lib/validation'

/**
 * A recording of a meeting or webinar session on compassion and equity, as the Conference's videos
 * page lists it: title, date as given, the meeting, the people, and that page as the source.
 */
export const video = defineType({
  name: 'video',
  title: 'Video',
  type: 'document',
  icon: PlayIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      description: 'The session\u2019s title, as the Conference\u2019s page gives it.',
      type: 'string',
      validation: (rule) => rule.required().max(200),
    }),
    slugField('title'),
    defineField({
      name: 'order',
      title: 'Order on the Conference\u2019s page',
      description: 'Its place on the Conference\u2019s videos page; 1 comes first. The site lists videos in this order.',
      type: 'number',
      validation: (rule) => rule.required().integer().min(1).max(500),
    }),
    defineField({
      name: 'date',
      title: 'Date',
      description: 'The day of the session, only when the source states it. When only the month or year is known, pick its first day and set the precision below.',
      type: 'date',
      validation: (rule) => rule.custom(checkSensibleDate),
    }),
    datePrecisionField(),
    defineField({
      name: 'dateNote',
      title: 'When, without a date',
      description: 'When the source gives no date: what it says about when the session took place. Shown on the site: plain words, never how the facts were researched (“seen”, “excerpt”, “copy”, “could not be read”).',
      type: 'string',
      validation: (rule) =>
        rule.max(200).custom((value, context) => {
          const date = (context.document as { date?: string } | undefined)?.date
          return date || value ? true : 'Give the date, or say what the source says about when it took place'
        }),
    }),
    defineField({
      name: 'event',
      title: 'Meeting or webinar',
      description: 'The meeting or event it was part of, e.g. "U.S. Conference of Mayors 2023 Winter Meeting".',
      type: 'string',
      validation: (rule) => rule.max(200),
    }),
    defineField({
      name: 'url',
      title: 'Video address (URL)',
      description: 'Optional: the video\u2019s own address (YouTube, Vimeo or the Conference\u2019s site), only when a source gives it.',
      type: 'url',
      validation: (rule) => rule.uri({ scheme: ['https'] }).custom(checkSourceUrl),
    }),
    defineField({
      name: 'description',
      title: 'Description',
      description: 'What the session is about, in a short paragraph in our own words.',
      type: 'text',
      rows: 4,
      validation: (rule) => rule.required().min(20).max(1500),
    }),
    defineField({
      name: 'participants',
      title: 'People',
      description: 'The people the source names, each with their part in the session and the role the source gives them.',
      type: 'array',
      of: [
        defineArrayMember({
          name: 'videoParticipant',
          title: 'Person',
          type: 'object',
          fields: [
            defineField({ name: 'name', title: 'Name', description: 'As the source gives it.', type: 'string', validation: (rule) => rule.required().max(120) }),
            defineField({
              name: 'part',
              title: 'Part in the session',
              description: 'E.g. "Moderator", "Co-moderator", "Presenter", "Panelist".',
              type: 'string',
              validation: (rule) => rule.required().max(60),
            }),
            defineField({
              name: 'role',
              title: 'Role',
              description: 'Optional: their title and organization, as the source gives them.',
              type: 'string',
              validation: (rule) => rule.max(300),
            }),
          ],
          preview: { select: { title: 'name', subtitle: 'part' } },
        }),
      ],
    }),
    defineField({
      name: 'transcript',
      title: 'Transcript',
      type: 'text',
      rows: 12,
      description: 'A transcript makes the video usable for people who cannot hear it. Add one whenever the video itself is linked.',
      validation: (rule) =>
        rule.custom((value, context) => {
          const url = (context.document as { url?: string } | undefined)?.url
          return url && !value ? 'Publish a transcript with every video linked from the site' : true
        }).warning(),
    }),
    defineField({
      name: 'source',
      title: 'Source',
      description: 'The page that lists the video, e.g. the Conference\u2019s "USCM Meeting/Webinar Videos on Compassion and Equity" page.',
      type: 'link',
      validation: (rule) => rule.required(),
    }),
  ],
  orderings: [{ title: 'Order on the Conference\u2019s page', name: 'order', by: [{ field: 'order', direction: 'asc' }] }],
  preview: { select: { title: 'title', subtitle: 'event' } },
})
