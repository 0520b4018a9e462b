import { TranslateIcon } from '@sanity/icons'
import { defineArrayMember, defineField, defineType, type FieldDefinition } from 'sanity'
import {
  TRANSLATABLE_TYPES,
  TRANSLATED_FIELDS,
  TRANSLATION_LANGUAGES,
  isTranslatableType,
  type TranslatedField,
} from '../../lib/i18n/translatable'

/** Shows a field only on translations of a type that has it (all fields before the document is chosen). */
function forTypesWith(field: TranslatedField) {
  return ({ document }: { document?: Record<string, unknown> }) => {
    const type = document?.documentType
    if (!isTranslatableType(type)) return false
    return !(TRANSLATED_FIELDS[type] as readonly string[]).includes(field)
  }
}

const text = (name: TranslatedField, title: string, description: string, rows = 3, max = 2000): FieldDefinition =>
  defineField({
    name,
    title,
    type: 'text',
    rows,
    description,
    hidden: forTypesWith(name),
    validation: (rule) => rule.max(max),
  })

/**
 * A document's translation into one language (Spanish today): the words of one English document,
 * nothing else. Its facts (numbers, dates, people, places, links) stay on the English document and
 * show in every language, so they can never disagree. One translation per document and language,
 * under a fixed id (`translation-es-<document id>`). A field left empty shows the English text, marked
 * as English, on the Spanish page; a document with no translation is left out of the Spanish sitemap.
 */
export const translation = defineType({
  name: 'translation',
  title: 'Translation',
  type: 'document',
  icon: TranslateIcon,
  fields: [
    defineField({
      name: 'language',
      title: 'Language',
      type: 'string',
      description: 'The language these words are in.',
      options: { list: [...TRANSLATION_LANGUAGES], layout: 'radio' },
      initialValue: 'es',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'document',
      title: 'Translation of',
      type: 'reference',
      description: 'The English document these words translate. Its facts show on the translated page as they are.',
      to: TRANSLATABLE_TYPES.map((type) => ({ type })),
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'documentType',
      title: 'Type of the translated document',
      type: 'string',
      description: 'Set when the translation is started from its document; decides which fields show below.',
      options: { list: TRANSLATABLE_TYPES.map((value) => ({ value, title: value })) },
      readOnly: ({ value }) => Boolean(value),
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      description: 'As the glossary (lib/i18n/glossary.ts) writes it.',
      hidden: forTypesWith('name'),
      validation: (rule) => rule.max(200),
    }),
    defineField({ name: 'shortName', title: 'Short name', type: 'string', description: 'As the glossary writes it; used in page titles.', hidden: forTypesWith('shortName'), validation: (rule) => rule.max(120) }),
    defineField({ name: 'title', title: 'Title', type: 'string', description: 'The same facts as the English title; proper names as the glossary writes them.', hidden: forTypesWith('title'), validation: (rule) => rule.max(300) }),
    defineField({ name: 'shortTitle', title: 'Short title', type: 'string', description: 'A few words, for lists and links.', hidden: forTypesWith('shortTitle'), validation: (rule) => rule.max(120) }),
    text('tagline', 'Tagline', 'One sentence under the Center’s name.', 2, 300),
    text('mission', 'Mission', 'The paragraph on the home page.', 5, 1200),
    text('metaDescription', 'Description for search engines', 'About 150 characters.', 2, 200),
    text('summary', 'Summary', 'The same facts as the English summary, in the translation’s words.', 4, 1200),
    text('explanation', 'Explanation', 'What the component asks of a city, in plain words.', 3, 600),
    text('text', 'Action', 'The pledge, translated from the plan’s wording.', 4, 1000),
    text('description', 'Description', 'The English description, translated: the same facts, names and dates.', 4, 1200),
    defineField({ name: 'place', title: 'Where', type: 'string', description: 'Where it happened, as the English says it (a place’s proper name as the glossary writes it).', hidden: forTypesWith('place'), validation: (rule) => rule.max(200) }),
    text('statusNote', 'Status note', 'Why it is planned, or what it waits for.', 2, 400),
    text(
      'quoteTranslation',
      'Translation of the quote',
      'The mayor’s words stay in the English document exactly as spoken; this is their translation, shown beside them and marked as one.',
      5,
      3000,
    ),
    defineField({
      name: 'body',
      title: 'Text',
      type: 'portableText',
      description: 'The section’s text. Left empty, the English text shows, marked as English.',
      hidden: forTypesWith('body'),
    }),
    defineField({
      name: 'keyFacts',
      title: 'Key facts',
      type: 'array',
      description: 'The figure and its label, for each key fact of the English section (the source stays the English one).',
      hidden: forTypesWith('keyFacts'),
      of: [
        defineArrayMember({
          type: 'object',
          name: 'translatedFact',
          fields: [
            defineField({
              name: 'factKey',
              title: 'Fact',
              type: 'string',
              description: 'The key of the English fact it translates.',
              validation: (rule) => rule.required(),
            }),
            defineField({ name: 'value', title: 'Figure', type: 'string', description: 'The same figure as the English fact, in words: "más de 120".', validation: (rule) => rule.required().max(60) }),
            defineField({ name: 'label', title: 'What it counts', type: 'string', description: 'The English label, translated.', validation: (rule) => rule.required().max(200) }),
          ],
          preview: { select: { title: 'value', subtitle: 'label' } },
        }),
      ],
    }),
  ],
  preview: {
    select: { language: 'language', type: 'documentType', title: 'title', name: 'name', text: 'text', target: 'document.title' },
    prepare: ({ language, type, title, name, text, target }) => ({
      title: title || name || text || target || 'Translation',
      subtitle: `${String(language ?? '').toUpperCase()} · ${type ?? ''}${target ? ` · of “${target}”` : ''}`,
    }),
  },
})

