/**
 * The police reform grant program with Target: the program itself, its five rounds (2021-2025),
 * every award and honorable mention whose city is known, and a best practice for each recognized
 * program that the sources name.
 *
 * Facts: facts/grant-program.yaml and grant-submissions-2021.yaml. Summaries are in our
 * own words and say no more than those facts; where the sources leave something out, the notes say so.
 */
import type { PracticeTopic } from '../../lib/domain/vocabulary'
import { cityId, personId } from './cities'
import { ID, link, ref, slug, type SeedDoc } from './lib'

// --- Sources ---------------------------------------------------------------------------------------

const USCM = 'U.S. Conference of Mayors'

const SOURCES = {
  prog2021: link('Police Reform and Racial Justice Grant Program (program page)', 'https://www.usmayors.org/programs/police-reform-and-racial-justice-grant-program/', USCM),
  prog4: link('Police Reform and Equitable Justice Grant Program (program page)', 'https://www.usmayors.org/programs/police-reform-and-equitable-justice-grant-program/', USCM),
  cprog: link('Police Reform and Equitable Justice Grant Program (Center page)', 'https://www.usmayors.org/programs/mayors-and-business-leaders-center-for-compassionate-and-equitable-cities/police-reform-and-equitable-justice-grant-program', USCM),
  cprogAlt: link('Police Reform and Equitable Justice Grant Program (Center page, other address)', 'https://www.usmayors.org/?p=12089', USCM),
  opportunities: link('Grant and award opportunities', 'https://www.usmayors.org/resources/grant-and-award-opportunities/', USCM),
  w2021: link('2021 grant award winners (Center page)', 'https://www.usmayors.org/programs/mayors-and-business-leaders-center-for-compassionate-and-equitable-cities/police-reform-and-equitable-justice-grant-program-2021-grant-award-winners/', USCM),
  w2022: link('2022 grant award winners (Center page)', 'https://www.usmayors.org/programs/mayors-and-business-leaders-center-for-compassionate-and-equitable-cities/police-reform-and-equitable-justice-grant-program-2022-grant-award-winners/', USCM),
  r2021: link('Release on the 2021 winners of the police reform and racial justice grants', 'https://www.police1.com/police-grants/articles/us-conference-of-mayors-announces-winners-of-police-reform-racial-justice-grants-1U7W93GFjhWl3yux/', 'Police1'),
  r2022: link('Release on the 2022 winners of the police reform and racial justice grants (June 4, 2022)', 'https://www.usmayors.org/2022/06/04/u-s-conference-of-mayors-announces-winners-of-police-and-racial-justice-grants/', USCM),
  r2023: link('Release on the winners of the 2023 Police Reform and Equitable Justice Grants (June 4, 2023)', 'https://www.usmayors.org/2023/06/04/u-s-conference-of-mayors-announces-winners-of-2023-police-reform-and-equitable-justice-grants/', USCM),
  r2024: link('Release on the winners of the 2024 Police Reform and Equitable Justice Grants (June 22, 2024)', 'https://www.usmayors.org/2024/06/22/u-s-conference-of-mayors-announces-winners-of-2024-police-reform-and-equitable-justice-grants/', USCM),
  r2025: link('Release on the winners of the 2025 Police Reform and Equitable Justice Grants (June 21, 2025)', 'https://www.usmayors.org/2025/06/21/u-s-conference-of-mayors-announces-winners-of-2025-police-reform-and-equitable-justice-grants/', USCM),
  dallasExaminer: link('Dallas wins a $175,000 police reform and racial justice grant', 'https://dallasexaminer.com/dallas-wins-175000-police-reform-racial-justice-grant/', 'The Dallas Examiner'),
  nextCity: link('Dallas police expand their mental health response program (Next City, via PACEs Connection)', 'https://pacesconnection.com/blog/dallas-pd-expands-controversial-though-successful-mental-health-response-program-nextcity-org', 'PACEs Connection'),
  cabq: link('The City invites the public to help shape the role of the new Albuquerque Community Safety Department', 'https://www.cabq.gov/mayor/news/city-invites-public-to-help-shape-role-of-new-albuquerque-community-safety-department', 'City of Albuquerque'),
  wgmd: link('Grant to Salisbury will support a police mental health partnership', 'https://www.wgmd.com/grant-to-salisbury-will-support-police-mental-health-partnership/', 'WGMD'),
  bayToBay: link('Salisbury rewarded with a grant for the police department\u2019s outreach efforts', 'https://baytobaynews.com/stories/salisbury-rewarded-with-special-grant-for-police-departments-outreach-efforts,59646', 'Bay to Bay News'),
  baltimoreSun: link('Editorial on Salisbury\u2019s police grant (September 2021)', 'https://www.baltimoresun.com/opinion/editorial/bs-ed-0929-por-salisbury-police-grant-20210928-jawxlaofl5bmlpjakupdmtt5jq-story.html', 'The Baltimore Sun'),
  wmdt: link('$75,000 granted to Salisbury for a new police mental health collaborative partnership', 'https://www.wmdt.com/2021/09/75k-granted-to-salisbury-for-new-police-department-mental-health-collaborative-partnership/', 'WMDT'),
  delmarva: link('Salisbury police awarded a $75,000 grant for a mental health partnership', 'https://www.delmarvanow.com/story/news/local/maryland/2021/09/28/salisbury-police-awarded-75-000-grant-mental-health-partnership/5898695001/', 'Delmarva Now'),
  wpri: link('Central Falls police win an international award for community policing', 'https://www.wpri.com/news/local-news/blackstone-valley/central-falls-pd-wins-international-award-for-community-policing/', 'WPRI'),
  arlington: link('Arlington Police Department recognized for its GameUP 5-0 program', 'https://midcitytimes.com/stories/644467463-arlington-police-department-recognized-for-its-gameup-5-0-program-which-aims-to-strengthen-relationships-with-youth-through-video-games', 'Mid City Times'),
  lansing: link('Lansing\u2019s 2023 grant for a program pairing police and youth', 'https://news.yahoo.com/lansing-gets-grant-program-pairing-184752697.html', 'Yahoo News'),
  huntington: link('City of Huntington awarded a grant to expand its Crisis Intervention Team', 'https://wvpublic.org/city-of-huntington-awarded-grant-to-expand-crisis-intervention-team/', 'West Virginia Public Broadcasting'),
  madison: link('City of Madison legislative file on the grant', 'https://madison.legistar.com/LegislationDetail.aspx?GUID=7365F309-3A78-42F5-8EEE-3F886DB4574D&ID=6806729', 'City of Madison'),
  vicksburgNews: link('Vicksburg honored nationally for its youth development program', 'https://vicksburgnews.com/vicksburg-honored-nationally-for-youth-development-program/', 'Vicksburg News'),
  vicksburgPost: link('Ribbon cut on the new Youth Development Center (February 7, 2024)', 'https://vicksburgpost.com/2024/02/07/ribbon-cut-on-new-youth-development-center', 'The Vicksburg Post'),
  kent: link('Mayor, Rep. Orwall and police chief discuss the new Community Immersion Law Enforcement Program', 'https://ilovekent.net/mayor-rep-orwall-police-chief-meet-to-discuss-new-community-immersion-law-enforcement-program/', 'I Love Kent'),
} as const

