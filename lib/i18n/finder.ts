/**
 * The finder's words in each language (components/finder). Counts follow each language's plural
 * rules (./plural.ts); the classification words are in ./vocabulary.ts. The finder's addresses are
 * the same in both languages (lib/search/url.ts): only the words change.
 */
import type { DatePrecision } from './format'
import type { SearchAward, SearchLabel } from '../search/documents'
import { formatDate } from './format'
import type { Lang } from './locales'
import { formatCount, type PluralForms } from './format'
import { publicationKindIn } from './vocabulary'

export interface FinderWords {
  /** The finder's name for assistive technology (its region). */
  heading: string
  /** The one sentence between the page's heading and the search field. */
  lead: string
  formLabel: string
  searchLabel: string
  searchHint: string
  search: string
  result: PluralForms
  skipFilters: (count: string) => string
  filter: string
  filterHint: string
  apply: string
  clearAll: string
  map: string
  of: (n: string) => string
  forWords: (q: string) => string
  or: string
  pageOf: (page: string, count: string) => string
  showing: (from: string, to: string, page: string, count: string, relevance: boolean) => string
  noneWithFilters: string
  moreCities: (n: number) => string
  chosen: (n: string) => string
  resultsSr: PluralForms
  yourSearch: string
  words: (q: string) => string
  remove: string
  empty: {
    nothing: string
    tryInstead: string
    spelling: string
    removeFilter: string
    clear: string
    clearRest: string
  }
  suggestion: {
    withoutWords: (q: string) => string
    remove: (labels: string) => string
    instead: (label: string) => string
    onlyWord: (word: string) => string
  }
  pagination: { label: string; previous: string; next: string; page: string; pageSr: string }
  card: { compact: string; topics: string; mayor: (name: string) => string; inEnglish: string; award: (award: SearchAward) => string }
  label: (label: SearchLabel) => string
  componentFallback: (n: string) => string
}

const en: FinderWords = {
  heading: 'Find what cities have done',
  lead: 'Search what cities have done: best practices cities have shared, mayors’ statements, the programs that won the Center’s grants, and resources from partner organizations.',
  formLabel: 'Find best practices, statements, awards and resources',
  searchLabel: 'Search words',
  searchHint: 'For example: co-responder, youth, hate crimes, a city or a state',
  search: 'Search',
  result: { one: 'result', other: 'results' },
  skipFilters: (count) => `Skip the filters: go to the ${count}`,
  filter: 'Filter',
  filterHint: 'Choose as many as you like. The numbers say how many results each choice gives.',
  apply: 'Apply filters',
  clearAll: 'Clear all',
  map: 'See the cities on a map',
  of: (n) => ` of ${n}`,
  forWords: (q) => `for “${q}”`,
  or: ' or ',
  pageOf: (page, count) => `Page ${page} of ${count}`,
  showing: (from, to, page, count, relevance) =>
    `Showing ${from}–${to} (page ${page} of ${count})${relevance ? ', most relevant first' : ', best practices first, newest first'}.`,
  noneWithFilters: 'None with the other filters.',
  moreCities: (n) => `${formatCount('en', n, { one: 'more city has', other: 'more cities have' })} results: choose a state, or search for the city’s name.`,
  chosen: (n) => `(${n} chosen)`,
  resultsSr: { one: 'result', other: 'results' },
  yourSearch: 'Your search',
  words: (q) => `Words: “${q}”`,
  remove: '(remove)',
  empty: {
    nothing: 'Nothing matches this search yet.',
    tryInstead: 'Try instead:',
    spelling: 'Check the spelling, or use fewer or broader words (“police” rather than “police oversight board”).',
    removeFilter: 'Remove a filter: every count beside a box tells how many results that choice would give.',
    clear: 'Clear the search',
    clearRest: ' and browse everything.',
  },
  suggestion: {
    withoutWords: (q) => `All results for your filters, without the words “${q}”`,
    remove: (labels) => `Remove ${labels}`,
    instead: (label) => `${label} instead`,
    onlyWord: (word) => `Only the word “${word}”`,
  },
  pagination: { label: 'Pages of results', previous: 'Previous', next: 'Next', page: ' page', pageSr: 'Page ' },
  card: {
    compact: 'Compact:',
    topics: 'Topics: ',
    mayor: (name) => `Mayor ${name}`,
    inEnglish: '',
    award: (a) =>
      `${a.winner ? `Won a ${a.year} police reform grant` : `Honorable mention, ${a.year} police reform grants`}${a.tier ? ` (${{ small: 'small', 'mid-size': 'mid-size', large: 'large' }[a.tier]} cities)` : ''}`,
  },
  label: (l) => labelIn('en', l),
  componentFallback: (n) => `Component ${n}`,
}

