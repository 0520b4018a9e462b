/**
 * The glossary of proper names: how the site writes each name of an institution, program or document
 * in Spanish. Every Spanish text on the site (the dictionary in ./es.ts, the translations in
 * sanity/seed/translations.ts) follows it; tests/unit/i18n.test.ts checks that a translation whose
 * English text has a name uses its Spanish form. Names no entry lists stay as they are in English
 * (people, cities, companies, ADL, UNESCO).
 *
 * `keep: true` marks a name that stays in English in Spanish text too (with lang="en" where it stands
 * alone): the name of a body that exists only in English.
 */
export type GlossaryEntry = { en: string; es: string; note?: string }

export const GLOSSARY = {
  center: {
    en: 'Mayors and Business Leaders Center for Compassionate and Equitable Cities',
    es: 'Centro de Alcaldes y Líderes Empresariales para Ciudades Compasivas y Equitativas',
    note: 'The Center’s current name. Short form: el Centro.',
  },
  centerShort: { en: 'Center for Compassionate and Equitable Cities', es: 'Centro para Ciudades Compasivas y Equitativas' },
  centerFormer: {
    en: 'Mayors and Business Leaders Center for Inclusive and Compassionate Cities',
    es: 'Centro de Alcaldes y Líderes Empresariales para Ciudades Inclusivas y Compasivas',
    note: 'The name at the 2018 launch.',
  },
  centerOriginal: { en: 'Center for Inclusive and Compassionate Cities', es: 'Centro para Ciudades Inclusivas y Compasivas', note: 'The original title, 2018.' },
  conference: { en: 'U.S. Conference of Mayors', es: 'Conferencia de Alcaldes de los Estados Unidos', note: 'Short form: la Conferencia.' },
  compactFull: {
    en: 'Mayors’ Compact to Combat Hate, Extremism and Bigotry',
    es: 'Pacto de los Alcaldes para Combatir el Odio, el Extremismo y la Intolerancia',
  },
  compact: { en: 'Mayors’ Compact', es: 'Pacto de los Alcaldes', note: 'Short form: el Pacto.' },
  coalition: {
    en: 'U.S. Coalition of Cities against Racism and Discrimination',
    es: 'Coalición de Ciudades de los Estados Unidos contra el Racismo y la Discriminación',
    note: 'Short form: la Coalición.',
  },
  plan: { en: '10-Point Plan of Action', es: 'Plan de Acción de 10 Puntos' },
  iccar: {
    en: 'International Coalition of Inclusive and Sustainable Cities',
    es: 'Coalición Internacional de Ciudades Inclusivas y Sostenibles',
    note: 'ICCAR keeps its acronym.',
  },
  immigrants: { en: 'Support for Immigrants and Minorities', es: 'Apoyo a Inmigrantes y Minorías', note: 'The Center’s section.' },
  adl: { en: 'Anti-Defamation League', es: 'Liga Antidifamación', note: 'ADL keeps its acronym.' },
  stateDepartment: { en: 'Department of State', es: 'Departamento de Estado' },
  grantProgram: { en: 'Police Reform and Racial Justice Grant Program', es: 'Programa de Subvenciones para la Reforma Policial y la Justicia Racial' },
  grantProgramRenamed: {
    en: 'Police Reform and Equitable Justice Grant Program',
    es: 'Programa de Subvenciones para la Reforma Policial y la Justicia Equitativa',
    note: 'The grant program’s name from 2023.',
  },
  eji: { en: 'Equal Justice Initiative', es: 'Equal Justice Initiative', note: 'Kept in English: the organization’s own name.' },
} as const satisfies Record<string, GlossaryEntry>

export type GlossaryKey = keyof typeof GLOSSARY

/** The Spanish form of a proper name. */
export function es(key: GlossaryKey): string {
  return GLOSSARY[key].es
}

/** The glossary's Spanish form of an English proper name, or null when the glossary has none. */
export function spanishNameOf(english: string): string | null {
  const entry = Object.values(GLOSSARY).find((e: GlossaryEntry) => e.en === english.trim())
  return entry ? entry.es : null
}
