/**
 * Spanish analysis for the finder on /es/best-practices: stop words and a light stemmer.
 *
 * The stemmer is the "light" Spanish stemmer of Jacques Savoy (the one Lucene ships as
 * SpanishLightStemFilter): it removes the plural and the gender endings and nothing else, so
 * "policía" and "policías" become "polici", "exploradores" and "exploradora" become "explorador",
 * "mentales" becomes "mental", "luces" becomes "luz", and "acción" and "acciones" both become
 * "accion". A light stemmer merges fewer unrelated words than an aggressive one (Snowball's merges
 * "general" and "generación"), which suits a finder whose every word must match.
 *
 * Words are folded first (lowercase, accents removed: lib/search/text.ts), so the stemmer sees
 * "policia"; a query typed without accents ("policia", "accion") finds the accented words.
 */

/**
 * Words too common to tell documents apart (articles, prepositions, conjunctions, pronouns and the
 * commonest forms of "ser", "estar", "haber"), folded: dropped from Spanish text and queries.
 */
export const SPANISH_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a al algo algunas algunos ante antes como con contra cual cuando de del desde donde durante e el ella ellas ' +
    'ellos en entre era eran es esa esas ese eso esos esta estaba estan estar estas este esto estos fue fueron ' +
    'ha han hasta hay la las le les lo los mas me mi mis mucho muy ni no nos nosotros o os otra otras otro otros ' +
    'para pero poco por porque que quien quienes se sea ser si sido sin sobre son su sus tambien tanto te tiene ' +
    'tienen todo todos tu tus u un una unas uno unos usted ustedes y ya yo'
  ).split(' '),
)

/** The stem of a folded Spanish word (lowercase, no accents): its plural and gender endings removed. */
export function spanishStem(word: string): string {
  const n = word.length
  if (n < 5) return word
  const last = word[n - 1]
  if (last === 'o' || last === 'a' || last === 'e') return word.slice(0, -1)
  if (last === 's') {
    const b = word[n - 2]
    // "-eses" loses "es" ("franceses" → "frances"); "-ces" becomes "z" ("luces" → "luz").
    if (word.endsWith('eses')) return word.slice(0, -2)
    if (word.endsWith('ces')) return `${word.slice(0, -3)}z`
    if (b === 'o' || b === 'a' || b === 'e') return word.slice(0, -2)
  }
  return word
}
