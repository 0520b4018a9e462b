/**
 * The Center itself: site settings, its ten sections, the Mayors' Compact, the Center's activities,
 * the U.S. Coalition's 10-Point Plan, the timeline, and the few people who are not tied to a city.
 *
 * Sources: the Center's pages (seeds 000-002), its founding document of 2018 (seed 003, undated; it speaks of 55 years since 1963),
 * UNESCO's page on the U.S. Coalition (seed 004) and the `center:` block of facts/grant-program.yaml.
 */
import type { ACTIVITY_STATUS_VALUES, DATE_PRECISION_VALUES } from '../../lib/domain/vocabulary'
import { MEASURES_PAGE } from './indicators'
import { ID, link, ref, richText, slug, type SeedDoc } from './lib'

type ActivityStatus = (typeof ACTIVITY_STATUS_VALUES)[number]
type DatePrecision = (typeof DATE_PRECISION_VALUES)[number]

/** Public pages the Center's facts come from (shared with resources.ts). */
export const SOURCE = {
  centerPage: 'https://www.usmayors.org/programs/mayors-and-business-leaders-center-for-compassionate-and-equitable-cities/',
  launchRelease2018:
    'https://www.usmayors.org/2018/06/11/u-s-conference-of-mayors-launches-the-mayors-and-business-leaders-center-for-inclusive-and-compassionate-cities/',
  systemicRacism:
    'https://www.usmayors.org/programs/mayors-and-business-leaders-center-for-compassionate-and-equitable-cities/dismantling-systemic-racism/',
  meetingVideos:
    'https://www.usmayors.org/programs/mayors-and-business-leaders-center-for-compassionate-and-equitable-cities/uscm-meeting-videos-on-compassion-and-equity/',
  grantProgram2021: 'https://www.usmayors.org/programs/police-reform-and-racial-justice-grant-program/',
  centerGrantPage:
    'https://www.usmayors.org/programs/mayors-and-business-leaders-center-for-compassionate-and-equitable-cities/police-reform-and-equitable-justice-grant-program',
  unescoCoalition:
    'http://www.unesco.org/new/en/social-and-human-sciences/themes/fight-against-discrimination/coalition-of-cities/united-states-of-america/',
  montgomeryAdvertiser20181115:
    'https://www.montgomeryadvertiser.com/story/news/2018/11/15/munici-pals-national-mayors-group-hopes-combat-bigotry-compassion/2014478002/',
} as const

/** Who states a figure, as shown beside it. */
const STATED_BY = {
  foundingDocument: 'U.S. Conference of Mayors, the Center’s founding document (2018)',
  release2018: 'U.S. Conference of Mayors, release of June 11, 2018',
  unesco: 'UNESCO, U.S. Coalition of Cities against Racism and Discrimination page',
} as const

/**
 * Seed 004: Laura DeKoven Waxman's email and her work telephone ("Tel.: (202) 861-6754 (w)"). It is
 * her line, given with her name and role as the contact for the U.S. Coalition: never the Conference's
 * or the Center's number, so it is shown only with her name and role.
 */
const WAXMAN_EMAIL = 'lwaxman@usmayors.org'
const WAXMAN_WORK_PHONE = '(202) 861-6754'

/** Seed 004: the Conference's postal address (its website is no address a source gives). */
export const CONFERENCE_ADDRESS = {
  _type: 'postalContact',
  organization: 'The U.S. Conference of Mayors',
  street: '1620 Eye Street, NW',
  locality: 'Washington',
  region: 'DC',
  postalCode: '20006',
  country: 'United States of America',
} as const

// ---------------------------------------------------------------------------------------------
// Small builders
// ---------------------------------------------------------------------------------------------

function sourcedFact(value: string, label: string, sourceName: string, sourceUrl?: string) {
  return { _type: 'sourcedFact', value, label, sourceName, ...(sourceUrl ? { sourceUrl } : {}) }
}

function captionedFigure(caption: string, credit?: string) {
  return { _type: 'captionedFigure', caption, ...(credit ? { credit } : {}) }
}

const refs = (ids: readonly string[]) => ids.map(ref)

// ---------------------------------------------------------------------------------------------
// The Mayors' Compact to Combat Hate, Extremism and Bigotry (titles as in the 2018 document)
// ---------------------------------------------------------------------------------------------

type CompactComponentDef = { title: string; shortTitle: string; explanation: string }

const COMPACT_COMPONENTS: readonly CompactComponentDef[] = [
  {
    title: 'Expressly Rejecting Extremism, White Supremacy and All Forms of Bigotry',
    shortTitle: 'Rejecting extremism and bigotry',
    explanation:
      'The mayor says plainly and in public that the city rejects extremism, white supremacy and every form of bigotry.',
  },
  {
    title: 'Denouncing All Acts of Hate Wherever They Occur',
    shortTitle: 'Denouncing acts of hate',
    explanation: 'The mayor speaks out against every act of hate, wherever it happens.',
  },
  {
    title: 'Ensuring Public Safety While Protecting Free Speech and Other Basic Constitutional Rights',
    shortTitle: 'Public safety and free speech',
    explanation:
      'The city keeps the public safe while protecting free speech and the other basic rights the Constitution guarantees.',
  },
  {
    title:
      'Calling for Fully-Resourced Law Enforcement and Civil Rights Investigations of Domestic Terrorism and Hate Crimes',
    shortTitle: 'Investigating hate crimes and terrorism',
    explanation:
      'The mayor calls for law enforcement and civil rights investigations of domestic terrorism and hate crimes that have all the resources they need.',
  },
  {
    title: "Elevating and Prioritizing Anti-Bias and Anti-Hate Programs in Our Nation's Schools",
    shortTitle: 'Anti-bias programs in schools',
    explanation: 'The city works with its schools to make anti-bias and anti-hate programs a priority.',
  },
  {
    title:
      'Supporting Targeted Communities and Bringing Together Business Leaders and Civic and Community Leaders to Build Trust',
    shortTitle: 'Supporting targeted communities',
    explanation:
      'The city stands with communities targeted by hate, and brings business, civic and community leaders together to build trust.',
  },
  {
    title: 'Celebrating Diversity, Promoting Inclusivity and Challenging Bias',
    shortTitle: 'Celebrating diversity',
    explanation: 'The city celebrates its diversity, promotes inclusion and challenges bias where it appears.',
  },
  {
    title:
      'Promoting Law Enforcement Training on Responding to and Reporting Hate Incidents, Hate Crimes and Domestic Terrorism',
    shortTitle: 'Law enforcement training on hate',
    explanation:
      'The city makes sure its police are trained to respond to and report hate incidents, hate crimes and domestic terrorism.',
  },
  {
    title:
      'Encouraging Residents in their Communities to Report Hate Incidents and Crimes, Including Using Hot Lines and Online Tools',
    shortTitle: 'Encouraging residents to report hate',
    explanation:
      'The city encourages residents to report hate incidents and crimes, including by hotline and with online tools.',
  },
  {
    title: 'Maintaining Civil Rights Enforcement and Strengthening Hate Crime Laws When Necessary',
    shortTitle: 'Civil rights enforcement and hate crime laws',
    explanation: 'The city keeps enforcing civil rights and, when necessary, works to make hate crime laws stronger.',
  },
]

