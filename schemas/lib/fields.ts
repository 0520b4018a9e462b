import { defineField } from 'sanity'
import { isUniqueSlug, slugify } from './validation'

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
