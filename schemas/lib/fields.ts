import { defineField, type StringRule } from 'sanity'
import { DATE_PRECISIONS } from '../../lib/domain/vocabulary'
import { isUniqueSlug, slugify } from './validation'

/** The title of a published work (a publication, a report), as its publisher gave it. */
export function publishedTitleField() {
  return defineField({
    name: 'title',
    title: 'Title',
    description: 'The title as published.',
    type: 'string',
    validation: (rule) => rule.required().max(240),
  })
}

/** The URL slug of a document, made from `source`, unique within its type. */
export function slugField(source = 'title', description?: string) {
  return defineField({
    name: 'slug',
    title: 'Web address (slug)',
    type: 'slug',
    description:
      description ?? 'The last part of the page address. Generate it from the title; change it rarely, since old links break.',
    options: { source, maxLength: 96, slugify, isUnique: isUniqueSlug },
    validation: (rule) =>
      rule.required().custom((value) => {
        const current = (value as { current?: string } | undefined)?.current
        if (!current) return 'Generate a slug from the title'
        return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(current)
          ? true
          : 'Use lowercase letters, numbers and hyphens only'
      }),
  })
}

/** Where a fact comes from: the page or document that states it. */
export function sourcesField(description = 'The public pages or documents this content is based on.') {
  return defineField({
    name: 'sources',
    title: 'Sources',
    type: 'array',
    description,
    of: [{ type: 'link' }],
  })
}

/**
 * How precisely a date is known (day, month or year), beside the date field it qualifies: a date
 * known to the month is stored as its first day and shown as the month alone.
 */
export function datePrecisionField({
  name = 'datePrecision',
  title = 'Date known to the',
  description = 'How precisely the date is known.',
  required = false,
  group,
}: { name?: string; title?: string; description?: string; required?: boolean; group?: string } = {}) {
  return defineField({
    name,
    title,
    description,
    type: 'string',
    ...(group ? { group } : {}),
    options: { list: [...DATE_PRECISIONS], layout: 'radio', direction: 'horizontal' },
    initialValue: 'day',
    ...(required ? { validation: (rule: StringRule) => rule.required() } : {}),
  })
}