type SourceKey = keyof typeof SOURCES
const sources = (keys: readonly SourceKey[]) => [...new Set(keys)].map((key) => SOURCES[key])

/** Press coverage and city pages: the links a practice page shows beside its sources. */
const USCM_PAGES = new Set<SourceKey>(['prog2021', 'prog4', 'cprog', 'cprogAlt', 'opportunities', 'w2021', 'w2022', 'r2021', 'r2022', 'r2023', 'r2024', 'r2025'])

// --- Program ---------------------------------------------------------------------------------------

const NAME_2021 = 'Police Reform and Racial Justice Grant Program'
const NAME_2023 = 'Police Reform and Equitable Justice Grant Program'

function grantProgramDocument(): SeedDoc {
  return {
    _id: ID.grantProgram,
    _type: 'grantProgram',
    names: [
      { _type: 'programName', name: NAME_2021, years: '2021-2022 (launch and the first two award rounds)' },
      { _type: 'programName', name: NAME_2023, years: '2023-2025 (third to fifth award rounds; also the later program and Center page titles)' },
    ],
    purpose:
      'To fund and publicize police practices in cities that advance fair and equitable treatment of all residents. Each year one city in each of three population classes wins a grant.',
    partner: ref(ID.org('target')),
    announcedOn: '2021-01-21',
    announcedAt: 'Opening session of the U.S. Conference of Mayors 2021 Winter Meeting',
    announcedBy: ref(ID.person('laysha-ward')),
    funding: [
      'Announced in January 2021 as a two-year program of $700,000.',
      'Each year from 2021 through 2025, $350,000 has been shared by the three winning cities.',
      'On June 4, 2022, at the Conference\u2019s 90th Annual Meeting in Reno, NV, Target\u2019s Laysha Ward announced that the program would be extended through a fourth year of awards.',
      'The 2025 round was billed as the program\u2019s fifth year.',
    ],
    tiers: [
      {
        _type: 'grantTier', tier: 'large', population: 'over 300,000', amount: 175000,
        note: 'Amount stated for 2021 (Center grant-program page; 2022 winners release). The USCM grant and award opportunities page instead lists $175,000 for cities of 250,000 and over. New Orleans\u2019 2022 award ($175,000) matches the 2021 amount.',
      },
      {
        _type: 'grantTier', tier: 'mid-size', population: '100,000 to 300,000', amount: 100000,
        note: 'The Center\u2019s description of the 2021 first round gives 100,000 to 250,000 (Center grant-program page, at both of its addresses); the 2022, 2023, 2024 and 2025 winners releases give 100,000 to 300,000. Amount stated for 2021; Madison\u2019s 2024 award ($100,000, City of Madison legislative file) matches it.',
      },
      {
        _type: 'grantTier', tier: 'small', population: 'under 100,000', amount: 75000,
        note: 'Amount stated for 2021 (Center grant-program page; Bay to Bay News on Salisbury\u2019s award).',
      },
    ],
    judges:
      'A panel of former mayors, a senior police executive and a social-justice expert (as described for 2021).',
    eligiblePractices: [
      'Co-responder models for calls involving mental health, substance use or homelessness',
      'Mandatory bias training',
      'Community policing aimed at specific groups',
      'Transparency and accountability policies',
    ],
    sharing:
      'Summaries of all the initiatives cities submit are posted on the Center\u2019s web pages for other mayors to learn from.',
    sourceNotes: [
      'Per-tier dollar amounts are stated on the Center page only for 2021; later releases give only the $350,000 total (2022 winners release; City of Madison legislative file).',
      'Mid-size population range: 100,000 to 250,000 in the Center grant-program page\u2019s description of the 2021 first round; 100,000 to 300,000 in the 2022, 2023, 2024 and 2025 winners releases.',
      'Large-city threshold: over 300,000 on the Center grant-program page; the USCM grant and award opportunities page lists $175,000 for cities of 250,000 and over.',
      'Start year: the program pages (Police Reform and Racial Justice Grant Program page; Center grant-program page) date its creation to its announcement on January 21, 2021, with the first awards in 2021; the 2025 winners release and Vicksburg News say the program has run "since 2020" or was "launched in 2020".',
      'Program length: a two-year, $700,000 program according to the Police Reform and Racial Justice Grant Program page and the 2021 winners release (Police1); extended, with five award rounds from 2021 to 2025, according to the Police Reform and Equitable Justice Grant Program page and the 2025 winners release.',
      'Madison\u2019s program appears both as MAARI (Madison Area Addiction Recovery Initiative) and as MARI (Madison Area Recovery Initiative) in the City of Madison legislative file and the 2024 winners release.',
      'Salisbury\u2019s mayor is named Jacob Day on the Center grant-program page and Jake Day by WGMD.',
    ],
    sources: sources([
      'prog2021', 'prog4', 'cprog', 'cprogAlt', 'opportunities', 'r2021', 'r2022', 'r2023', 'r2024', 'r2025',
      'bayToBay', 'madison', 'vicksburgNews', 'wgmd',
    ]),
  }
}

