/**
 * The site's own classification words in each language: the finder's kinds, facets and population
 * tiers, the practice topics and publication kinds. English comes from the lists that define them
 * (lib/domain/vocabulary.ts, lib/search/vocabulary.ts); Spanish is written here, one entry per value,
 * so a value added there without its Spanish is a type error.
 */
import { PRACTICE_TOPICS, PUBLICATION_KINDS, titleOf, type PracticeTopic } from '../domain/vocabulary'
import { FACETS, FINDER_KINDS, TIERS, type FacetName, type FinderKind, type Tier } from '../search/vocabulary'
import type { Lang } from './locales'

type PublicationKind = (typeof PUBLICATION_KINDS)[number]['value']

const TOPICS_ES: Record<PracticeTopic, string> = {
  'co-responder-mental-health': 'Equipos de respuesta conjunta y salud mental',
  'alternative-civilian-response': 'Respuesta civil alternativa',
  'community-policing': 'Policía comunitaria y confianza',
  training: 'Capacitación (desescalada, sesgos, deber de intervenir)',
  'transparency-accountability': 'Transparencia y rendición de cuentas',
  diversion: 'Alternativas al proceso penal y tratamiento',
  youth: 'Desarrollo juvenil',
  homelessness: 'Personas sin hogar',
  'immigrant-inclusion': 'Inclusión de inmigrantes',
  'hate-incident-response': 'Respuesta a incidentes de odio',
  'racial-equity': 'Equidad racial',
  'community-dialogue': 'Diálogo comunitario',
}

const KINDS_ES: Record<FinderKind, { title: string; one: string }> = {
  practice: { title: 'Buenas prácticas', one: 'Buena práctica' },
  statement: { title: 'Declaraciones de alcaldes', one: 'Declaración de alcalde' },
  award: { title: 'Programas premiados con subvenciones', one: 'Subvención otorgada' },
  resource: { title: 'Recursos', one: 'Recurso' },
}

const TIERS_ES: Record<Tier, string> = {
  small: 'Menos de 100,000',
  'mid-size': 'De 100,000 a 300,000',
  large: 'Más de 300,000',
}

const FACETS_ES: Record<FacetName, string> = {
  kind: 'Tipo',
  component: 'Componente del Pacto de los Alcaldes',
  topic: 'Tema',
  tier: 'Población de la ciudad',
  state: 'Estado',
  city: 'Ciudad',
  year: 'Año',
}

const PUBLICATION_KINDS_ES: Record<PublicationKind, string> = {
  toolkit: 'Caja de herramientas',
  evaluation: 'Evaluación',
  guide: 'Guía',
  paper: 'Estudio',
  report: 'Informe',
}

export function topicTitleIn(lang: Lang, value: string): string {
  if (lang === 'es' && value in TOPICS_ES) return TOPICS_ES[value as PracticeTopic]
  return titleOf(PRACTICE_TOPICS, value)
}

/** The topics in the order the site lists them, labelled in `lang`. */
export function topicsIn(lang: Lang): { value: PracticeTopic; title: string }[] {
  return PRACTICE_TOPICS.map((t) => ({ value: t.value, title: topicTitleIn(lang, t.value) }))
}

export function kindTitleIn(lang: Lang, value: string, form: 'title' | 'one' = 'title'): string {
  if (lang === 'es' && value in KINDS_ES) return KINDS_ES[value as FinderKind][form]
  return FINDER_KINDS.find((k) => k.value === value)?.[form] ?? value
}

export function tierTitleIn(lang: Lang, value: string): string {
  if (lang === 'es' && value in TIERS_ES) return TIERS_ES[value as Tier]
  return TIERS.find((t) => t.value === value)?.title ?? value
}

export function facetTitleIn(lang: Lang, name: FacetName): string {
  return lang === 'es' ? FACETS_ES[name] : (FACETS.find((f) => f.name === name)?.title ?? name)
}

export function publicationKindIn(lang: Lang, value: string): string {
  if (lang === 'es' && value in PUBLICATION_KINDS_ES) return PUBLICATION_KINDS_ES[value as PublicationKind]
  return titleOf(PUBLICATION_KINDS, value)
}
