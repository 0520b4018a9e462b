/**
 * Cities and the people tied to them: every city named in the Center's sources, each with its 2020
 * population, map location, the mayors the sources name, and the pages those facts come from.
 *
 * Facts: facts/cities.yaml (population, coordinates, mayors seen in 2019-2025 pages),
 * grant-program.yaml (mayors named with grant awards) and the Center's own pages (the 2019 statement
 * mayors, the Conference presidents and the working group on systemic racism).
 */
import type { StateCode } from '../../lib/domain/states'
import { slugify } from '../../schemas/lib/validation'
import { geopoint, ID, link, ref, slug, type SeedDoc } from './lib'

// --- Sources used for people's roles beyond their city (the rest are listed city by city below) ---
const CENTER_PAGE = 'https://www.usmayors.org/programs/mayors-and-business-leaders-center-for-compassionate-and-equitable-cities/'
const SYSTEMIC_RACISM_PAGE =
  'https://www.usmayors.org/programs/mayors-and-business-leaders-center-for-compassionate-and-equitable-cities/dismantling-systemic-racism/'
const CENTER_GRANT_PAGE =
  'https://www.usmayors.org/programs/mayors-and-business-leaders-center-for-compassionate-and-equitable-cities/police-reform-and-equitable-justice-grant-program'

type MayorFact = {
  name: string
  /** Only where the `_id` convention fixes another slug than slugify(name). */
  slug?: string
  /** As the sources state it. */
  period?: string
  /** The page that names this person as mayor. */
  src?: string
  /** Added to "Mayor of <city>" in the person's role. */
  roleExtra?: string
  bio?: string
  /** The person's own source, when it differs from `src`. */
  personSrc?: string
}

type AltPopulation = { value: number; src: string; note?: string }

type CityFact = {
  name: string
  state: StateCode
  lat: number
  lng: number
  /** 2020 U.S. Census count as the source states it. */
  population: number
  populationSrc: string
  coordsSrc: string
  /** How the coordinates were read from `coordsSrc`, e.g. converted from degrees-minutes-seconds. */
  coordsHow?: string
  /** Another page that gives other coordinates. */
  altCoords?: { lat: number; lng: number; src: string }
  populationNote?: string
  /** Pages cited inside `populationNote`. */
  noteSources?: { what: string; url: string }[]
  populationAlt?: AltPopulation[]
  /** The page that settles which state the city is in. */
  stateSrc?: string
  /** Most recent first. The first one is marked as the most recent mayor on record. */
  mayors?: MayorFact[]
}