/** Target's executive who announced the program and its extension. */
function laysha(): SeedDoc {
  return {
    _id: ID.person('laysha-ward'),
    _type: 'person',
    name: 'Laysha Ward',
    slug: slug('laysha-ward'),
    role: 'Executive Vice President & Chief External Engagement Officer, Target',
    organization: ref(ID.org('target')),
    bio: 'Announced the Police Reform and Racial Justice Grant Program at the opening session of the Conference\u2019s 2021 Winter Meeting on January 21, 2021, and its extension through a fourth year of awards at the 90th Annual Meeting in Reno on June 4, 2022.',
    sourceUrl: SOURCES.prog2021.url,
  }
}

// --- Rounds ----------------------------------------------------------------------------------------

type Year = 2021 | 2022 | 2023 | 2024 | 2025

type RoundFact = {
  year: Year
  programName: string
  applicants?: number
  announcedOn: string
  announcedPrecision: 'day' | 'month'
  announcedAt: string
  /** Shown on /grants, in plain words. */
  notes: string[]
  /** Staff only (the Studio and the dataset): what the sources seen leave out, and why. */
  researchNotes?: string[]
  sources: SourceKey[]
}

const ROUNDS: readonly RoundFact[] = [
  {
    year: 2021,
    programName: NAME_2021,
    applicants: 36,
    announcedOn: '2021-09-01',
    announcedPrecision: 'month',
    announcedAt: 'U.S. Conference of Mayors press release, Washington dateline',
    notes: [
      'Winners were announced in late September 2021: the release as Police1 published it, dated September 30, 2021, says "on Monday"; the WGMD and Bay to Bay News items are dated September 28, 2021.',
      'The winning mayors were recognized by the Center\u2019s Chair, San Antonio Mayor Ron Nirenberg, at the Conference\u2019s 2022 Winter Meeting in Washington on January 20, 2022.',
      '36 cities submitted proposals; one winner was chosen in each population class.',
      'The application period ended June 15, 2021 (USCM grant and award opportunities page).',
      'USCM said summaries of all 36 submitted programs were posted on the Center\u2019s pages; this site records the 3 winners.',
      'Award amounts by tier ($175,000, $100,000 and $75,000) are stated for this round.',
    ],
    researchNotes: [
      'No copy of the summaries of the 36 submitted programs was found.',
      'No honorable mentions were seen in the sources for 2021.',
    ],
    sources: ['r2021', 'w2021', 'cprog', 'wgmd', 'bayToBay', 'opportunities'],
  },
  {
    year: 2022,
    programName: NAME_2021,
    announcedOn: '2022-06-04',
    announcedPrecision: 'day',
    announcedAt: '90th Annual Meeting, Reno, NV',
    notes: [
      'At the same meeting Target\u2019s Laysha Ward announced the program\u2019s extension through a fourth year of awards.',
      'An amount is stated only for New Orleans ($175,000).',
    ],
    researchNotes: [
      'The number of cities that applied was not found in the sources seen.',
      'No honorable mentions were seen in the sources for 2022.',
      'The name of Central Falls\u2019 program was not captured: the excerpts seen were cut off before the Central Falls entry.',
    ],
    sources: ['r2022', 'w2022', 'prog4'],
  },
  {
    year: 2023,
    programName: NAME_2023,
    announcedOn: '2023-06-04',
    announcedPrecision: 'day',
    announcedAt: 'Columbus, OH (dateline of the Conference\u2019s release)',
    notes: [
      'The Conference did not disclose how the $350,000 was divided among the three winners (Lansing coverage, Yahoo News).',
      'Three honorable mentions, one per population class, went to Anaheim, CA; Charleston, SC; and Trenton, NJ. The release does not say which class each belongs to.',
    ],
    researchNotes: ['The number of cities that applied was not found in the sources seen.'],
    sources: ['r2023', 'arlington', 'lansing', 'huntington'],
  },
  {
    year: 2024,
    programName: NAME_2023,
    announcedOn: '2024-06-22',
    announcedPrecision: 'day',
    announcedAt: 'Kansas City, MO (dateline of the Conference\u2019s release)',
    notes: [
      'Honorable mentions: Orlando, FL (large city) and Little Rock, AR (mid-size city).',
      'An amount is stated only for Madison ($100,000, City of Madison legislative file).',
    ],
    researchNotes: [
      'The small-city honorable mention was not captured: the excerpt seen was cut off before it.',
      'The description of Little Rock\u2019s Crisis Response Team was cut off in the excerpt seen.',
      'The number of cities that applied was not found in the sources seen.',
    ],
    sources: ['r2024', 'madison'],
  },
  {
    year: 2025,
    programName: NAME_2023,
    announcedOn: '2025-06-21',
    announcedPrecision: 'day',
    announcedAt: 'Tampa, FL (dateline of the Conference\u2019s release)',
    notes: [
      'Billed as the program\u2019s fifth year.',
      'Honorable mentions: Newark, NJ (large city).',
      'The 2025 release and Vicksburg News say the program has run since 2020; the program pages date its creation to January 21, 2021.',
    ],
    researchNotes: [
      'The mid-size and small-city honorable mentions were not captured: the excerpt seen was cut off.',
      'The number of cities that applied was not found in the sources seen.',
    ],
    sources: ['r2025', 'vicksburgNews', 'kent'],
  },
]

