/**
 * The Center's former names as the footer gives them, in the page's language: in Spanish, the
 * glossary's form of the name and the note on when it was used, translated here. A former name whose
 * name or note has no Spanish form here is shown on English pages only (never an English note on a
 * Spanish page).
 */
import { spanishNameOf } from './glossary'
import type { Lang } from './locales'

/** Spanish forms of the notes Site settings give for the former names (`formerNames[].usage`). */
const USAGE_ES: Record<string, string> = {
  'Name at the 2018 launch': 'nombre en el lanzamiento de 2018',
  'Original title, 2018': 'título original, 2018',
}

export interface FormerName {
  name: string
  usage: string
}

/** The former names to show on a page in `lang`, in its words. */
export function formerNamesIn(lang: Lang, names: readonly FormerName[]): FormerName[] {
  if (lang === 'en') return [...names]
  return names.flatMap((f) => {
    const name = spanishNameOf(f.name)
    const usage = USAGE_ES[f.usage.trim()]
    return name && usage ? [{ name, usage }] : []
  })
}
