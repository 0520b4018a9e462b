/**
 * Counts with their nouns by each language's plural rules (Intl.PluralRules): "1 result",
 * "12 results"; "1 resultado", "12 resultados". A noun gives its forms by plural category; `other`
 * is required, `one` is used when the rules say so (Spanish and English: exactly 1).
 */
import { formatNumberIn } from './format'
import { INTL_LOCALE, type Lang } from './locales'

export type PluralForms = { one: string; other: string }

const rules = new Map<Lang, Intl.PluralRules>()

function ruleFor(lang: Lang): Intl.PluralRules {
  let rule = rules.get(lang)
  if (!rule) rules.set(lang, (rule = new Intl.PluralRules(INTL_LOCALE[lang])))
  return rule
}

/** The noun's form for n: forms.one when n is singular in `lang`, else forms.other. */
export function pluralForm(lang: Lang, n: number, forms: PluralForms): string {
  return ruleFor(lang).select(n) === 'one' ? forms.one : forms.other
}

/** "12 prácticas", "1,408 results": the number in the language's conventions, then its noun. */
export function countIn(lang: Lang, n: number, forms: PluralForms): string {
  return `${formatNumberIn(lang, n)} ${pluralForm(lang, n, forms)}`
}