/** Component numbers are 1-based positions in the Compact. */
const compactIds = (...numbers: number[]) => numbers.map(ID.compact)

function compactComponentDocuments(): SeedDoc[] {
  return COMPACT_COMPONENTS.map((component, index) => ({
    _id: ID.compact(index + 1),
    _type: 'compactComponent',
    number: index + 1,
    ...component,
  }))
}

// ---------------------------------------------------------------------------------------------
// The Center's activities (2018 founding document)
// ---------------------------------------------------------------------------------------------

type ActivityDef = {
  slug: string
  title: string
  status: ActivityStatus
  description: string
  statusNote?: string
  components: number[]
}

const ACTIVITIES: readonly ActivityDef[] = [
  {
    slug: 'collecting-and-disseminating-best-practices',
    title: 'Collecting and Disseminating Best Practices',
    status: 'current',
    description:
      'The Center’s founding document (November 13, 2018) said that the Conference would invite mayors to submit information on their successful efforts – and lessons learned – to promote inclusiveness and compassion in city policies and activities and combat hate, extremism, and bigotry, and would publish that information as best practices on its web site, making it widely available to mayors and their cities, to other levels of government, private non-profit organizations, businesses, and the public.',
    statusNote: 'Described in 2018 as beginning.',
    components: [1, 2, 7],
  },
  {
    slug: 'providing-information-and-assistance',
    title: 'Providing Information and Assistance',
    status: 'current',
    description:
      'The Center’s founding document (November 13, 2018) said that the Conference would provide information and assistance to mayors and other city officials, including descriptions of successful efforts in cities, available training programs and curricula that may be useful, and other resources that may be available to them to support their efforts, including best practices from corporate America’s diversity and inclusion programs, and would connect key city staffs with each other so that they can learn from one another about what works and what doesn’t.',
    statusNote: 'Described in 2018 as beginning.',
    components: [5, 7, 8],
  },
  {
    slug: 'facilitating-mayoral-conversations',
    title: 'Facilitating Mayoral Conversations',
    status: 'current',
    description:
      'The Center’s founding document (November 13, 2018) said that the Conference would bring mayors together through convenings, platforms, and conference calls to discuss the challenges in their cities, how they are preventing and responding to problems, and how they are promoting inclusiveness and compassion in their policies. It said this had begun in Montgomery, at the Center’s launch, and would continue in a plenary session at the Conference’s Winter Meeting in January.',
    statusNote: 'Described in 2018 as already begun.',
    components: [1, 2, 7],
  },
  {
    slug: 'collaborating-with-corporate-leaders',
    title:
      'Collaborating with Corporate Leaders to Identify Strategies to Advance Equality, Diversity, Inclusion and to Share Outstanding Best Practices and Lessons Learned in the Private and Public Sectors',
    status: 'current',
    description:
      'The Center’s founding document (November 13, 2018) said that the Conference would showcase outstanding best practices in the work place, as well as lessons learned, to inspire other cities and companies to work together in addressing diversity and inclusion in both the workplace and in the community.',
    statusNote: 'Described in 2018 as beginning.',
    components: [6, 7],
  },
  {
    slug: 'recognizing-exemplary-efforts',
    title: 'Recognizing Exemplary Efforts',
    status: 'planned',
    statusNote: 'Planned in 2018, as resources allow.',
    description:
      'The Conference will establish a recognition program to highlight particularly successful efforts by mayors and cities to promote collaborative solutions for inclusiveness and compassion and combat hate, extremism, and bigotry. Mayors will be invited to submit applications describing exemplary initiatives for consideration by an independent panel of judges. The award winners will be announced at one of the Conference’s two major meetings each year.',
    components: [6, 7],
  },
  {
    slug: 'supporting-targeted-communities',
    title: 'Supporting Targeted Communities and Bringing Together Civic, Business and Community Leaders to Build Trust',
    status: 'planned',
    statusNote:
      'Planned in 2018, as resources allow.',
    description:
      'The Conference will launch a competitive grants program that will provide funding to support local initiatives that bring together local leaders from the public and private sectors to promote inclusiveness and compassion and combat hate, extremism and bigotry.',
    components: [6],
  },
]

function activityDocuments(): SeedDoc[] {
  return ACTIVITIES.map(({ slug: activitySlug, components, ...activity }, index) => ({
    _id: ID.activity(activitySlug),
    _type: 'centerActivity',
    order: index + 1,
    ...activity,
    compactComponents: refs(compactIds(...components)),
  }))
}

// ---------------------------------------------------------------------------------------------
// The U.S. Coalition's 10-Point Plan of Action (verbatim, UNESCO page)
// ---------------------------------------------------------------------------------------------

const PLAN_ACTIONS = {
  conference: [
    'Continue collective efforts to speak out against racism and other forms of discrimination and propose solutions, and join with national civil rights organizations in this effort;',
    'Advocate for inclusion and non-discrimination in all federal laws, policies, and programs;',
    'Work toward sentencing and prison reform to reduce disparities between blacks and Hispanics and whites in sentences and incarceration rates;',
    'Improve the ability of people released from prison, who are disproportionately black and Hispanic, to reenter their communities through increased federal support for Second Chance programs and changes in policies and procedures which make it difficult, if not impossible, to become productive members of society;',
    'Continue calling for an expanded national effort to reduce poverty, which disproportionately affects minority communities, and create employment opportunities by increasing job creation, job training, child care availability, transportation availability, affordable housing, and other needed assistance.',
  ],
  cities: [
    'Ensure that city policies and procedures promote inclusion and do not discriminate and that employees are provided the training needed to implement them;',
    'Use the bully pulpit to provide leadership on issues of concern, engage in the difficult conversations that may be needed, speak out against hate crimes and all discriminatory acts whenever they occur, and provide comfort and assistance to victims of discrimination;',
    'Work with the school system to promote education about differences, the importance of tolerance, and behavior that respects differences among people;',
    'Facilitate the integration of immigrants and other new residents into the community;',
    'Encourage community activities that celebrate diversity and educate city residents about the different cultures that compose a city’s population.',
  ],
} as const

function planActionDocuments(): SeedDoc[] {
  return (['conference', 'cities'] as const).flatMap((scope) =>
    PLAN_ACTIONS[scope].map((text, index) => ({
      _id: ID.plan(scope, index + 1),
      _type: 'planAction',
      scope,
      number: index + 1,
      text,
    })),
  )
}

// ---------------------------------------------------------------------------------------------
// People who belong to no city (mayors are written by cities.ts)
// ---------------------------------------------------------------------------------------------

type PersonDef = {
  slug: string
  name: string
  role: string
  organization: string
  email?: string
  phone?: string
  bio?: string
  sourceUrl?: string
}