const roundOf = (year: Year): RoundFact => {
  const round = ROUNDS.find((r) => r.year === year)
  if (!round) throw new Error(`No round for ${year}`)
  return round
}

function roundDocument(round: RoundFact, index: number): SeedDoc {
  return {
    _id: ID.round(round.year),
    _type: 'grantRound',
    year: round.year,
    roundNumber: index + 1,
    programName: round.programName,
    totalAwarded: 350000,
    applicants: round.applicants,
    announcedOn: round.announcedOn,
    announcedPrecision: round.announcedPrecision,
    announcedAt: round.announcedAt,
    notes: round.notes,
    researchNotes: round.researchNotes,
    sources: sources(round.sources),
  }
}

// --- Awards and the practices they recognized --------------------------------------------------------

type PracticeFact = {
  slug: string
  /** Defaults to the award's program name. */
  title?: string
  problem?: string
  approach: string
  results?: string
  components: number[]
  topics: PracticeTopic[]
  startedYear?: number
}

type AwardFact = {
  year: Year
  city: string
  level: 'winner' | 'honorable-mention'
  tier?: 'large' | 'mid-size' | 'small'
  programName?: string
  /** Own words; also the practice's summary. */
  summary?: string
  amount?: number
  /** Replaces the default note on the amount. */
  note?: string
  mayor?: string
  practice?: PracticeFact
  sources: SourceKey[]
}