/** All 37 cities of cities.yaml, in its order. */
export const CITIES: readonly CityFact[] = [
  {
    name: 'Stockton', state: 'CA', lat: 37.9756, lng: -121.3008, population: 320804,
    populationSrc: 'https://en.wikipedia.org/wiki/Stockton,_California',
    coordsSrc: 'https://en.wikipedia.org/wiki/Stockton,_California',
    mayors: [
      { name: 'Kevin J. Lincoln II', period: 'later', src: 'https://en.wikipedia.org/wiki/Stockton,_California' },
      {
        name: 'Michael Tubbs', period: '2019',
        bio: 'Described Stockton as a city built by immigrants that welcomes them; the City produced a Resource Guide for Immigrant Stocktonians.',
      },
    ],
  },
  {
    name: 'Washington', state: 'DC', lat: 38.9047, lng: -77.0164, population: 689545,
    populationSrc: 'https://citypopulation.de/en/usa/districtofcolumbia/',
    coordsSrc: 'https://en.wikipedia.org/wiki/Washington,_D.C.',
    populationNote:
      'The population source (citypopulation.de) also lists the Washington city row as 689,546 (rebased); newsbreak.com gives 689,545.',
    mayors: [
      {
        name: 'Muriel Bowser', period: '2019', src: 'https://en.wikipedia.org/wiki/Washington,_D.C.',
        bio: 'Said that, regardless of immigration status, immigrants in DC are valued members of the community; her website lists services and resources available to immigrants.',
      },
    ],
  },
  {
    name: 'Rochester', state: 'MN', lat: 44.0234, lng: -92.463, population: 121395,
    populationSrc: 'https://en.wikipedia.org/wiki/Rochester,_Minnesota',
    coordsSrc: 'https://en.wikipedia.org/wiki/Rochester,_Minnesota',
    populationAlt: [
      {
        value: 119862, note: 'KIMT report of the 2020 Census release',
        src: 'https://www.kimt.com/content/news/2020-Census-data-reveals-population-increase-for-Rochester-575073791.html?ref=791',
      },
    ],
    mayors: [
      {
        name: 'Kim Norton', period: '2019',
        src: 'https://www.kimt.com/content/news/2020-Census-data-reveals-population-increase-for-Rochester-575073791.html?ref=791',
        bio: 'With Police Chief Jim Franklin, issued a statement on July 11, 2019, in response to threatened ICE raids.',
      },
    ],
  },
  {
    name: 'Evanston', state: 'IL', lat: 42.0464, lng: -87.6947, population: 78110,
    populationSrc: 'https://www.census.gov/quickfacts/table/PST045216/1724582,17',
    coordsSrc: 'https://en.wikipedia.org/wiki/Evanston,_Illinois',
    mayors: [
      {
        name: 'Daniel Biss', period: 'later',
        src: 'https://en.wikipedia.org/wiki/Evanston,_Illinois',
      },
      {
        name: 'Stephen Hagerty', period: '2019',
        bio: 'Issued statements in June, in English and in Spanish, and in July about expected ICE activity.',
      },
    ],
  },
  {
    name: 'Nashville', state: 'TN', lat: 36.1622, lng: -86.7744, population: 689447,
    populationSrc: 'https://en.wikipedia.org/wiki/Nashville,_Tennessee',
    coordsSrc: 'https://simple.wikipedia.org/wiki/Nashville,_Tennessee',
    populationNote:
      '689,447 is the "balance" figure (the city proper); the consolidated Nashville-Davidson figure on the same page is 715,884.',
    mayors: [
      { name: "Freddie O'Connell", period: 'later', src: 'https://simple.wikipedia.org/wiki/Nashville,_Tennessee' },
      { name: 'John Cooper', src: 'https://simple.wikipedia.org/wiki/Nashville,_Tennessee' },
      {
        name: 'David Briley', period: '2019',
        bio: 'Published a Spanish-language public service announcement with English subtitles on July 12, 2019, and issued a statement to the immigrant community on July 22, 2019.',
      },
    ],
  },
  {
    name: 'Santa Fe', state: 'NM', lat: 35.6672, lng: -105.9644, population: 87505,
    populationSrc: 'https://en.wikipedia.org/wiki/Santa_Fe,_New_Mexico',
    coordsSrc: 'https://en.wikipedia.org/wiki/Santa_Fe,_New_Mexico',
    mayors: [
      {
        name: 'Alan Webber', period: '2019', src: 'https://en.wikipedia.org/wiki/Santa_Fe,_New_Mexico',
        bio: 'Called the threatened coordinated nationwide ICE raids fundamentally un-American and antithetical to the city\u2019s values.',
      },
    ],
  },
  {
    name: 'Columbia', state: 'SC', lat: 34.0006, lng: -81.0347, population: 136632,
    populationSrc: 'https://en.wikipedia.org/wiki/Columbia,_South_Carolina',
    coordsSrc: 'https://en.wikipedia.org/wiki/Columbia,_South_Carolina',
    mayors: [
      { name: 'Daniel Rickenmann', period: 'later', src: 'https://en.wikipedia.org/wiki/Columbia,_South_Carolina' },
      {
        name: 'Steve Benjamin', period: '2018 (USCM President)',
        src: 'https://en.wikipedia.org/wiki/Columbia,_South_Carolina',
        roleExtra: 'President of the U.S. Conference of Mayors (2018)',
        bio: 'As President of the U.S. Conference of Mayors, announced plans for the Center in his inaugural address in Columbia on May 7, 2018, and again on June 9, 2018, in his President\u2019s Address at the 86th Annual Meeting in Boston; formally launched the Center at a November 13-14, 2018 Conference event in Montgomery, AL.',
        personSrc: CENTER_PAGE,
      },
    ],
  },
  {
    name: 'Louisville', state: 'KY', lat: 38.2561, lng: -85.7514, population: 633045,
    populationSrc: 'https://en.wikipedia.org/wiki/Louisville,_Kentucky',
    coordsSrc: 'https://en.wikipedia.org/wiki/Louisville,_Kentucky',
    populationNote:
      '633,045 is the Louisville Metro "balance" figure shown in the infobox; all of Jefferson County was 782,969 in 2020, per the German-language Wikipedia article on Jefferson County.',
    mayors: [
      { name: 'Craig Greenberg', period: 'later', src: 'https://en.wikipedia.org/wiki/Louisville,_Kentucky' },
      {
        name: 'Greg Fischer', period: '2020 (USCM President)',
        src: 'https://en.wikipedia.org/wiki/Louisville,_Kentucky',
        roleExtra: 'President of the U.S. Conference of Mayors (from July 1, 2020)',
        bio: 'As Vice President of the Conference, briefed mayors on the Center\u2019s plans for the year at the 2020 Leadership Meeting in Orlando in February 2020. On becoming President on July 1, 2020, launched \u201cAn American Breakthrough,\u201d whose working groups of mayors included one on dismantling systemic racism.',
        personSrc: SYSTEMIC_RACISM_PAGE,
      },
    ],
  },
  {
    name: 'Atlanta', state: 'GA', lat: 33.7489, lng: -84.39, population: 498715,
    populationSrc: 'https://en.wikipedia.org/wiki/Atlanta,_Georgia',
    coordsSrc: 'https://en.wikipedia.org/wiki/Atlanta,_Georgia',
    mayors: [
      {
        name: 'Keisha Lance Bottoms', period: '2020', roleExtra: 'co-chair of the mayors\u2019 working group on systemic racism (2020)',
        bio: 'Co-chaired the Conference\u2019s mayors\u2019 working group on systemic racism with Mayors Hardie Davis, Jr. of Augusta and Christopher Cabaldon of West Sacramento.',
        personSrc: SYSTEMIC_RACISM_PAGE,
      },
    ],
  },
  {
    name: 'Augusta', state: 'GA', lat: 33.47, lng: -81.975, population: 202081,
    populationSrc: 'https://en.wikipedia.org/wiki/Augusta,_Georgia',
    coordsSrc: 'https://en.wikipedia.org/wiki/Augusta,_Georgia',
    populationNote:
      'Consolidated Augusta-Richmond County, excluding Blythe and Hephzibah. biggestuscities.com shows 201,850 for 2020 (an estimate series).',
    mayors: [
      {
        name: 'Hardie Davis, Jr.', period: '2020', roleExtra: 'co-chair of the mayors\u2019 working group on systemic racism (2020)',
        bio: 'Co-chaired the Conference\u2019s mayors\u2019 working group on systemic racism with Mayors Keisha Lance Bottoms of Atlanta and Christopher Cabaldon of West Sacramento.',
        personSrc: SYSTEMIC_RACISM_PAGE,
      },
    ],
  },
  {
    name: 'West Sacramento', state: 'CA', lat: 38.5806, lng: -121.5303, population: 53915,
    populationSrc: 'https://en.wikipedia.org/wiki/West_Sacramento,_California',
    coordsSrc: 'https://en.wikipedia.org/wiki/West_Sacramento,_California',
    mayors: [
      { name: 'Martha Guerrero', period: 'later', src: 'https://en.wikipedia.org/wiki/West_Sacramento,_California' },
      {
        name: 'Christopher Cabaldon', period: '2020', roleExtra: 'co-chair of the mayors\u2019 working group on systemic racism (2020)',
        bio: 'Co-chaired the Conference\u2019s mayors\u2019 working group on systemic racism with Mayors Keisha Lance Bottoms of Atlanta and Hardie Davis, Jr. of Augusta.',
        personSrc: SYSTEMIC_RACISM_PAGE,
      },
    ],
  },
  {
    name: 'Montgomery', state: 'AL', lat: 32.3675, lng: -86.3, population: 200603,
    populationSrc: 'https://en.wikipedia.org/wiki/Montgomery,_Alabama',
    coordsSrc: 'https://en.wikipedia.org/wiki/Montgomery,_Alabama',
    mayors: [{ name: 'Steven L. Reed', src: 'https://en.wikipedia.org/wiki/Montgomery,_Alabama' }],
  },
  {
    name: 'Birmingham', state: 'AL', lat: 33.5175, lng: -86.8094, population: 200733,
    populationSrc: 'https://en.wikipedia.org/wiki/Birmingham,_Alabama',
    coordsSrc: 'https://en.wikipedia.org/wiki/Birmingham,_Alabama',
    mayors: [{ name: 'Randall Woodfin', src: 'https://en.wikipedia.org/wiki/Birmingham,_Alabama' }],
  },
  {
    name: 'Charlottesville', state: 'VA', lat: 38.03, lng: -78.4789, population: 46553,
    populationSrc: 'https://en.wikipedia.org/wiki/Charlottesville,_Virginia',
    coordsSrc: 'https://en.wikipedia.org/wiki/Charlottesville,_Virginia',
    mayors: [{ name: 'Juandiego Wade', src: 'https://en.wikipedia.org/wiki/Charlottesville,_Virginia' }],
  },
  {
    name: 'Boston', state: 'MA', lat: 42.3581, lng: -71.0636, population: 675647,
    populationSrc: 'https://en.wikipedia.org/wiki/Boston,_Massachusetts',
    coordsSrc: 'https://en.wikipedia.org/wiki/Boston,_Massachusetts',
    populationNote: 'thegrandparadise.com also quotes the April 1, 2020 Census count as 675,647.',
  },
  {
    name: 'Orlando', state: 'FL', lat: 28.54, lng: -81.38, population: 307573,
    populationSrc: 'https://en.wikipedia.org/wiki/Orlando,_Florida',
    coordsSrc: 'https://en.wikipedia.org/wiki/Orlando,_Florida',
    mayors: [{ name: 'Buddy Dyer', src: 'https://en.wikipedia.org/wiki/Orlando,_Florida' }],
  },
  {
    name: 'San Antonio', state: 'TX', lat: 29.425, lng: -98.4939, population: 1434625,
    populationSrc: 'https://www.ksat.com/news/local/2021/08/12/bexar-county-tops-2-million-people-grew-17-over-last-decade-new-census-numbers-show/',
    coordsSrc: 'https://en.wikipedia.org/wiki/San_Antonio,_Texas',
    mayors: [
      { name: 'Gina Ortiz Jones', period: '2025', src: 'https://en.wikipedia.org/wiki/San_Antonio,_Texas' },
      {
        name: 'Ron Nirenberg', period: '2022-2023 (Chair of the Center)',
        src: 'https://www.usmayors.org/programs/police-reform-and-racial-justice-grant-program/',
        roleExtra: 'Chair of the Center (so described in January 2022 and January 2023)',
        bio: 'Described as Chair of the Mayors and Business Leaders Center for Compassionate and Equitable Cities at the Conference\u2019s Winter Meetings in January 2022 and January 2023. On January 20, 2022, recognized the mayors of the first police reform grant winners at the 2022 Winter Meeting in Washington.',
        personSrc: CENTER_GRANT_PAGE,
      },
    ],
  },
  {
    name: 'Dallas', state: 'TX', lat: 32.7792, lng: -96.8089, population: 1304379,
    populationSrc: 'https://en.wikipedia.org/wiki/Dallas,_Texas',
    coordsSrc: 'https://en.wikipedia.org/wiki/Dallas,_Texas',
    populationAlt: [
      { value: 1304442, src: 'https://www.citypopulation.de/en/usa/texas/dallas_rockwall_colli/4819000__dallas/', note: 'rebased census figure' },
    ],
    mayors: [{ name: 'Eric Johnson', period: '2021 (grant award)', src: CENTER_GRANT_PAGE }],
  },
  {
    name: 'Albuquerque', state: 'NM', lat: 35.0844, lng: -106.6503, population: 564559,
    populationSrc: 'https://simple.wikipedia.org/wiki/Albuquerque,_New_Mexico',
    coordsSrc: 'https://en.wikipedia.org/wiki/Albuquerque,_New_Mexico',
    altCoords: { lat: 35.1108, lng: -106.61, src: 'https://simple.wikipedia.org/wiki/Albuquerque,_New_Mexico' },
    mayors: [{ name: 'Tim Keller', period: '2021 (grant award)', src: CENTER_GRANT_PAGE }],
  },
  {
    name: 'Salisbury', state: 'MD', lat: 38.3658, lng: -75.6003, population: 33050,
    populationSrc: 'https://en.wikipedia.org/wiki/Salisbury,_Maryland',
    coordsSrc: 'https://en.wikipedia.org/wiki/Salisbury,_Maryland',
    mayors: [
      {
        name: 'Jacob (Jake) Day', slug: 'jake-day', period: '2021 (grant award)',
        src: 'https://en.wikipedia.org/wiki/Salisbury,_Maryland',
        bio: 'Named Jacob Day on the Center\u2019s grant program page and Jake Day in WGMD\u2019s coverage of Salisbury\u2019s 2021 grant.',
      },
    ],
  },
  {
    name: 'New Orleans', state: 'LA', lat: 29.95, lng: -90.067, population: 383997,
    populationSrc: 'https://datacenterresearch.org/data-resources/population-by-parish',
    coordsSrc: 'https://en.wikipedia.org/wiki/New_Orleans,_Louisiana',
    populationAlt: [
      { value: 383282, src: 'https://worldpopulationreview.com/us-cities/new-orleans-la-population', note: 'World Population Review\u2019s figure for the 2020 Census' },
    ],
  },
  {
    name: 'Irving', state: 'TX', lat: 32.8117, lng: -96.9508, population: 256684,
    populationSrc: 'https://en.wikipedia.org/wiki/Irving,_Texas',
    coordsSrc: 'https://en.wikipedia.org/wiki/Irving,_Texas',
    mayors: [{ name: 'Rick Stopfer', period: 'since 2017', src: 'https://en.wikipedia.org/wiki/Irving,_Texas' }],
  },
  {
    name: 'Central Falls', state: 'RI', lat: 41.8917, lng: -71.3911, population: 22583,
    populationSrc: 'https://en.wikipedia.org/wiki/Central_Falls,_Rhode_Island',
    coordsSrc: 'https://en.wikipedia.org/wiki/Central_Falls,_Rhode_Island',
    populationNote: 'The Boston Globe (August 19, 2021) reports that the 2020 count rose from 19,376 to 22,583.',
    mayors: [{ name: 'Maria Rivera', period: '2022 (grant award)', src: 'https://en.wikipedia.org/wiki/Central_Falls,_Rhode_Island' }],
  },
  {
    name: 'Arlington', state: 'TX', lat: 32.705, lng: -97.1228, population: 394266,
    populationSrc: 'https://en.wikipedia.org/wiki/Arlington,_Texas',
    coordsSrc: 'https://en.wikipedia.org/wiki/Arlington,_Texas',
    mayors: [{ name: 'Jim Ross', period: '2023 (grant award)', src: 'https://en.wikipedia.org/wiki/Arlington,_Texas' }],
  },
  {
    name: 'Lansing', state: 'MI', lat: 42.7142, lng: -84.56, population: 112644,
    populationSrc: 'https://en.wikipedia.org/wiki/Lansing,_Michigan',
    coordsSrc: 'https://en.wikipedia.org/wiki/Lansing,_Michigan',
    mayors: [{ name: 'Andy Schor', period: '2023 (grant award)', src: 'https://en.wikipedia.org/wiki/Lansing,_Michigan' }],
  },
  {
    name: 'Huntington', state: 'WV', lat: 38.4193, lng: -82.4452, population: 46842,
    populationSrc: 'https://en.wikipedia.org/wiki/Huntington,_West_Virginia',
    coordsSrc: 'https://en.wikipedia.org/wiki/Huntington,_West_Virginia',
    mayors: [{ name: 'Steve Williams', src: 'https://en.wikipedia.org/wiki/Huntington,_West_Virginia' }],
  },
  {
    name: 'Madison', state: 'WI', lat: 43.0747, lng: -89.3842, population: 269840,
    populationSrc: 'https://en.wikipedia.org/wiki/Madison,_Wisconsin',
    coordsSrc: 'https://en.wikipedia.org/wiki/Madison,_Wisconsin',
    mayors: [{ name: 'Satya Rhodes-Conway', src: 'https://en.wikipedia.org/wiki/Madison,_Wisconsin' }],
  },
  {
    name: 'Bloomington', state: 'MN', lat: 44.8336, lng: -93.31, population: 89987,
    populationSrc: 'https://en.wikipedia.org/wiki/Bloomington,_Minnesota',
    coordsSrc: 'https://en.wikipedia.org/wiki/Bloomington,_Minnesota',
    mayors: [{ name: 'Tim Busse', src: 'https://en.wikipedia.org/wiki/Bloomington,_Minnesota' }],
  },
  {
    name: 'Cincinnati', state: 'OH', lat: 39.1, lng: -84.5125, population: 309317,
    populationSrc: 'https://en.wikipedia.org/wiki/Cincinnati,_Ohio',
    coordsSrc: 'https://en.wikipedia.org/wiki/Cincinnati,_Ohio',
    populationAlt: [
      { value: 307266, src: 'https://worldpopulationreview.com/us-cities/cincinnati-oh-population', note: 'World Population Review\u2019s "2020 population", an estimate series rather than the census count' },
    ],
    mayors: [
      { name: 'Aftab Pureval', period: 'later', src: 'https://en.wikipedia.org/wiki/Cincinnati,_Ohio' },
      { name: 'John Cranley', period: '2020', src: 'https://www.usmayors.org/2020/08/13/nations-mayors-release-detailed-plan-for-police-reform-in-u-s-cities/' },
    ],
  },
  {
    name: 'Kent', state: 'WA', lat: 47.3828, lng: -122.2269, population: 136588,
    populationSrc: 'https://en.wikipedia.org/wiki/Kent,_Washington',
    coordsSrc: 'https://en.wikipedia.org/wiki/Kent,_Washington',
    mayors: [{ name: 'Dana Ralph', period: '2025 (grant award)', src: 'https://en.wikipedia.org/wiki/Kent,_Washington' }],
  },
  {
    name: 'Vicksburg', state: 'MS', lat: 32.3361, lng: -90.8753, population: 21573,
    populationSrc: 'https://en.wikipedia.org/wiki/Vicksburg,_Mississippi',
    coordsSrc: 'https://en.wikipedia.org/wiki/Vicksburg,_Mississippi',
    mayors: [{ name: 'George Flaggs Jr.', period: '2025 (grant award)', src: 'https://en.wikipedia.org/wiki/Vicksburg,_Mississippi' }],
  },
  {
    name: 'Anaheim', state: 'CA', lat: 33.8361, lng: -117.8897, population: 346824,
    populationSrc: 'https://en.wikipedia.org/wiki/Anaheim,_California',
    coordsSrc: 'https://en.wikipedia.org/wiki/Anaheim,_California',
    mayors: [{ name: 'Ashleigh Aitken', src: 'https://en.wikipedia.org/wiki/Anaheim,_California' }],
  },
  {
    name: 'Charleston', state: 'SC', lat: 32.7833, lng: -79.9319, population: 150227,
    populationSrc: 'https://en.wikipedia.org/wiki/Charleston,_South_Carolina',
    coordsSrc: 'https://en.wikipedia.org/wiki/Charleston,_South_Carolina',
    stateSrc: 'https://www.usmayors.org/2023/06/04/u-s-conference-of-mayors-announces-winners-of-2023-police-reform-and-equitable-justice-grants/',
    mayors: [{ name: 'William S. Cogswell Jr.', src: 'https://en.wikipedia.org/wiki/Charleston,_South_Carolina' }],
  },
  {
    name: 'Trenton', state: 'NJ', lat: 40.2203, lng: -74.7658, population: 90871,
    populationSrc: 'https://en.wikipedia.org/wiki/Trenton,_New_Jersey',
    coordsSrc: 'https://en.wikipedia.org/wiki/Trenton,_New_Jersey',
    mayors: [{ name: 'Reed Gusciora', period: 'since July 2018', src: 'https://en.wikipedia.org/wiki/Trenton,_New_Jersey' }],
  },
  {
    name: 'Little Rock', state: 'AR', lat: 34.7361, lng: -92.3311, population: 202591,
    populationSrc: 'https://en.wikipedia.org/wiki/Little_Rock,_Arkansas',
    coordsSrc: 'https://en.wikipedia.org/wiki/Little_Rock,_Arkansas',
    populationAlt: [{ value: 202484, src: 'https://worldpopulationreview.com/us-cities/little-rock-ar-population' }],
    mayors: [{ name: 'Frank Scott Jr.', src: 'https://en.wikipedia.org/wiki/Little_Rock,_Arkansas' }],
  },
  {
    name: 'Newark', state: 'NJ', lat: 40.7356, lng: -74.1722, population: 311549,
    populationSrc: 'https://simple.wikipedia.org/wiki/Newark,_New_Jersey',
    coordsSrc: 'https://en.wikipedia.org/wiki/Newark,_New_Jersey',
    altCoords: { lat: 40.7242, lng: -74.1726, src: 'https://simple.wikipedia.org/wiki/Newark,_New_Jersey' },
    mayors: [{ name: 'Ras Baraka', src: 'https://simple.wikipedia.org/wiki/Newark,_New_Jersey' }],
  },
  {
    name: 'Reno', state: 'NV', lat: 39.5272, lng: -119.8219, population: 264165,
    populationSrc: 'https://en.wikipedia.org/wiki/Reno,_Nevada',
    coordsSrc: 'https://en.wikipedia.org/wiki/Reno,_Nevada',
    mayors: [{ name: 'Hillary Schieve', src: 'https://en.wikipedia.org/wiki/Reno,_Nevada' }],
  },
]