const PEOPLE: readonly PersonDef[] = [
  {
    slug: 'bryan-stevenson',
    name: 'Bryan Stevenson',
    role: 'Founder and Executive Director, Equal Justice Initiative',
    organization: 'equal-justice-initiative',
    bio: 'Founded and leads the Equal Justice Initiative, which created the National Memorial for Peace and Justice and Montgomery’s Legacy Museum. The Center’s launch in Montgomery, AL, on November 13-14, 2018, was an event that included a discussion session with him.',
    sourceUrl: SOURCE.centerPage,
  },
  {
    slug: 'tom-cochran',
    name: 'Tom Cochran',
    role: 'CEO and Executive Director, The U.S. Conference of Mayors',
    organization: 'us-conference-of-mayors',
    bio: 'Documented the Center’s launch in Montgomery, AL, in November 2018 for the nation’s mayors.',
    sourceUrl: SOURCE.centerPage,
  },
  {
    slug: 'laura-dekoven-waxman',
    name: 'Laura DeKoven Waxman',
    role: 'Director of Public Safety, The U.S. Conference of Mayors',
    organization: 'us-conference-of-mayors',
    email: WAXMAN_EMAIL,
    phone: WAXMAN_WORK_PHONE,
    bio: 'The Conference’s contact for the U.S. Coalition of Cities against Racism and Discrimination.',
    sourceUrl: SOURCE.unescoCoalition,
  },
  {
    slug: 'travon-anderson',
    name: 'Travon Anderson',
    role: 'Contact for information on Race Forward',
    organization: 'race-forward',
    email: 'tanderson@raceforward.org',
  },
]

function personDocuments(): SeedDoc[] {
  return PEOPLE.map(({ slug: personSlug, organization, ...person }) => ({
    _id: ID.person(personSlug),
    _type: 'person',
    slug: slug(personSlug),
    ...person,
    organization: ref(ID.org(organization)),
  }))
}

// ---------------------------------------------------------------------------------------------
// Sections
// ---------------------------------------------------------------------------------------------

const compactList = COMPACT_COMPONENTS.map((c, i) => `${i + 1}. [${c.title}](ref:${ID.compact(i + 1)})`).join('\n')
const activityList = (status: ActivityStatus) =>
  ACTIVITIES.filter((a) => a.status === status)
    .map((a) => `- ${a.title}`)
    .join('\n')

const CAPTIONS = {
  benjamin:
    'Conference of Mayors President Columbia (SC) Mayor Steve Benjamin at the National Memorial for Peace and Justice in Montgomery, AL. The Conference believed the six-acre site, which includes 800 six-foot monuments symbolizing thousands of racial terror lynching victims in the United States, was uniquely appropriate for the launch of a permanent center to support inclusion and compassion in America’s cities.',
  delegation:
    'A Conference of Mayors delegation of mayors in Montgomery, AL for the launch of the Center for Inclusive and Compassionate Cities, with Bryan Stevenson (front row, center), founder and Executive Director of the Equal Justice Initiative, which created the National Memorial for Peace and Justice as well as Montgomery’s Legacy Museum that displays the history of slavery and racism in America.',
  fischer:
    'Louisville Mayor Greg Fischer, then Vice President of the Conference of Mayors, in the Conference’s 2020 Leadership Meeting, held in February in Orlando. Mayor Fischer briefed mayors on the Center’s plans for the year and on his continuing efforts to engage his city’s residents in community service and bring diverse groups together to build the “social muscle” a city needs to respond to crises.',
  birmingham: '16th Street Baptist Church, Birmingham (USA)',
} as const

type SectionDef = {
  slug: string
  title: string
  summary: string
  body: string
  keyFacts?: ReturnType<typeof sourcedFact>[]
  figures?: ReturnType<typeof captionedFigure>[]
  contact?: string
  links?: ReturnType<typeof link>[]
}

