/** Document types that have a page (or an anchor on one) on the public site. */
export const INTERNAL_LINK_TYPES = [
  'centerSection',
  'compactComponent',
  'bestPractice',
  'mayoralStatement',
  'organization',
  'publication',
  'report',
  'city',
  'grantRound',
] as const

/** Singleton documents: one each, fixed `_id`, no create/duplicate/delete in the Studio. */
export const SINGLETON_TYPES = ['siteSettings', 'grantProgram'] as const

/** Languages words in a text can be marked as (rich text's "Words in another language"). */
export const TEXT_LANGUAGE_CODES = ['en', 'es'] as const
export type TextLanguage = (typeof TEXT_LANGUAGE_CODES)[number]
export const TEXT_LANGUAGES: readonly { value: TextLanguage; title: string }[] = [
  { value: 'en', title: 'English' },
  { value: 'es', title: 'Spanish (Español)' },
]
