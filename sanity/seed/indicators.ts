/**
 * The indicators of the Conference's "Measures of Racial Disparities" page that the Center carries,
 * as data: one document each, in the page's order.
 *
 * Facts: facts/racial-disparities.yaml. Only part of that page could be read: the
 * 7 indicators of "Early Childhood" and the first 2 of "Education" (the second cut off). Measures,
 * units, group names, values and the sources the page names are carried exactly; no indicator
 * states a year, so none is given. Sections after "Education" are not invented.
 */
import type { FIGURE_UNIT_VALUES } from '../../lib/domain/vocabulary'
import { ID, link, slug, type SeedDoc } from './lib'

type FigureUnit = (typeof FIGURE_UNIT_VALUES)[number]

export const MEASURES_PAGE = 'https://www.usmayors.org/measures-of-racial-disparities/'

type IndicatorFact = {
  /** The facts file's id, kept as the slug. */
  id: string
  section: string
  measure: string
  unitLabel: string
  unit: FigureUnit
  groups: [string, number][]
  sourceName?: string
  note?: string
  partialNote?: string
}

const INDICATORS: readonly IndicatorFact[] = [
  {
    id: 'early-childhood-1',
    section: 'Early Childhood',
    measure: 'infant mortality rate, by race/ethnicity of mother',
    unitLabel: 'infant deaths per 1,000 births',
    unit: 'rate',
    groups: [
      ['non-Hispanic Black mothers', 11.4],
      ['Native American mothers', 9.4],
      ['white mothers', 4.9],
    ],
    note: 'The page describes the rates as much higher in minority communities.',
    sourceName: 'CDC',
  },
  {
    id: 'early-childhood-2',
    section: 'Early Childhood',
    measure: 'preterm birth rate, by race of mother',
    unitLabel: 'percent of births',
    unit: 'percent',
    groups: [
      ['Black mothers', 13.8],
      ['white mothers', 9.1],
    ],
    sourceName: 'March of Dimes',
  },
  {
    id: 'early-childhood-3',
    section: 'Early Childhood',
    measure: 'childhood obesity prevalence, by race/ethnicity',
    unitLabel: 'percent of children',
    unit: 'percent',
    groups: [
      ['children of American Indians and/or Native Alaskans', 31.2],
      ['non-Hispanic Black children', 20.8],
      ['Hispanic children', 22.0],
      ['white children', 15.9],
      ['Asian children', 12.8],
    ],
    note: 'The groups are listed in the page\u2019s order.',
    sourceName: 'American Academy of Pediatrics',
  },
  {
    id: 'early-childhood-4',
    section: 'Early Childhood',
    measure: 'children living in poverty, by race/ethnicity',
    unitLabel: 'percent of children',
    unit: 'percent',
    groups: [
      ['Black children', 26],
      ['Hispanic children', 24],
      ['white children', 10],
    ],
    sourceName: 'Pew Research Center',
  },
  {
    id: 'early-childhood-5',
    section: 'Early Childhood',
    measure: 'children living in a single-parent household, by race/ethnicity',
    unitLabel: 'percent of children',
    unit: 'percent',
    groups: [
      ['Black children', 54],
      ['Hispanic children', 29],
      ['white children', 19],
      ['Asian children', 13],
    ],
    sourceName: 'Pew Research Center',
  },
  {
    id: 'early-childhood-6',
    section: 'Early Childhood',
    measure: 'children without health insurance, by race/ethnicity',
    unitLabel: 'percent of children',
    unit: 'percent',
    groups: [
      ['Hispanic children', 7.7],
      ['white children', 4.1],
      ['Black children', 4],
      ['Asian children', 3.8],
    ],
    sourceName: 'CDC',
  },
  {
    id: 'early-childhood-7',
    section: 'Early Childhood',
    measure: 'children with private health insurance, by race/ethnicity',
    unitLabel: 'percent of children',
    unit: 'percent',
    groups: [
      ['white children', 69],
      ['Asian children', 70.8],
      ['Black children', 36.3],
      ['Hispanic children', 34.8],
    ],
    note: 'The page describes white and Asian children as almost twice as likely as Black and Hispanic children to have private coverage.',
    sourceName: 'CDC',
  },
  {
    id: 'education-1',
    section: 'Education',
    measure: 'students attending schools with 75% minority enrollment, by race/ethnicity',
    unitLabel: 'percent of students',
    unit: 'percent',
    groups: [
      ['Black students', 58],
      ['Hispanic students', 60],
      ['Asian students', 39],
      ['white students', 6],
    ],
    note: 'The page says schools \u201chaving 75% minority enrollment\u201d, without \u201cat least\u201d.',
    sourceName: 'National Center for Education Statistics',
  },
  {
    id: 'education-2',
    section: 'Education',
    measure: 'school size and class size, predominantly minority vs. predominantly white schools',
    unitLabel: 'times the average size of predominantly white schools',
    unit: 'times',
    groups: [['predominantly minority schools vs. predominantly white schools (average size)', 2]],
    note: 'The page says predominantly minority schools are twice as large, on average.',
    partialNote:
      'The class-size figure (it begins with \u201c80%\u201d) and the source the page names for this indicator could not be read.',
  },
]

const PUBLISHED_IN = link('Measures of Racial Disparities', MEASURES_PAGE, 'U.S. Conference of Mayors')

export function indicatorDocuments(): SeedDoc[] {
  return INDICATORS.map((indicator, index) => ({
    _id: ID.indicator(indicator.id),
    _type: 'disparityIndicator',
    measure: indicator.measure,
    slug: slug(indicator.id),
    section: indicator.section,
    order: index + 1,
    unitLabel: indicator.unitLabel,
    unit: indicator.unit,
    groups: indicator.groups.map(([group, value]) => ({ group, value })),
    sourceName: indicator.sourceName,
    note: indicator.note,
    partial: Boolean(indicator.partialNote),
    partialNote: indicator.partialNote,
    publishedIn: PUBLISHED_IN,
  }))
}