/** People tied to a city who are not its mayor. */
const OTHER_PEOPLE: readonly { name: string; role: string; city: string; bio: string }[] = [
  {
    name: 'Jim Franklin',
    role: 'Police Chief, Rochester, MN',
    city: 'rochester-mn',
    bio: 'With Mayor Kim Norton, issued a statement on July 11, 2019, in response to threatened ICE raids.',
  },
]

// --- Ids shared with the other seed modules ---

/** `columbia-sc`: the city's slug and the suffix of its `_id`. */
export function citySlug(name: string, state: string): string {
  return `${slugify(name)}-${state.toLowerCase()}`
}

const CITY_SLUGS = new Set(CITIES.map((c) => citySlug(c.name, c.state)))

/** The `_id` of a city in CITIES; throws on a slug that is not there, so typos fail the build. */
export function cityId(slugValue: string): string {
  if (!CITY_SLUGS.has(slugValue)) throw new Error(`Unknown city slug: ${slugValue}`)
  return ID.city(slugValue)
}

function personSlug(person: { name: string; slug?: string }): string {
  return person.slug ?? slugify(person.name)
}

const PERSON_SLUGS = new Set([
  ...CITIES.flatMap((c) => (c.mayors ?? []).map(personSlug)),
  ...OTHER_PEOPLE.map(personSlug),
])

