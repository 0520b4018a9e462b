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