const AWARDS: readonly AwardFact[] = [
  // 2021
  {
    year: 2021, city: 'dallas-tx', level: 'winner', tier: 'large', amount: 175000, mayor: 'eric-johnson',
    programName: 'One Dallas: R.E.A.L. Change',
    note: 'The award was used to expand the RIGHT Care team.',
    summary:
      'A citywide police reform begun after 2020 that aims for responsible, equitable, accountable and legitimate policing: stricter orders on use of force and the duty to intervene, bias and bystander training, and clinicians responding alongside police through RIGHT Care, which the grant was used to expand.',
    practice: {
      slug: 'dallas-one-dallas-real-change',
      problem: 'Dallas launched the reform after the unrest of 2020, with the goal of policing that is responsible, equitable, accountable and legitimate.',
      approach:
        'The reform widens the department\u2019s community partnerships, tightens use-of-force rules, adds a duty-to-intervene order, and trains officers in bystander intervention and implicit bias. A new Office of Integrated Public Safety Solutions works on responses that do not rely on police. RIGHT Care, a multidisciplinary crisis team that works 16 hours a day, sends clinicians to respond alongside police; the 2021 grant was to expand it.',
      components: [3, 6, 8, 10],
      topics: ['transparency-accountability', 'training', 'community-policing', 'co-responder-mental-health'],
    },
    sources: ['w2021', 'cprog', 'r2021', 'dallasExaminer', 'nextCity'],
  },
  {
    year: 2021, city: 'albuquerque-nm', level: 'winner', tier: 'mid-size', amount: 100000, mayor: 'tim-keller',
    programName: 'Albuquerque Community Safety Department',
    note: 'The amount is the tier\u2019s, as stated for the first round; no source states it for this city alone.',
    summary:
      'A civilian-led city department built on a public-health model, set up in 2020 as a third branch of first response beside police and fire.',
    practice: {
      slug: 'albuquerque-community-safety-department',
      approach:
        'Created in the summer of 2020 as a cabinet-level department, Albuquerque Community Safety stands beside the police and fire departments as a third arm of the city\u2019s first-response system. It follows a civilian-led public-health model, so that 911 dispatch can send trained responders who are not police, for example to calls about behavioral health, homelessness or addiction.',
      components: [3, 6],
      topics: ['co-responder-mental-health', 'alternative-civilian-response', 'homelessness'],
      startedYear: 2020,
    },
    sources: ['w2021', 'cprog', 'r2021', 'cabq'],
  },
  {
    year: 2021, city: 'salisbury-md', level: 'winner', tier: 'small', amount: 75000, mayor: 'jake-day',
    programName: 'Salisbury Police Mental Health Collaborative Partnership',
    summary:
      'A co-responder partnership that sends a social worker with Salisbury police officers on calls for service, building on the department\u2019s training in the duty to intervene and de-escalation.',
    practice: {
      slug: 'salisbury-police-mental-health-collaborative-partnership',
      problem: 'Salisbury\u2019s police chief said about 12% of the department\u2019s calls were purely mental-health related.',
      approach:
        'Salisbury officers are trained in the duty to intervene and in de-escalation. The partnership adds a new effort to send mental-health and social-work responders with the police: a social worker is paired with officers on calls for service.',
      components: [3, 8],
      topics: ['co-responder-mental-health', 'training'],
    },
    sources: ['cprog', 'r2021', 'bayToBay', 'wgmd', 'baltimoreSun', 'wmdt', 'delmarva'],
  },
  // 2022
  {
    year: 2022, city: 'new-orleans-la', level: 'winner', tier: 'large', amount: 175000,
    programName: 'Law Enforcement Assisted Diversion (LEAD)',
    summary:
      'New Orleans police divert people who keep cycling through the system for nonviolent offenses tied to drugs, mental illness or trauma into case management with NAMI New Orleans. The grant was to take the program city-wide.',
    practice: {
      slug: 'new-orleans-law-enforcement-assisted-diversion',
      problem: 'Some people cycle through the justice system again and again for nonviolent offenses tied to drug use, mental illness or trauma.',
      approach:
        'Instead of taking them further into the system, New Orleans police divert these people into case management provided by NAMI New Orleans. The 2022 grant was to expand the program city-wide.',
      components: [3],
      topics: ['diversion'],
    },
    sources: ['r2022', 'w2022'],
  },
  {
    year: 2022, city: 'irving-tx', level: 'winner', tier: 'mid-size',
    programName: 'Shop Talk',
    summary:
      'Irving police officers make informal visits to barbershops and salons in the city\u2019s African American community to talk through residents\u2019 concerns and build trust. The program began in 2016.',
    practice: {
      slug: 'irving-shop-talk',
      approach:
        'Since 2016, Shop Talk has sent Irving officers on informal visits to barbershops and salons in the African American community, where they talk with residents about their concerns. The conversations are meant to build trust between residents and the police.',
      components: [6, 7],
      topics: ['community-policing', 'community-dialogue'],
      startedYear: 2016,
    },
    sources: ['r2022', 'w2022'],
  },
  {
    year: 2022, city: 'central-falls-ri', level: 'winner', tier: 'small', mayor: 'maria-rivera',
    note: 'Program name and amount not stated.',
    sources: ['r2022', 'wpri'],
  },
  // 2023
  {
    year: 2023, city: 'arlington-tx', level: 'winner', tier: 'large', mayor: 'jim-ross',
    programName: 'GameUP 5-0',
    summary:
      'Arlington police build ties with young people who do not play traditional sports by bringing video games and esports events into neighborhoods.',
    practice: {
      slug: 'arlington-gameup-5-0',
      approach:
        'GameUP 5-0 brings video gaming and esports events into Arlington\u2019s neighborhoods, giving police officers a way to connect with youth who are not reached through traditional sports.',
      components: [6],
      topics: ['youth', 'community-policing'],
    },
    sources: ['r2023', 'arlington'],
  },
  {
    year: 2023, city: 'lansing-mi', level: 'winner', tier: 'mid-size', mayor: 'andy-schor',
    programName: 'Mikey23 Program (Mikey23 Foundation)',
    summary:
      'Lansing police officers and at-risk young people rehabilitate distressed houses together, and the youth learn trade skills. The program is run by a nonprofit founded by a builder whose son was killed by gun violence.',
    practice: {
      slug: 'lansing-mikey23-program',
      approach:
        'Officers and at-risk youth work side by side to rehab distressed houses, and the young people learn trade skills as they go. The Mikey23 Foundation, the nonprofit behind the program, was founded by a builder whose son was killed by gun violence.',
      components: [6],
      topics: ['youth', 'community-policing'],
    },
    sources: ['r2023', 'lansing'],
  },
  {
    year: 2023, city: 'huntington-wv', level: 'winner', tier: 'small',
    programName: 'Crisis Intervention Team',
    summary:
      'Huntington pairs mental-health providers with police officers to respond to mental-health crises, including those involving substance use. The team was set up in September 2022 within a Coordinated Care Unit.',
    practice: {
      slug: 'huntington-crisis-intervention-team',
      approach:
        'Set up in September 2022 within Huntington\u2019s Coordinated Care Unit, the Crisis Intervention Team pairs mental-health providers with police officers on calls involving mental-health crises and co-occurring substance use.',
      components: [3],
      topics: ['co-responder-mental-health'],
      startedYear: 2022,
    },
    sources: ['r2023', 'huntington'],
  },
  {
    year: 2023, city: 'anaheim-ca', level: 'honorable-mention',
    programName: 'Homeless Assessment Liaison Officer (HALO) team',
    summary:
      'Anaheim\u2019s HALO officers coordinate with homeless-outreach teams and back them up on calls where mental-health expertise helps.',
    practice: {
      slug: 'anaheim-homeless-assessment-liaison-officer-team',
      approach:
        'Officers on the Homeless Assessment Liaison Officer (HALO) team coordinate with Anaheim\u2019s homeless-outreach teams and back them up where mental-health expertise is useful.',
      components: [3, 6],
      topics: ['homelessness', 'co-responder-mental-health'],
    },
    sources: ['r2023'],
  },
  {
    year: 2023, city: 'charleston-sc', level: 'honorable-mention',
    programName: 'Racial bias audit',
    summary:
      'The Charleston Police Department voluntarily underwent a full racial-bias audit, which is reshaping its policy, training and data collection.',
    practice: {
      slug: 'charleston-racial-bias-audit',
      approach:
        'The police department chose, on its own, to undergo a comprehensive audit for racial bias. The audit is reshaping the department\u2019s policies, its training and the data it collects.',
      components: [7, 8, 10],
      topics: ['racial-equity', 'transparency-accountability', 'training'],
    },
    sources: ['r2023'],
  },
  {
    year: 2023, city: 'trenton-nj', level: 'honorable-mention',
    programName: 'Resilience Increases Success & Excellence (RISE)',
    summary: 'An eight-part Trenton program that gives at-risk young people experiences in career and personal development.',
    practice: {
      slug: 'trenton-rise',
      approach:
        'RISE takes at-risk youth through eight parts of career and personal-development experiences.',
      components: [6],
      topics: ['youth'],
    },
    sources: ['r2023'],
  },
  // 2024
  {
    year: 2024, city: 'boston-ma', level: 'winner', tier: 'large',
    programName: 'Youth and Police Initiative (YPI)',
    summary:
      'Boston\u2019s Youth and Police Initiative trains police to understand troubled youth and helps those young people relate differently to police authority.',
    practice: {
      slug: 'boston-youth-and-police-initiative',
      approach:
        'The initiative works on both sides of the relationship: police officers are trained to understand troubled young people, and the young people are helped to relate differently to police authority.',
      components: [6, 8],
      topics: ['youth', 'training', 'community-policing'],
    },
    sources: ['r2024'],
  },
  {
    year: 2024, city: 'madison-wi', level: 'winner', tier: 'mid-size', amount: 100000,
    programName: 'Madison Area Addiction Recovery Initiative (MAARI; also written MARI)',
    note: 'Amount from the City of Madison legislative file; it matches the 2021 mid-size tier amount.',
    summary:
      'A police-led pre-arrest diversion program, in place since 2017, that steers people with substance-use or mental-health issues to treatment and peer recovery support.',
    practice: {
      slug: 'madison-area-addiction-recovery-initiative',
      title: 'Madison Area Addiction Recovery Initiative (MAARI)',
      approach:
        'Madison police lead the program. Before any arrest, officers steer people with substance-use or mental-health issues toward treatment and peer recovery support. The program also appears under the name Madison Area Recovery Initiative (MARI).',
      components: [3],
      topics: ['diversion'],
      startedYear: 2017,
    },
    sources: ['r2024', 'madison'],
  },
  {
    year: 2024, city: 'bloomington-mn', level: 'winner', tier: 'small',
    programName: 'Increasing Trust through Shared Values Program',
    summary:
      'A Bloomington program that builds trust between the community and the police; it is credited with bringing the police department to full staffing.',
    practice: {
      slug: 'bloomington-increasing-trust-through-shared-values',
      approach:
        'The program works to build trust between Bloomington residents and their police department around the values they share.',
      results: 'The program is credited with bringing the police department to full staffing.',
      components: [6],
      topics: ['community-policing'],
    },
    sources: ['r2024'],
  },
  {
    year: 2024, city: 'orlando-fl', level: 'honorable-mention', tier: 'large',
    programName: 'Community Violence Intervention and Prevention Initiative (CVIPI)',
    summary:
      'Orlando recruits people at high risk of gun violence into trauma-informed mental-health care, job training and coaching.',
    practice: {
      slug: 'orlando-community-violence-intervention-and-prevention-initiative',
      approach:
        'The initiative reaches out to people at high risk of gun violence and brings them into trauma-informed mental-health care, job training and coaching.',
      components: [3, 6],
      topics: ['diversion', 'co-responder-mental-health'],
    },
    sources: ['r2024'],
  },
  {
    year: 2024, city: 'little-rock-ar', level: 'honorable-mention', tier: 'mid-size',
    programName: 'Crisis Response Team (CRT)',
    summary:
      'Little Rock\u2019s Crisis Response Team addresses the needs of people in crisis.',
    practice: {
      slug: 'little-rock-crisis-response-team',
      approach:
        'A team that responds to the needs of people in crisis.',
      components: [3],
      topics: ['co-responder-mental-health'],
    },
    sources: ['r2024'],
  },
  // 2025
  {
    year: 2025, city: 'cincinnati-oh', level: 'winner', tier: 'large',
    programName: 'Crisis Receiving Center (CRC)',
    summary:
      'Cincinnati\u2019s Crisis Receiving Center is a low-trauma alternative to jail or the emergency room, with immediate therapeutic engagement and links to ongoing services.',
    practice: {
      slug: 'cincinnati-crisis-receiving-center',
      approach:
        'Instead of jail or an emergency room, people in crisis can go to the Crisis Receiving Center, a low-trauma setting where therapeutic engagement begins right away and where they are linked to ongoing services.',
      components: [3],
      topics: ['diversion', 'co-responder-mental-health'],
    },
    sources: ['r2025'],
  },
  {
    year: 2025, city: 'kent-wa', level: 'winner', tier: 'mid-size', mayor: 'dana-ralph',
    programName: 'Community Immersion Law Enforcement Program (CILEP)',
    summary:
      'A pre-academy internship that places Kent\u2019s new police recruits with local nonprofits to build trust with the community.',
    practice: {
      slug: 'kent-community-immersion-law-enforcement-program',
      approach:
        'Before they start the police academy, new Kent police recruits serve internships with local nonprofits. The program aims to build trust between the community and its police.',
      components: [6, 8],
      topics: ['training', 'community-policing'],
    },
    sources: ['r2025', 'kent'],
  },
  {
    year: 2025, city: 'vicksburg-ms', level: 'winner', tier: 'small', mayor: 'george-flaggs-jr',
    programName: 'Vicksburg-Warren County Youth Development Center (YDC)',
    summary:
      'Through a holistic intake, the Youth Development Center connects young people to tutoring, mentoring, therapy and other services, with a police officer embedded in the center. It targets poverty, substance abuse and youth crime.',
    practice: {
      slug: 'vicksburg-warren-county-youth-development-center',
      problem: 'The center targets poverty, substance abuse and youth crime.',
      approach:
        'Each young person goes through a holistic intake that connects them to tutoring, mentoring, therapy and other services. A police officer is embedded in the center.',
      components: [6],
      topics: ['youth'],
    },
    sources: ['r2025', 'vicksburgNews', 'vicksburgPost'],
  },
  {
    year: 2025, city: 'newark-nj', level: 'honorable-mention', tier: 'large',
    programName: 'Newark Police Explorers Program',
    summary:
      'Hands-on exposure to careers in law enforcement for Newark young people aged 14 to 21, to build their confidence and motivation.',
    practice: {
      slug: 'newark-police-explorers-program',
      approach:
        'The Explorers program gives young people aged 14 to 21 hands-on experience of careers in law enforcement, building their confidence and motivation.',
      components: [6],
      topics: ['youth', 'community-policing'],
    },
    sources: ['r2025'],
  },
]

