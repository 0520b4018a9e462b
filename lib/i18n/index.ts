import type { Dictionary } from './en'
import { en } from './en'
import { es } from './es'
import type { Lang } from './locales'

export const DICTIONARIES: Record<Lang, Dictionary> = { en, es }

export function dictionary(lang: Lang): Dictionary {
  return DICTIONARIES[lang]
}

export type { Dictionary } from './en'
export * from './locales'
export * from './format'