/** The `_id` of a person defined here; throws on an unknown slug. */
export function personId(slugValue: string): string {
  if (!PERSON_SLUGS.has(slugValue)) throw new Error(`Unknown person slug: ${slugValue}`)
  return ID.person(slugValue)
}

// --- Mapping to documents ---

const fmt = (n: number) => n.toLocaleString('en-US')

/** Who publishes a page: the Conference for its own site, otherwise the site's host name. */
function publisherOf(url: string): string {
  const host = new URL(url).hostname.replace(/^www\./, '').replace(/\.$/, '')
  if (host === 'usmayors.org') return 'U.S. Conference of Mayors'
  if (host === 'en.wikipedia.org') return 'Wikipedia'
  if (host === 'simple.wikipedia.org') return 'Simple English Wikipedia'
  return host
}

function populationNote(city: CityFact): string | undefined {
  const note = city.populationNote
  if (note && note.length > 500) throw new Error(`Population note for ${city.name} is over 500 characters`)
  return note
}

/** Each other figure with the citable page that gives it (cities.yaml's `population_alt`), shown as such. */
function populationAlternatives(city: CityFact) {
  return (city.populationAlt ?? []).map((alt) => ({
    _type: 'sourcedFact',
    value: fmt(alt.value),
    label: alt.note ?? 'another 2020 population figure',
    sourceName: publisherOf(alt.src),
    sourceUrl: alt.src,
  }))
}