const ABOUT: SectionDef = {
  slug: 'about',
  title: 'About the Center',
  summary:
    'How the Center grew out of the Mayors’ Compact that more than 325 mayors signed after Charlottesville, who supports it, what it sets out to do, and the U.S. Conference of Mayors behind it.',
  body: `
## From Charlottesville to Montgomery

In the troubling days following the violent and deadly demonstrations in [Charlottesville](ref:${ID.city('charlottesville-va')}) in August 2017, more than 325 mayors signed a Mayors’ Compact to Combat Hate, Extremism and Bigotry, a 10-point pledge to work toward inclusive and compassionate cities drafted by the Conference in conjunction with the [Anti-Defamation League](ref:${ID.org('anti-defamation-league')}).

It was the mayors’ immediate and compelling call for action that quickly led the [United States Conference of Mayors](ref:${ID.org('us-conference-of-mayors')}) to commit to the establishment of a Center that would support mayors’ efforts to make cities across the nation more equitable, more inclusive, and more compassionate. Conference of Mayors President Steve Benjamin, Mayor of [Columbia (SC)](ref:${ID.city('columbia-sc')}), announced plans to establish the Center (originally titled the Center for Inclusive and Compassionate Cities) in his inaugural address in Columbia on May 7, 2018 and again on June 9 in his President’s Address at the organization’s 86th annual meeting in [Boston](ref:${ID.city('boston-ma')}). At that Annual Meeting the Conference [announced the establishment of the Mayors and Business Leaders Center for Inclusive and Compassionate Cities](${SOURCE.launchRelease2018}), in a release dated June 11, 2018.

The Center was formally launched by Mayor Benjamin in [Montgomery (AL)](ref:${ID.city('montgomery-al')}) in a November 13-14, 2018 Conference of Mayors event that included a discussion session with Bryan Stevenson, the founder and Executive Director of the [Equal Justice Initiative](ref:${ID.org('equal-justice-initiative')}). The event was documented for the nation’s mayors by Conference CEO and Executive Director Tom Cochran and reported in the Montgomery Advertiser on 11/14/2018 and [11/15/2018](${SOURCE.montgomeryAdvertiser20181115}).

## Business support

Early support from [Walmart](ref:${ID.org('walmart')}), which made the initial grant, followed by [the Coca-Cola Company](ref:${ID.org('coca-cola-company')}) and [Comcast](ref:${ID.org('comcast')}), was critical to the establishment of the Center. (The Center’s founding document of November 13, 2018 names Walmart and the Coca-Cola Company as the two key members of the business community that had already joined the Conference in building the Center.) Their support sends a message to city leaders and business leaders that three of the world’s most successful and influential companies recognize the importance of direct action to confront bias and hate with compassion and inclusion. The Conference of Mayors recognizes that the leadership of the business community will contribute to the success of individual mayors’ efforts, and to the overall success of the Center itself.

[Target](ref:${ID.org('target')}) is also a partner in the Center: since 2021 it has worked with the Conference on the [Police Reform and Racial Justice Grant Program](ref:${ID.section('grants')}).

## Background

The Conference set out the background of the Center in a 2018 document, *The Mayors and Business Leaders Center for Inclusive and Compassionate Cities*. It reads, in part:

> For decades, The United States Conference of Mayors has taken a strong position in support of civil rights and in opposition to racism and discrimination of all kinds. In the 55 years since the murder of Medgar Evers in Jackson, Mississippi, the bombing of the 16th Street Baptist Church in Birmingham, Alabama, which killed four young girls, and the March on Washington led by Dr. Martin Luther King, Jr., much progress has been made in addressing past grievances and in ensuring the civil and human rights of all Americans.

> Across the country, mayors have spoken out against discrimination and injustice when they have occurred and have undertaken efforts to foster equity for underrepresented groups and build tolerance and understanding within their communities. Cities have also undertaken efforts to integrate immigrants into their communities and have adopted a variety of policies to include fully and treat equitably their LGBTQ residents. They have worked to inculcate compassion in their cities' policies and activities.

> However, inequities in our cities and country continue to challenge mayors. Extremism and violent bigotry are on the rise across the country. There are efforts in the states and at the highest levels of government to weaken existing civil rights policies and reduce their enforcement. There has been an increase in hate violence, xenophobic rhetoric, and discriminatory actions that target African Americans, Jews, Muslims, and other minorities. Mayors, who historically have been committed to advancing inclusiveness and equity, are addressing these challenges head on and will not permit them to succeed.

> Mayors and their cities must continue to be a beacon for inclusion, tolerance, and respect for all. They recognize the need to strengthen the cultures of diversity, kindness and compassion in their communities, and expect their federal and state partners to join them in this endeavor.

> To deliver on the promise of inclusiveness and equity for all, mayors must also collaborate with the business community. Mayors run their cities, but they walk every step of the way with businesses in them. Corporate leaders manage thousands of employees – employees who are citizens who reside in our cities – and are critical to ensuring inclusion not only in the workplace but insuring that the corporate culture reflects the communities they serve.

### The Mayors’ Compact

The same document describes the Compact:

> To focus this effort, The United States Conference of Mayors working with the Anti-Defamation League, launched an initiative immediately following the violent demonstrations in Charlottesville in August of 2017 – The Mayors' Compact to Combat Hate, Extremism and Bigotry – to promote the fundamental principles of justice and equality that define America.

> More than 325 of the nation's mayors – the most recent and largest mayoral action for diversity and inclusion – have signed the Compact to date, committing to act to fight inequities and create inclusive and compassionate cities.

The Mayors’ Compact has 10 components:

${compactList}

## The Center’s goal

The document then sets out the Center’s goal:

> In recognition of the strong mayoral response to the Mayors' Compact, the Conference is launching The Mayors and Business Leaders Center for Inclusive and Compassionate Cities. Its goal is to support and advance the Mayors' Compact with sustained action through collaboration, education and awareness, information sharing, technical assistance, and best practices.

> An important goal of the Center is to create a strong and committed partnership between mayors and business leaders inside the Conference and to collaborate on visions of success to make our cities – and ultimately our nation – stronger, more equitable, more compassionate, and more inclusive. Inclusion is good for the economy, for business, for cities, and for the nation.

(Quoted from *The Mayors and Business Leaders Center for Inclusive and Compassionate Cities*, U.S. Conference of Mayors, 2018.)

In that document the Conference said that, with the support of its business partners, it was beginning to work with cities to carry out the Compact’s 10 components through these activities:

${activityList('current')}

In the future, as resources allow, further activities will be undertaken:

${activityList('planned')}

## About The United States Conference of Mayors

The United States Conference of Mayors is the official non-partisan organization of cities with populations of 30,000 or more. There were 1,408 such cities in the country in 2018. Each city is represented in the Conference by its chief elected official, the mayor.

For more than 70 years, the U.S. Conference of Mayors has taken a strong position in support of civil rights and in opposition to racism and discrimination of all kinds. It has also supported efforts to encourage compassion and kindness in city policies and promote city initiatives that respect and celebrate different cultures and religions, understand differences, and unite residents around shared values. In the years before 2018, the Conference adopted policy supporting compassion as an effective public policy, calling for adoption of a culture of kindness in cities and in America, and reviving civility and respect. Policies have also supported immigrant rights and recognized the important cultural and economic contributions that immigrants bring to cities, and decried all forms of discrimination and hate speech based on an individual’s religion and country of origin.

In 2013, the Conference formed the [U.S. Coalition of Cities Against Racism and Discrimination](ref:${ID.section('coalition')}) and secured the commitment of more than 120 mayors to implement its 10-Point Plan of Action. In 2016, following tragic shootings in [Dallas](ref:${ID.city('dallas-tx')}), Baton Rouge, and Falcon Heights, MN, the Conference encouraged mayors to convene community conversations on race relations, justice, policing and equality, and compiled and published information on these conversations in 49 cities from 30 states.
`,
  keyFacts: [
    sourcedFact('more than 325', 'mayors signed the Mayors’ Compact to Combat Hate, Extremism and Bigotry', STATED_BY.release2018, SOURCE.launchRelease2018),
    sourcedFact('30,000 or more', 'residents: the population of the cities the Conference represents', STATED_BY.foundingDocument),
    sourcedFact('1,408', 'cities of 30,000 or more in the country, at the time of the 2018 founding document', STATED_BY.foundingDocument),
    sourcedFact('more than 70 years', 'of the Conference’s support for civil rights and opposition to racism and discrimination', STATED_BY.foundingDocument),
    sourcedFact('more than 120', 'mayors whose commitment to implement the U.S. Coalition’s 10-Point Plan of Action the Conference had secured, per its 2018 founding document', STATED_BY.foundingDocument),
    sourcedFact('49 cities from 30 states', 'where community conversations on race relations, justice, policing and equality were held in 2016', STATED_BY.foundingDocument),
  ],
  figures: [captionedFigure(CAPTIONS.benjamin), captionedFigure(CAPTIONS.delegation), captionedFigure(CAPTIONS.fischer)],
  links: [
    link('The Center’s page on the Conference’s website', SOURCE.centerPage, 'U.S. Conference of Mayors'),
    link(
      'U.S. Conference of Mayors Launches the Mayors and Business Leaders Center for Inclusive and Compassionate Cities (June 11, 2018)',
      SOURCE.launchRelease2018,
      'U.S. Conference of Mayors',
    ),
    link('National mayors group hopes to combat bigotry with compassion, by Andrew J. Yawn (November 15, 2018)', SOURCE.montgomeryAdvertiser20181115, 'Montgomery Advertiser'),
  ],
}

/** Pages of systemic-racism.yaml a page may cite (copies and proxies of the PDFs are not among them). */
const SR = {
  vision: 'https://www.usmayors.org/2020-vision/dismantle-systemic-racism-and-advance-human-and-civil-rights/',
  visionRelease: 'https://www.usmayors.org/2020/08/17/mayors-2020-vision-us-mayors-release-bold-comprehensive-policy-agenda/',
  gov1: 'https://www.gov1.com/community-development/articles/nations-mayors-release-election-year-policy-agenda-G8WZTvMJacm0UF9S/',
  urbanNext50: 'https://next50.urban.org/question/structural-racism.html',
  urbanCollection: 'https://www.urban.org/structural-racism-america',
} as const

