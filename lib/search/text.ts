/**
 * How the finder turns text into search terms: lowercase, accents removed ("José" finds "Jose"),
 * common English words dropped, and each word reduced to its stem by the Porter algorithm (the
 * `stemmer` package), so "trainings", "trained" and "training" all become "train", and "policing"
 * and "police" both become "polic".
 *
 * Documents index each word's stem and, when it differs, the whole word as well ("training" and
 * "train"): a query is searched by its stems, and the whole words give typo tolerance something to
 * match, since a typo often breaks the stem ("trainng" is one letter from "training", two from "train").
 */
import { stemmer } from 'stemmer'
import { SPANISH_STOP_WORDS, spanishStem } from './spanish'

/** The languages the finder analyzes: English (Porter) and Spanish (a light stemmer, ./spanish.ts). */
export type SearchLang = 'en' | 'es'

/** Words too common to tell documents apart; dropped from documents and queries. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by for from has have he her his i if in into is it its of on or our ' +
    'she so than that the their them then there these they this those to was we were what when where which ' +
    'who will with you your'
  ).split(' '),
)

/** Splits text into words on spaces, punctuation and symbols (apostrophes too: "city’s" gives "city" and "s"). */
export const SPLIT = /[\s\p{P}\p{S}]+/u

/** Lowercase, without diacritics. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase()
}

type Analyzed = { word: string; stem: string } | null

/** Words already processed, per language: a corpus repeats its words, and stemming is the costly part of indexing. */
const memo: Record<SearchLang, Map<string, Analyzed>> = { en: new Map(), es: new Map() }
const MEMO_LIMIT = 200_000

const STOPS: Record<SearchLang, ReadonlySet<string>> = { en: STOP_WORDS, es: SPANISH_STOP_WORDS }
const STEM: Record<SearchLang, (word: string) => string> = { en: stemmer, es: spanishStem }

/** A word as `lang` analyzes it: folded, and its stem; null for stop words and single letters. */
export function analyzeIn(lang: SearchLang, raw: string): Analyzed {
  const seen = memo[lang]
  let result = seen.get(raw)
  if (result === undefined) {
    const word = fold(raw)
    result = word.length < 2 || STOPS[lang].has(word) ? null : { word, stem: /\d/.test(word) ? word : STEM[lang](word) }
    if (seen.size >= MEMO_LIMIT) seen.clear()
    seen.set(raw, result)
  }
  return result
}

const analyze = (raw: string) => analyzeIn('en', raw)

/** Whether a folded word is a stop word of `lang`. */
export function isStopWord(lang: SearchLang, folded: string): boolean {
  return STOPS[lang].has(folded)
}

/** A document's word as `lang` indexes it: its stem, and the whole word when different. */
export function indexTermsIn(lang: SearchLang, raw: string): string[] | null {
  const a = analyzeIn(lang, raw)
  if (!a) return null
  return a.word === a.stem ? [a.stem] : [a.stem, a.word]
}

/**
 * A query's word as searched (MiniSearch's search-time `processTerm`): its stem, or null to drop
 * it (stop words, single letters). Digits are kept as they are ("911").
 */
export function processTerm(raw: string): string | null {
  return analyze(raw)?.stem ?? null
}

/** A document's word as indexed (MiniSearch's index-time `processTerm`): its stem, and the whole word when different. */
export function processIndexTerm(raw: string): string[] | null {
  return indexTermsIn('en', raw)
}

/** The words of a query as searched, in order, without the dropped ones. */
export function searchTerms(text: string): string[] {
  return text
    .split(SPLIT)
    .map(processTerm)
    .filter((t): t is string => Boolean(t))
}