/** What the award's note says when no fact overrides it. */
function defaultNote(award: AwardFact): string | undefined {
  if (award.level === 'honorable-mention') {
    return award.tier ? undefined : 'The release gives one honorable mention per population class but does not say which class this one belongs to.'
  }
  if (award.amount !== undefined) return undefined
  return award.year === 2023
    ? 'No amount stated for this city: the Conference did not disclose how the round\u2019s $350,000 was divided.'
    : 'Amount not stated; the round\u2019s $350,000 was shared by three winners.'
}

function awardDocument(award: AwardFact): SeedDoc {
  return {
    _id: ID.award(award.year, award.city),
    _type: 'grantAward',
    round: ref(ID.round(award.year)),
    city: ref(cityId(award.city)),
    tier: award.tier,
    level: award.level,
    programName: award.programName,
    summary: award.summary,
    amount: award.amount,
    note: award.note ?? defaultNote(award),
    mayor: award.mayor ? ref(personId(award.mayor)) : undefined,
    practice: award.practice ? ref(ID.practice(award.practice.slug)) : undefined,
    sources: sources(award.sources),
  }
}

function practiceDocument(award: AwardFact & { practice: PracticeFact }): SeedDoc {
  const { practice } = award
  const title = practice.title ?? award.programName
  if (!title || !award.summary) throw new Error(`Practice ${practice.slug} needs a program name and a summary`)
  const links = award.sources.filter((key) => !USCM_PAGES.has(key))
  return {
    _id: ID.practice(practice.slug),
    _type: 'bestPractice',
    title,
    slug: slug(practice.slug),
    city: ref(cityId(award.city)),
    summary: award.summary,
    problem: practice.problem,
    approach: practice.approach,
    results: practice.results,
    compactComponents: practice.components.map((n) => ref(ID.compact(n))),
    topics: practice.topics,
    startedYear: practice.startedYear,
    links: links.length ? sources(links) : undefined,
    contact: { _type: 'practiceContact', useCenterContact: true },
    status: 'published',
    // The practice appeared with its round's announcement, known to that date's precision. No
    // review date: staff set one by hand when they have checked the practice with the city.
    publishedAt: roundOf(award.year).announcedOn,
    publishedPrecision: roundOf(award.year).announcedPrecision,
    sources: sources(award.sources),
  }
}

const hasPractice = (award: AwardFact): award is AwardFact & { practice: PracticeFact } => Boolean(award.practice)

export function grantDocuments(): SeedDoc[] {
  return [
    grantProgramDocument(),
    laysha(),
    ...ROUNDS.map(roundDocument),
    ...AWARDS.map(awardDocument),
    ...AWARDS.filter(hasPractice).map(practiceDocument),
  ]
}