const DISMANTLING_SYSTEMIC_RACISM: SectionDef = {
  slug: 'dismantling-systemic-racism',
  title: 'Dismantling Systemic Racism',
  summary:
    'The mayors’ working group on systemic racism, formed under the Conference’s 2020 program “An American Breakthrough,” the Urban Institute brief the Center lists, and the systemic racism chapter of the Conference’s August 2020 platform.',
  body: `
## An American Breakthrough

Upon assuming the presidency of the U.S. Conference of Mayors on July 1, 2020, [Louisville](ref:${ID.city('louisville-ky')}) Mayor Greg Fischer launched “An American Breakthrough,” an aggressive program for the year ahead that charged working groups of mayors to provide new perspectives on realizing the potential of America and meeting the most formidable challenges facing the nation today. Among these:

- police reform and racial justice
- COVID-19 response and health equity
- economic recovery
- elimination of poverty
- dismantling systemic racism, a challenge affecting all other efforts undertaken

Source: the Center’s [Dismantling Systemic Racism](${SOURCE.systemicRacism}) page.

## The mayors’ working group on systemic racism

The mayors’ working group on systemic racism, co-chaired by Mayors Keisha Lance Bottoms of [Atlanta](ref:${ID.city('atlanta-ga')}), Hardie Davis, Jr. of [Augusta](ref:${ID.city('augusta-ga')}), and Christopher Cabaldon of [West Sacramento](ref:${ID.city('west-sacramento-ca')}), is focused on reform of historic and current public policies that maintain white supremacy.

The group’s mission is to provide recommendations for use by the Conference, member mayors, and federal and private sector partners in addressing racial disparities and ensuring more equitable outcomes – politically, socially, and economically – for people of color.

The initial product of the working group was a detailed statement on the impact of systemic racism on communities of color to date in 2020. This statement is incorporated in the Conference’s August 2020 platform of priorities for a safe, sustainable and equitable future: *The Mayors’ 2020 Vision: An American Breakthrough*.

In 2020 the Conference announced that, in the year ahead, reports produced by the mayors’ working group on dismantling systemic racism would be published on the Center’s web page.

Source: the Center’s [Dismantling Systemic Racism](${SOURCE.systemicRacism}) page.

## An Urban Institute brief the Center lists

The first publication the Center’s page lists is a 2019 brief by the Urban Institute, one of the eight briefs of its Next50 Catalyst series, supported by the Citi Foundation. As the Center describes it, the brief addresses racial equity and wider access to opportunity for people of color: it recalls the nation’s history of systemic racism, draws on interviews with thought leaders and changemakers in wealth-building, public education, employment and justice policy, and examines solutions for closing the wealth gap and providing quality public schools. (Source: the Center’s [Dismantling Systemic Racism](${SOURCE.systemicRacism}) page.)

The Urban Institute presents the brief on its [Next50 page on structural racism](${SR.urbanNext50}) and in its collection [Structural Racism in America](${SR.urbanCollection}), which asks what it would take to overcome the damaging effects of structural racism and ensure a more equitable future. The brief itself, dated May 2019, is by Kilolo Kijakazi, K. Steven Brown, Donnie Charleston and Charmaine Runes. It sets out four solution sets:

- Close the Racial Wealth Gap
- Eliminate Racial Inequities in Public School Quality
- Close Employment and Earnings Gaps
- End Punitive Policing

and three knowledge priorities:

- Pilot Bold Remedies with Rigorously Evaluated Demonstrations
- Adapt Microsimulation Models to Focus on Equity Gaps
- Quantify the Full Costs and Benefits of Bold Remedies

(Source for the date, the authors and the lists: the brief itself, which the Urban Institute’s pages above present.)

## The Mayors’ 2020 Vision

The Conference released *The Mayors’ 2020 Vision: An American Breakthrough* on August 17, 2020. Its release says the platform covers ten broad issue areas with dozens of specific solutions, as a roadmap for three crises: racial inequality, the coronavirus and a struggling economy. It updates an agenda first introduced late in 2019 under then-President Bryan Barnett, at an event the Conference co-hosted with the nonprofit Accelerator for America in Waterloo, Iowa. (Source: the Conference’s [release of August 17, 2020](${SR.visionRelease}).) That earlier agenda was titled *Mayors’ Vision for America: A 2020 Call to Action*, was built on infrastructure, innovation and inclusion, and was showcased at the Local America Presidential Forum in Waterloo. (Source: [Gov1](${SR.gov1}).)

The platform’s chapter [Dismantle Systemic Racism and Advance Human and Civil Rights](${SR.vision}) opens with these points, in our words:

- The disruption of 2020 put a spotlight on how deep and wide systemic racism runs, and built public conviction that it must be dismantled, for the sake of society and of the economy.
- It recalls the late Congressman John Lewis’s call to speak up and act against what is not right, fair or just, and says that honoring him means seizing the moment.
- It defines racism as a system of beliefs and behaviors rooted in presumed white superiority, conscious and unconscious, personal and institutional, which oppresses people of color.
- The Conference finds that institutional and structural racism must be tackled at base levels, engaging both government and the private sector to dismantle long-standing racialized practices.
- This bias across institutions privileges white people and produces disproportionate poverty, unemployment, incarceration, and policing and criminal-justice abuses in communities of color.
- By mid-2020, COVID-19 had shown persons of color suffering significantly higher hospitalization and death rates than whites; the chapter cites the Centers for Disease Control and Prevention.

The chapter’s recommendations and figures are on the Conference’s page; only its opening could be read for this site.
`,
  links: [
    link('Dismantling Systemic Racism (the Center’s page on the Conference’s website)', SOURCE.systemicRacism, 'U.S. Conference of Mayors'),
    link('Dismantle Systemic Racism and Advance Human and Civil Rights (The Mayors’ 2020 Vision)', SR.vision, 'U.S. Conference of Mayors'),
    link('Structural Racism in America', SR.urbanCollection, 'Urban Institute'),
  ],
}

const SUPPORT_FOR_IMMIGRANTS: SectionDef = {
  slug: 'support-for-immigrants-and-minorities',
  title: 'Support for Immigrants and Minorities',
  summary:
    'In July 2019 the Conference asked mayors how they were reassuring immigrants and all minorities feeling targeted that their city stands with them. Here are statements and initiatives from cities across the nation.',
  body: `
In July 2019, during a period in which fear and anxiety in immigrant communities across the nation had grown as a result of a range of aggressive anti-immigrant initiatives at the federal level, and fear and anxiety across broader minority communities was being stoked by racist and nativist rhetoric from many sources and by the failure of many at high levels in government to confront it, the Conference invited mayors to describe actions taken to reassure immigrants and all minorities feeling targeted that their city government stands with them, to protect their rights and help counter the racist rhetoric they may feel is directed at them.

Following are examples of statements issued and initiatives launched in cities across the nation.
`,
}

const BEST_PRACTICES: SectionDef = {
  slug: 'best-practices',
  title: 'Best Practices',
  summary:
    'Summaries of policies cities have put in place to become more inclusive and compassionate. Every mayor is invited to send in the city’s own initiatives.',
  body: `
The Conference introduced these summaries on its page for the Center in these words:

> Over the years, mayors across the nation have implemented a wide range of policies designed to strengthen the goals of inclusiveness and compassion for their cities. All mayors are invited to provide information to the Center on their initiatives, to be accessed by other mayors on this Web page. The reports that follow summarize efforts underway in a number of cities; each identifies a person in the city to be contacted for additional information.

## An invitation to every mayor

Collecting and disseminating best practices is one of the activities the Center’s founding document set out in November 2018. It said the Conference would invite mayors to submit information on their successful efforts – and lessons learned – to promote inclusiveness and compassion in city policies and activities and combat hate, extremism, and bigotry, and would publish that information as best practices on its web site, making it widely available to mayors and their cities, to other levels of government, private non-profit organizations, businesses, and the public.
`,
}