/**
 * The period shown with a mayor. cities.yaml names a mayor only as "seen for some point in
 * 2019-2025": where no source gives a date or role ("later", or nothing), that is all the page says.
 */
function periodOf(mayor: MayorFact): string {
  const period = mayor.period?.trim()
  return period && period.toLowerCase() !== 'later' ? period : 'at some point in 2019\u20132025'
}

/** One link per page, saying which of the city's facts it supports. */
function citySources(city: CityFact) {
  const uses = new Map<string, string[]>()
  const add = (url: string | undefined, what: string) => {
    if (!url) return
    uses.set(url, [...(uses.get(url) ?? []), what])
  }
  add(city.populationSrc, 'population (2020 Census)')
  add(city.coordsSrc, city.coordsHow ? `coordinates (${city.coordsHow})` : 'coordinates')
  if (city.altCoords) add(city.altCoords.src, `other coordinates (${city.altCoords.lat.toFixed(4)}, ${city.altCoords.lng.toFixed(4)})`)
  for (const alt of city.populationAlt ?? []) add(alt.src, `other 2020 population figure (${fmt(alt.value)})`)
  for (const extra of city.noteSources ?? []) add(extra.url, extra.what)
  add(city.stateSrc, 'state')
  for (const mayor of city.mayors ?? []) add(mayor.src, `mayor ${mayor.name}`)
  const label = `${city.name}, ${city.state}`
  return [...uses].map(([url, whats]) => link(`${label}: ${whats.join('; ')}`, url, publisherOf(url)))
}