const es: FinderWords = {
  heading: 'Busque lo que han hecho las ciudades',
  lead: 'Busque lo que han hecho las ciudades: las buenas prácticas que han compartido, las declaraciones de alcaldes, los programas que ganaron las subvenciones del Centro y los recursos de organizaciones aliadas.',
  formLabel: 'Buscar buenas prácticas, declaraciones, subvenciones y recursos',
  searchLabel: 'Palabras de búsqueda',
  searchHint: 'Por ejemplo: salud mental, jóvenes, crímenes de odio, una ciudad o un estado',
  search: 'Buscar',
  result: { one: 'resultado', other: 'resultados' },
  skipFilters: (count) => `Saltar los filtros: ir a los ${count}`,
  filter: 'Filtrar',
  filterHint: 'Elija todas las opciones que quiera. Los números indican cuántos resultados da cada opción.',
  apply: 'Aplicar filtros',
  clearAll: 'Borrar todo',
  map: 'Ver las ciudades en un mapa (en inglés)',
  of: (n) => ` de ${n}`,
  forWords: (q) => `para «${q}»`,
  or: ' o ',
  pageOf: (page, count) => `Página ${page} de ${count}`,
  showing: (from, to, page, count, relevance) =>
    `Se muestran ${from}–${to} (página ${page} de ${count})${relevance ? ', los más pertinentes primero' : ', primero las buenas prácticas, de la más reciente a la más antigua'}.`,
  noneWithFilters: 'Ninguno con los demás filtros.',
  moreCities: (n) =>
    `${n === 1 ? 'Otra ciudad tiene' : `Otras ${formatCount('es', n, { one: 'ciudad', other: 'ciudades' })} tienen`} resultados: elija un estado o busque el nombre de la ciudad.`,
  chosen: (n) => `(${n} ${n === '1' ? 'elegido' : 'elegidos'})`,
  resultsSr: { one: 'resultado', other: 'resultados' },
  yourSearch: 'Su búsqueda',
  words: (q) => `Palabras: «${q}»`,
  remove: '(quitar)',
  empty: {
    nothing: 'Todavía no hay nada que coincida con esta búsqueda.',
    tryInstead: 'Pruebe en cambio:',
    spelling: 'Revise la ortografía, o use menos palabras o palabras más generales («policía» en lugar de «junta de supervisión policial»). Algunos textos solo están en inglés: pruebe también en inglés.',
    removeFilter: 'Quite un filtro: el número junto a cada casilla indica cuántos resultados daría esa opción.',
    clear: 'Borre la búsqueda',
    clearRest: ' y vea todo.',
  },
  suggestion: {
    withoutWords: (q) => `Todos los resultados de sus filtros, sin las palabras «${q}»`,
    remove: (labels) => `Quitar ${labels}`,
    instead: (label) => `${label}, en cambio`,
    onlyWord: (word) => `Solo la palabra «${word}»`,
  },
  pagination: { label: 'Páginas de resultados', previous: 'Anterior', next: 'Siguiente', page: ' página', pageSr: 'Página ' },
  card: {
    compact: 'Pacto:',
    topics: 'Temas: ',
    mayor: (name) => `Alcaldía: ${name}`,
    inEnglish: '(en inglés)',
    award: (a) =>
      `${a.winner ? `Ganó una subvención de reforma policial en ${a.year}` : `Mención honorífica, subvenciones de reforma policial de ${a.year}`}${a.tier ? ` (${{ small: 'ciudades pequeñas', 'mid-size': 'ciudades medianas', large: 'ciudades grandes' }[a.tier]})` : ''}`,
  },
  label: (l) => labelIn('es', l),
  componentFallback: (n) => `Componente ${n}`,
}

function labelIn(lang: Lang, l: SearchLabel): string {
  const es = lang === 'es'
  switch (l.kind) {
    case 'started':
      return es ? `Iniciada en ${l.year}` : `Started ${l.year}`
    case 'date':
      return formatDate(lang, l.iso, l.precision as DatePrecision)
    case 'award':
      return es ? `${l.winner ? 'Ganador' : 'Mención honorífica'}, ${l.year}` : `${l.winner ? 'Winner' : 'Honorable mention'}, ${l.year}`
    case 'organization':
      return es ? 'Organización' : 'Organization'
    case 'publication':
      return publicationKindIn(lang, l.value)
  }
}

export const FINDER_WORDS: Record<Lang, FinderWords> = { en, es }