const RESOURCES: SectionDef = {
  slug: 'resources',
  title: 'Resources to Support City Efforts',
  summary:
    'National organizations that help cities overcome the inequities that stand in the way of inclusiveness and compassion, with the services they offer, and publications cities can put to use.',
  body: `
Across the nation, numerous national organizations work with cities to combat the social, racial, economic and other inequities that stand as barriers to inclusiveness and compassion in communities. These organizations, many of which are interrelated and jointly sponsor programs, serve as resources for mayors and other city leaders, providing ideas for initiatives as well as direct assistance in implementing and operating them.

For the examples that follow, mission statements and services described are based on information provided on the organizations’ websites. The organizations are followed by four publications that cities can use.
`,
}

const DOCUMENTING_THE_PROBLEMS: SectionDef = {
  slug: 'documenting-the-problems',
  title: 'Documenting the Problems',
  summary:
    'Recent reports by the ADL, Communities Against Hate, and Over Zero with New America show how much hate incidents in the United States have grown in number and intensity.',
  body: `
Incidents of hate in its many forms have been documented on an annual basis in the U.S. for many years. In recent years, the increase in the number and intensity of incidents reported has been significant. This is illustrated in recent reports by three organizations established to counter hate in our society:

- [ADL – The Anti-Defamation League](ref:${ID.org('anti-defamation-league')}): its [audit of anti-Semitic incidents in 2018](ref:${ID.report('adl-audit-of-anti-semitic-incidents-2018')})
- [Communities Against Hate](ref:${ID.org('communities-against-hate')}): [Hate Magnified: Communities in Crisis](ref:${ID.report('hate-magnified-communities-in-crisis')})
- [Over Zero](ref:${ID.org('over-zero')}) with [New America](ref:${ID.org('new-america')}): [Building U.S. Resilience to Political Violence](ref:${ID.report('building-us-resilience-to-political-violence')})
`,
}

const MEASURES_OF_RACIAL_DISPARITIES: SectionDef = {
  slug: 'measures-of-racial-disparities',
  title: 'Measures of Racial Disparities',
  summary:
    'Indicators of racial disparities in America published in recent years, from the Conference’s Measures of Racial Disparities page: each group’s figure, charted with its table.',
  body: `
The Center’s page introduces the indicators this way:

> The depth and breadth of systemic racism in America have come under renewed examination in 2020 as COVID-19 sweeps away lives and livelihoods and as Black Lives Matter and related equal justice protests continue through the year. There is growing awareness that the systemic racism that has tainted virtually every aspect of modern society must finally be dismantled. Following are selected indicators of the problem published in recent years.

The indicators below are those of the Conference’s [Measures of Racial Disparities](${MEASURES_PAGE}) page that the Center carries: seven indicators of its Early Childhood section, probably all of that section, and the first two of its Education section. The Conference’s page holds the rest. The page gives no year for its indicators. Where this site has the source the page names for an indicator, it names it too. The figures are the page’s; the charts and tables are ours.
`,
  links: [link('Measures of Racial Disparities (all the indicators, on the Conference’s website)', MEASURES_PAGE, 'U.S. Conference of Mayors')],
}

const GRANTS: SectionDef = {
  slug: 'grants',
  title: 'Police Reform and Racial Justice Grant Program',
  summary:
    'A grant program of the Conference and Target, announced in January 2021, that funds and publicizes city police practices advancing fair, equitable treatment of all residents.',
  body: `
On January 21, 2021, at the opening session of the Conference’s 2021 Winter Meeting, Laysha Ward, Executive Vice President and Chief External Engagement Officer of [Target](ref:${ID.org('target')}), announced the Police Reform and Racial Justice Grant Program.

The program funds and publicizes city police practices that advance fair, equitable treatment of all residents. From its third round, in 2023, it has been called the Police Reform and Equitable Justice Grant Program.

The program’s rounds, and the cities each round recognized, follow.
`,
  links: [
    link('Police Reform and Racial Justice Grant Program', SOURCE.grantProgram2021, 'U.S. Conference of Mayors'),
    link('Police Reform and Equitable Justice Grant Program (the Center’s page)', SOURCE.centerGrantPage, 'U.S. Conference of Mayors'),
  ],
}

const VIDEOS: SectionDef = {
  slug: 'videos',
  title: 'USCM Meeting/Webinar Videos',
  summary:
    'Sessions on compassion and equity from the U.S. Conference of Mayors’ page of meeting and webinar videos: each with its meeting, its date as given and the people who took part.',
  body: `
These are the videos of the Conference’s page of [USCM meeting and webinar videos on compassion and equity](${SOURCE.meetingVideos}) that the Center carries: the first entries of that page. The Conference’s page holds more, and is where to watch them.
`,
  links: [link('USCM Meeting/Webinar Videos on Compassion and Equity (all the videos)', SOURCE.meetingVideos, 'U.S. Conference of Mayors')],
}

const COALITION: SectionDef = {
  slug: 'coalition',
  title: 'U.S. Coalition of Cities against Racism and Discrimination',
  summary:
    'Formed by the Conference with UNESCO and the U.S. Department of State in 2013, the Coalition brings together cities whose mayors pledge to carry out a 10-Point Plan of Action against racism and discrimination.',
  body: `
The [U.S. Coalition of Cities against Racism and Discrimination](ref:${ID.org('us-coalition-of-cities-against-racism-and-discrimination')}) gathers municipalities committed to improving city-level policies and services in the fight against racism, xenophobia and discrimination. Each city adopts a 10-Point Plan of Action carrying out concrete steps for its implementation. In 2018 the Conference reported the commitment of more than 120 mayors to implement the plan; UNESCO counts 51 municipalities from 27 federal states.

## Launched in Birmingham in 2013

The [United States Conference of Mayors](ref:${ID.org('us-conference-of-mayors')}), in cooperation with [UNESCO](ref:${ID.org('unesco')}) and the [United States Department of State](ref:${ID.org('us-department-of-state')}), launched the U.S. Coalition on 12 September 2013 in [Birmingham, Alabama](ref:${ID.city('birmingham-al')}). The inauguration was part of the Empowerment Week activities surrounding the 50th anniversary of the tragic events that marked the civil rights movement for equality in the city.

## Part of a worldwide coalition

The U.S. Coalition joins six other national and regional coalitions of the [International Coalition of Inclusive and Sustainable Cities – ICCAR](ref:${ID.org('iccar')}). Established in 2004, the global network platform gathers over 500 municipalities worldwide interested in sharing good practices and leveraging local strategies in areas such as education, employment, housing provision and cultural activities.

America’s mayors have taken a strong position in support of civil rights and in opposition to racism and discrimination of all kinds; however, serious racial and ethnic disparities persist. City administrations have been called to perform further efforts to build tolerance and understanding within their local communities.

## Joining the Coalition

US cities are invited to join the U.S. Coalition of Cities Against Racism and Discrimination by signing onto the Conference’s 10-Point Plan of Action. To join this coalition, mayors pledge to undertake 10 action steps: five through The U.S. Conference of Mayors and five in their cities.

To join, contact Laura DeKoven Waxman, Director of Public Safety, The U.S. Conference of Mayors, 1620 Eye Street, NW, Washington, DC 20006, United States of America; work telephone ${WAXMAN_WORK_PHONE}; email [${WAXMAN_EMAIL}](mailto:${WAXMAN_EMAIL}).
`,
  keyFacts: [
    sourcedFact('more than 120', 'mayors committed to implement the 10-Point Plan of Action', STATED_BY.foundingDocument),
    sourcedFact('51 municipalities from 27 federal states', 'gathered in the U.S. Coalition', STATED_BY.unesco, SOURCE.unescoCoalition),
  ],
  figures: [captionedFigure(CAPTIONS.birmingham, '© U.S. Department of State / J. Eldridge')],
  contact: ID.person('laura-dekoven-waxman'),
  links: [link('U.S. Coalition of Cities against Racism and Discrimination', SOURCE.unescoCoalition, 'UNESCO')],
}