function cityDocument(city: CityFact): SeedDoc {
  const slugValue = citySlug(city.name, city.state)
  return {
    _id: ID.city(slugValue),
    _type: 'city',
    name: city.name,
    state: city.state,
    slug: slug(slugValue),
    population: city.population,
    populationAlternatives: city.populationAlt?.length ? populationAlternatives(city) : undefined,
    populationNote: populationNote(city),
    location: geopoint(city.lat, city.lng),
    mayors: (city.mayors ?? []).map((mayor, index) => ({
      _type: 'mayoralTerm',
      person: ref(ID.person(personSlug(mayor))),
      period: periodOf(mayor),
      isCurrent: index === 0,
      sourceUrl: mayor.src,
    })),
    sources: citySources(city),
  }
}

function mayorDocument(city: CityFact, mayor: MayorFact): SeedDoc {
  const slugValue = personSlug(mayor)
  const place = `${city.name}, ${city.state}`
  return {
    _id: ID.person(slugValue),
    _type: 'person',
    name: mayor.name,
    slug: slug(slugValue),
    role: [`Mayor of ${place}`, mayor.roleExtra].filter(Boolean).join('; '),
    city: ref(ID.city(citySlug(city.name, city.state))),
    bio: mayor.bio,
    sourceUrl: mayor.personSrc ?? mayor.src,
  }
}

function otherPersonDocument(person: (typeof OTHER_PEOPLE)[number]): SeedDoc {
  const slugValue = personSlug(person)
  return {
    _id: ID.person(slugValue),
    _type: 'person',
    name: person.name,
    slug: slug(slugValue),
    role: person.role,
    city: ref(cityId(person.city)),
    bio: person.bio,
  }
}

export function cityDocuments(): SeedDoc[] {
  return [
    ...CITIES.map(cityDocument),
    ...CITIES.flatMap((city) => (city.mayors ?? []).map((mayor) => mayorDocument(city, mayor))),
    ...OTHER_PEOPLE.map(otherPersonDocument),
  ]
}