/** The sections in navigation order. */
const SECTIONS: readonly SectionDef[] = [
  ABOUT,
  DISMANTLING_SYSTEMIC_RACISM,
  SUPPORT_FOR_IMMIGRANTS,
  BEST_PRACTICES,
  RESOURCES,
  DOCUMENTING_THE_PROBLEMS,
  MEASURES_OF_RACIAL_DISPARITIES,
  GRANTS,
  VIDEOS,
  COALITION,
]

function sectionDocuments(): SeedDoc[] {
  return SECTIONS.map(({ slug: sectionSlug, body, contact, ...section }, index) => ({
    _id: ID.section(sectionSlug),
    _type: 'centerSection',
    ...section,
    slug: slug(sectionSlug),
    order: index + 1,
    body: richText(body),
    ...(contact ? { contact: ref(contact) } : {}),
  }))
}

// ---------------------------------------------------------------------------------------------
// Site settings
// ---------------------------------------------------------------------------------------------

function siteSettingsDocument(): SeedDoc {
  return {
    _id: ID.siteSettings,
    _type: 'siteSettings',
    name: 'Mayors and Business Leaders Center for Compassionate and Equitable Cities',
    shortName: 'Center for Compassionate and Equitable Cities',
    formerNames: [
      {
        _type: 'formerName',
        name: 'Mayors and Business Leaders Center for Inclusive and Compassionate Cities',
        usage: 'Name at the 2018 launch',
        sourceUrl: SOURCE.launchRelease2018,
      },
      {
        _type: 'formerName',
        name: 'Center for Inclusive and Compassionate Cities',
        usage: 'Original title, 2018',
        sourceUrl: SOURCE.centerPage,
      },
    ],
    parentOrganization: ref(ID.org('us-conference-of-mayors')),
    tagline: 'Supporting mayors’ efforts to make cities across the nation more equitable, more inclusive, and more compassionate',
    mission:
      'The U.S. Conference of Mayors founded the Center in 2018, after more than 325 mayors signed the Mayors’ Compact to Combat Hate, Extremism and Bigotry. Working with business leaders, the Center helps mayors put the Compact into practice: it shares what works in cities, points them to resources and assistance, and brings mayors together to talk through the challenges their cities face.',
    navigation: SECTIONS.map((s) => ref(ID.section(s.slug))),
    // The Conference's address (seed 004) and the Center's page on its website; no telephone or email
    // of the Conference's or the Center's own is in the sources.
    contact: { ...CONFERENCE_ADDRESS, website: SOURCE.centerPage },
    metaDescription:
      'A center of the U.S. Conference of Mayors helping mayors and business leaders build compassionate, equitable and inclusive cities.',
  }
}

// ---------------------------------------------------------------------------------------------
// Timeline
// ---------------------------------------------------------------------------------------------

type MilestoneDef = {
  slug: string
  title: string
  date: string
  datePrecision: DatePrecision
  endDate?: string
  city?: string
  place?: string
  description: string
  people?: string[]
  organizations?: string[]
  sources?: ReturnType<typeof link>[]
}

const SOURCE_LINK = {
  centerPage: link('Mayors and Business Leaders Center for Compassionate and Equitable Cities', SOURCE.centerPage, 'U.S. Conference of Mayors'),
  launchRelease2018: link(
    'U.S. Conference of Mayors Launches the Mayors and Business Leaders Center for Inclusive and Compassionate Cities',
    SOURCE.launchRelease2018,
    'U.S. Conference of Mayors',
  ),
  systemicRacism: link('Dismantling Systemic Racism', SOURCE.systemicRacism, 'U.S. Conference of Mayors'),
  unescoCoalition: link('U.S. Coalition of Cities against Racism and Discrimination', SOURCE.unescoCoalition, 'UNESCO'),
  montgomeryAdvertiser: link('National mayors group hopes to combat bigotry with compassion, by Andrew J. Yawn', SOURCE.montgomeryAdvertiser20181115, 'Montgomery Advertiser'),
  grantProgram2021: link('Police Reform and Racial Justice Grant Program', SOURCE.grantProgram2021, 'U.S. Conference of Mayors'),
  centerGrantPage: link('Police Reform and Equitable Justice Grant Program', SOURCE.centerGrantPage, 'U.S. Conference of Mayors'),
} as const

const MILESTONES: readonly MilestoneDef[] = [
  {
    slug: 'us-coalition-launched',
    title: 'The U.S. Coalition of Cities against Racism and Discrimination is launched',
    date: '2013-09-12',
    datePrecision: 'day',
    city: 'birmingham-al',
    place: 'Empowerment Week, 50th anniversary of the civil rights events in Birmingham',
    description:
      'The Conference, in cooperation with UNESCO and the U.S. Department of State, launched the U.S. Coalition in Birmingham, Alabama, as part of the Empowerment Week activities surrounding the 50th anniversary of the tragic events that marked the civil rights movement for equality in the city.',
    organizations: ['us-conference-of-mayors', 'unesco', 'us-department-of-state', 'us-coalition-of-cities-against-racism-and-discrimination'],
    sources: [SOURCE_LINK.unescoCoalition],
  },
  {
    slug: 'community-conversations-2016',
    title: 'Mayors convene community conversations on race relations, justice, policing and equality',
    date: '2016-01-01',
    datePrecision: 'year',
    description:
      'Following tragic shootings in Dallas, Baton Rouge, and Falcon Heights, MN, the Conference encouraged mayors to convene community conversations on race relations, justice, policing and equality, and compiled and published information on these conversations in 49 cities from 30 states.',
    organizations: ['us-conference-of-mayors'],
  },
  {
    slug: 'mayors-compact',
    title: 'More than 325 mayors sign the Mayors’ Compact to Combat Hate, Extremism and Bigotry',
    date: '2017-08-01',
    datePrecision: 'month',
    city: 'charlottesville-va',
    description:
      'In the days following the violent and deadly demonstrations in Charlottesville in August 2017, the Conference, working with the Anti-Defamation League, drafted the Mayors’ Compact, a 10-point pledge to work toward inclusive and compassionate cities. More than 325 mayors signed it.',
    organizations: ['us-conference-of-mayors', 'anti-defamation-league'],
    sources: [SOURCE_LINK.centerPage, SOURCE_LINK.launchRelease2018],
  },
  {
    slug: 'columbia-inaugural-address',
    title: 'Mayor Steve Benjamin announces plans for the Center in his inaugural address',
    date: '2018-05-07',
    datePrecision: 'day',
    city: 'columbia-sc',
    place: 'Inaugural address as President of the Conference',
    description:
      'Conference of Mayors President Steve Benjamin, Mayor of Columbia (SC), announced plans to establish the Center, originally titled the Center for Inclusive and Compassionate Cities.',
    people: ['steve-benjamin'],
    organizations: ['us-conference-of-mayors'],
    sources: [SOURCE_LINK.centerPage],
  },
  {
    slug: 'boston-presidents-address',
    title: 'Mayor Benjamin announces the Center again in his President’s Address',
    date: '2018-06-09',
    datePrecision: 'day',
    city: 'boston-ma',
    place: '86th Annual Meeting',
    description:
      'In his President’s Address at the Conference’s 86th annual meeting in Boston, Mayor Steve Benjamin again announced plans to establish the Center.',
    people: ['steve-benjamin'],
    organizations: ['us-conference-of-mayors'],
    sources: [SOURCE_LINK.centerPage],
  },
  {
    slug: 'center-established',
    title: 'The Conference announces the establishment of the Center',
    date: '2018-06-11',
    datePrecision: 'day',
    city: 'boston-ma',
    place: '86th Annual Meeting',
    description:
      'During its Annual Meeting in Boston, the Conference announced the establishment of the Mayors and Business Leaders Center for Inclusive and Compassionate Cities, developed in recognition of the strong mayoral response to the Mayors’ Compact and supported by an initial grant from Walmart.',
    organizations: ['us-conference-of-mayors', 'walmart'],
    sources: [SOURCE_LINK.launchRelease2018],
  },
  {
    slug: 'montgomery-launch',
    title: 'The Center is formally launched in Montgomery',
    date: '2018-11-13',
    endDate: '2018-11-14',
    datePrecision: 'day',
    city: 'montgomery-al',
    description:
      'Mayor Steve Benjamin formally launched the Center at a Conference of Mayors event in Montgomery (AL) that included a discussion session with Bryan Stevenson, founder and Executive Director of the Equal Justice Initiative. Walmart and the Coca-Cola Company supported the Center at its launch. Conference CEO and Executive Director Tom Cochran documented the event for the nation’s mayors; the Montgomery Advertiser reported on it on 11/14/2018 and 11/15/2018.',
    people: ['steve-benjamin', 'bryan-stevenson', 'tom-cochran'],
    organizations: ['us-conference-of-mayors', 'equal-justice-initiative', 'walmart', 'coca-cola-company'],
    sources: [SOURCE_LINK.centerPage, SOURCE_LINK.montgomeryAdvertiser],
  },
  {
    slug: 'support-for-immigrants-and-minorities',
    title: 'Mayors are asked how they stand with immigrants and minorities',
    date: '2019-07-01',
    datePrecision: 'month',
    description:
      'As fear and anxiety grew in immigrant and minority communities, the Conference invited mayors to describe actions taken to reassure immigrants and all minorities feeling targeted that their city government stands with them.',
    organizations: ['us-conference-of-mayors'],
    sources: [SOURCE_LINK.centerPage],
  },
  {
    slug: 'leadership-meeting-orlando-2020',
    title: 'Mayor Greg Fischer briefs mayors on the Center’s plans for 2020',
    date: '2020-02-01',
    datePrecision: 'month',
    city: 'orlando-fl',
    place: '2020 Leadership Meeting',
    description:
      'Louisville Mayor Greg Fischer, then Vice President of the Conference, briefed mayors on the Center’s plans for the year and on his efforts to engage his city’s residents in community service and build the “social muscle” a city needs to respond to crises.',
    people: ['greg-fischer'],
    organizations: ['us-conference-of-mayors'],
    sources: [SOURCE_LINK.centerPage],
  },
  {
    slug: 'an-american-breakthrough',
    title: 'Mayor Greg Fischer launches “An American Breakthrough”',
    date: '2020-07-01',
    datePrecision: 'day',
    description:
      'On assuming the presidency of the Conference, Louisville Mayor Greg Fischer launched a program for the year ahead that charged working groups of mayors with the nation’s most formidable challenges, among them dismantling systemic racism. The working group on systemic racism is co-chaired by Mayors Keisha Lance Bottoms of Atlanta, Hardie Davis, Jr. of Augusta, and Christopher Cabaldon of West Sacramento.',
    people: ['greg-fischer', 'keisha-lance-bottoms', 'hardie-davis-jr', 'christopher-cabaldon'],
    organizations: ['us-conference-of-mayors'],
    sources: [SOURCE_LINK.systemicRacism, SOURCE_LINK.centerPage],
  },
  {
    slug: 'mayors-2020-vision',
    title: 'The Mayors’ 2020 Vision: An American Breakthrough',
    date: '2020-08-01',
    datePrecision: 'month',
    description:
      'The Conference’s August 2020 platform of priorities for a safe, sustainable and equitable future incorporated the working group’s detailed statement on the impact of systemic racism on communities of color to date in 2020.',
    people: ['keisha-lance-bottoms', 'hardie-davis-jr', 'christopher-cabaldon'],
    organizations: ['us-conference-of-mayors'],
    sources: [SOURCE_LINK.systemicRacism, SOURCE_LINK.centerPage],
  },
  {
    slug: 'grant-program-announced',
    title: 'Target and the Conference announce the Police Reform and Racial Justice Grant Program',
    date: '2021-01-21',
    datePrecision: 'day',
    place: 'Opening session of the 2021 Winter Meeting',
    description:
      'Laysha Ward, Target’s Executive Vice President and Chief External Engagement Officer, announced the grant program.',
    people: ['laysha-ward'],
    organizations: ['target', 'us-conference-of-mayors'],
    sources: [SOURCE_LINK.grantProgram2021, SOURCE_LINK.centerGrantPage],
  },
]

function milestoneDocuments(): SeedDoc[] {
  return MILESTONES.map(({ slug: milestoneSlug, city, people, organizations, ...milestone }) => ({
    _id: ID.milestone(milestoneSlug),
    _type: 'milestone',
    ...milestone,
    ...(city ? { city: ref(ID.city(city)) } : {}),
    ...(people ? { people: refs(people.map(ID.person)) } : {}),
    ...(organizations ? { organizations: refs(organizations.map(ID.org)) } : {}),
  }))
}

// ---------------------------------------------------------------------------------------------

export function centerDocuments(): SeedDoc[] {
  return [
    siteSettingsDocument(),
    ...sectionDocuments(),
    ...compactComponentDocuments(),
    ...activityDocuments(),
    ...planActionDocuments(),
    ...milestoneDocuments(),
    ...personDocuments(),
  ]
}
