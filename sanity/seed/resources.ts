/**
 * Organizations, publications and reports: the Center's "Resources to Support City Efforts" and
 * "Documenting the Problems" sections, and every other organization the Center's pages name.
 *
 * Sources: the Center's pages (seed 000), UNESCO's page on the U.S. Coalition (seed 004) and
 * facts/grant-program.yaml. Descriptions restate the organizations' own descriptions as the Center
 * summarized them; figures are exact.
 */
import type {
  FIGURE_UNIT_VALUES,
  ORGANIZATION_RELATION_VALUES,
  ORGANIZATION_ROLE_VALUES,
  PUBLICATION_KIND_VALUES,
} from '../../lib/domain/vocabulary'
import { CONFERENCE_ADDRESS, SOURCE } from './center'
import { ID, link, ref, slug, type SeedDoc } from './lib'

type Role = (typeof ORGANIZATION_ROLE_VALUES)[number]
type RelationKind = (typeof ORGANIZATION_RELATION_VALUES)[number]
type PublicationKind = (typeof PUBLICATION_KIND_VALUES)[number]
type FigureUnit = (typeof FIGURE_UNIT_VALUES)[number]

const refs = (ids: readonly string[]) => ids.map(ref)
const orgRefs = (slugs: readonly string[]) => refs(slugs.map(ID.org))

// ---------------------------------------------------------------------------------------------
// Organizations
// ---------------------------------------------------------------------------------------------

type RelationDef = { kind: RelationKind; to: string; year?: number; note?: string }

type OrganizationDef = {
  slug: string
  name: string
  acronym?: string
  roles?: Role[]
  foundedYear?: number
  description: string
  services?: string[]
  relations?: RelationDef[]
  /** Person slugs. */
  contacts?: string[]
  address?: Record<string, string>
  website?: string
  sources?: ReturnType<typeof link>[]
}

const relation = (kind: RelationKind, to: string, extra: Omit<RelationDef, 'kind' | 'to'> = {}): RelationDef => ({ kind, to, ...extra })

const SOURCE_LINK = {
  centerPage: link('Mayors and Business Leaders Center for Compassionate and Equitable Cities', SOURCE.centerPage, 'U.S. Conference of Mayors'),
  launchRelease2018: link(
    'U.S. Conference of Mayors Launches the Mayors and Business Leaders Center for Inclusive and Compassionate Cities',
    SOURCE.launchRelease2018,
    'U.S. Conference of Mayors',
  ),
  unescoCoalition: link('U.S. Coalition of Cities against Racism and Discrimination', SOURCE.unescoCoalition, 'UNESCO'),
  grantProgram2021: link('Police Reform and Racial Justice Grant Program', SOURCE.grantProgram2021, 'U.S. Conference of Mayors'),
  centerGrantPage: link('Police Reform and Equitable Justice Grant Program', SOURCE.centerGrantPage, 'U.S. Conference of Mayors'),
} as const

/** Teaching Tolerance's free resources for educators, listed under both SPLC and the program itself. */
const TEACHING_TOLERANCE_SERVICES = ['Classroom lessons', 'Webinars', 'Grants', 'Podcasts', 'Policy guides']

/** The Center's partner resources for cities, in the order the Resources page lists them. */
const PARTNER_RESOURCES: readonly OrganizationDef[] = [
  {
    slug: 'not-in-our-town',
    name: 'Not in Our Town',
    acronym: 'NIOT',
    foundedYear: 1995,
    description:
      'Not in Our Town was established in 1995 as a movement to stop hate, address bullying, and build safe, inclusive communities for all. It uses film, social media, and organizing tools to help local leaders build diverse cities and towns. Its resources, including workshops and action kits, focus on schools, law enforcement, and communities. NIOT is a project of The Working Group, an Oakland-based nonprofit founded in 1988.',
    services: ['Films', 'Social media', 'Organizing tools for local leaders', 'Workshops', 'Action kits for schools, law enforcement and communities'],
    relations: [relation('project-of', 'the-working-group')],
  },
  {
    slug: 'adl-center-on-extremism',
    name: 'ADL Center on Extremism',
    acronym: 'COE',
    description:
      'The Center on Extremism is the Anti-Defamation League’s research and investigative arm, and a clearinghouse of information about extremism of all types, including white supremacists and Islamic extremists. For decades, COE analysts have tracked extremist activity in the U.S. and abroad, assisted law enforcement with countless investigations, and helped disrupt and prevent multiple terror attacks. Over the past decade, COE has trained 100,000 law enforcement personnel through its partnerships with law enforcement initiative. Its newest program, Managing Implicit Bias for Law Enforcement, gives police officers onsite, customizable training designed to reduce the influence of bias in interactions and decision-making, contribute to improved police-community relations, and increase officer safety.',
    services: [
      'Training for law enforcement through its partnerships with law enforcement initiative',
      'Managing Implicit Bias for Law Enforcement: onsite, customizable training for police officers',
      'Information about extremism of all types',
      'Help for law enforcement with investigations',
    ],
    relations: [relation('part-of', 'anti-defamation-league', { note: 'ADL’s research and investigative arm' })],
  },
  {
    slug: 'living-cities',
    name: 'Living Cities',
    foundedYear: 1991,
    description:
      'Founded in 1991, Living Cities works collectively with cross-sector leaders in cities to develop and scale up new approaches geared to achieving dramatically better results for low-income people and the cities where they live. In its own words, the organization “harnesses the collective power of the world’s largest foundations and financial institutions to build a new type of urban practice.” Living Cities is a founding partner of Racial Equity Here.',
    services: [
      'An extensive, wide-ranging list of resources developed and applied in numerous cities',
      'An interactive map of the cities where Living Cities has worked, with the scope of that work and mayoral roles in it',
    ],
    relations: [relation('founding-partner-of', 'racial-equity-here')],
    website: 'https://www.livingcities.org/about',
  },
  {
    slug: 'government-alliance-on-race-and-equity',
    name: 'Government Alliance on Race and Equity',
    acronym: 'GARE',
    description:
      'The Government Alliance on Race and Equity is a national network of local and regional governments working to achieve racial equity and advance opportunities for all people. A joint project of Race Forward and the Haas Institute for a Fair and Inclusive Society, and a core program of the Center for Social Inclusion, GARE has worked with over 205 government jurisdictions. Its racial equity guidebooks and action toolkits are available on its website.',
    services: ['Technical training', 'Racial equity guidebooks', 'Action toolkits'],
    relations: [
      relation('joint-project-of', 'race-forward'),
      relation('joint-project-of', 'haas-institute-for-a-fair-and-inclusive-society'),
      relation('core-program-of', 'center-for-social-inclusion'),
      relation('founding-partner-of', 'racial-equity-here'),
    ],
    website: 'https://www.racialequityalliance.org/about/',
  },
  {
    slug: 'race-forward',
    name: 'Race Forward',
    foundedYear: 1981,
    description:
      'Founded in 1981, Race Forward employs systematic analysis and an innovative approach to complex race issues to help people take effective action toward racial equity. It conducts original and broadly available research on pressing racial justice issues ranging from immigration to economic inequality. In 2017, the Center for Social Inclusion and Race Forward announced that they were uniting and integrating the two organizations under Race Forward. Information is available from Travon Anderson at tanderson@raceforward.org.',
    services: [
      'Media advocacy',
      'Policy and program development',
      'Strategic coaching',
      'Curriculum design',
      'Educational material production',
      'Public presentations and keynote speeches',
      'Investigative journalism',
      'Community organizing',
      'Leadership development',
      'Applied technology',
    ],
    relations: [relation('founding-partner-of', 'racial-equity-here')],
    contacts: ['travon-anderson'],
    website: 'https://www.raceforward.org/about',
  },
  {
    slug: 'center-for-social-inclusion',
    name: 'Center for Social Inclusion',
    acronym: 'CSI',
    foundedYear: 2002,
    description:
      'The Center for Social Inclusion was established in 2002 to catalyze community, government, and other institutions to dismantle structural racial inequity and create equitable outcomes for all. Its mission is to craft and apply strategies and tools to transform policies, practices, and institutions in order to achieve racial equity. Its programs address equity across areas such as broadband, food, energy, and transportation, and its website includes examples of cities that have employed its strategies and tools. In 2017, CSI and Race Forward announced that they were uniting and integrating the two organizations under Race Forward. The Government Alliance on Race and Equity (GARE) is a core program of CSI.',
    services: [
      'Strategies and tools to transform policies, practices, and institutions',
      'Equity programs in broadband, food, energy, and transportation',
      'Examples of cities that have employed its strategies and tools',
    ],
    relations: [
      relation('united-with', 'race-forward', {
        year: 2017,
        note: 'CSI and Race Forward announced that they were uniting and integrating the two organizations under Race Forward.',
      }),
    ],
  },
  {
    slug: 'racial-equity-here',
    name: 'Racial Equity Here',
    // No founding year: the name covers two things (links.yaml, two_meanings), each dated in the description.
    description:
      'The name Racial Equity Here covers two things. The Racial Equity Here initiative of Living Cities was launched in May 2016 with work in five U.S. cities (Albuquerque, Austin, Grand Rapids, Louisville and Philadelphia) committed to improving racial equity and advancing opportunity for all, with the Government Alliance on Race and Equity (GARE) coaching them for 24 months. Racial Equity Here (racialequityhere.org) is also a public commitment GARE launched in 2018: as the Center describes it, a movement of hundreds of community organizations, local governments, foundations, schools and businesses across the country working together to advance racial equity, whose founding partners are Living Cities, GARE, Race Forward and the Haas Institute. Information is also on the Living Cities and GARE websites.',
    services: [
      'Tools to learn about race, racism and racial equity',
      'A simple racial equity tool to act to advance racial equity',
      'Ways to partner locally and across the country to drive a common agenda',
    ],
  },
  {
    slug: 'groundwork-usa',
    name: 'Groundwork USA',
    description:
      'Groundwork USA is a national network of local organizations. Its mission is to bring about the sustained regeneration, improvement, and management of the physical environment by developing community-based partnerships that empower people, businesses, and organizations to promote environmental, economic, and social well-being. The network aims to undo legacies of poverty and racial discrimination and break the trend of widening disparity between communities that are enjoying a renaissance and those experiencing disinvestment, neglect, and deepening poverty. Its website details the services available.',
    services: ['Equity and Inclusion', 'Healthy Communities', 'Transforming Brownfields', 'Urban Waters', 'Youth Development'],
    website: 'http://groundworkusa.org/about-us/',
  },
  {
    slug: 'southern-poverty-law-center',
    name: 'Southern Poverty Law Center',
    acronym: 'SPLC',
    description:
      'The Southern Poverty Law Center’s Teaching Tolerance initiative, founded in 1991, provides free resources to educators – teachers, administrators, counselors and other practitioners – who work with children from kindergarten through high school. The program emphasizes anti-bias and social justice. Educators use its materials to supplement curriculum, inform their practices, and create civil and inclusive school communities. More than 500,000 educators are involved in some aspect of the program. Information is on the Center’s website.',
    services: TEACHING_TOLERANCE_SERVICES,
  },
  {
    slug: 'equal-justice-initiative',
    name: 'Equal Justice Initiative',
    acronym: 'EJI',
    description:
      'Working with communities that have been marginalized by poverty and discouraged by unequal treatment, the Equal Justice Initiative provides legal representation to people who have been illegally convicted, unfairly sentenced, or abused in state jails and prisons. Founded and led by Bryan Stevenson and committed to changing the narrative about race in America, EJI challenges the death penalty and excessive punishment and provides re-entry assistance to formerly incarcerated people. EJI created the National Memorial for Peace and Justice and Montgomery’s Legacy Museum, which displays the history of slavery and racism in America.',
    services: [
      'Legal representation for people illegally convicted, unfairly sentenced, or abused in state jails and prisons',
      'Challenging the death penalty and excessive punishment',
      'Re-entry assistance to formerly incarcerated people',
      'Research and recommendations to assist advocates and policymakers engaged in criminal justice reform',
    ],
    contacts: ['bryan-stevenson'],
    website: 'https://eji.org',
  },
  {
    slug: 'public-welfare-foundation',
    name: 'Public Welfare Foundation',
    description:
      'Focusing on catalyzing a transformative approach to justice that is community-led, restorative, and racially just, the Public Welfare Foundation is confronting the nation’s crisis of incarceration by shifting its grantmaking approach to get resources closer to the ground where promising solutions are happening. Its grants go to nonprofits focused on racial equity, economic well-being, and fundamental fairness for all. Its website details the Foundation’s engagement in cities.',
    services: ['Grants to nonprofits focused on racial equity, economic well-being, and fundamental fairness for all'],
  },
]

/** Every other organization the Center's pages name. */
const OTHER_ORGANIZATIONS: readonly OrganizationDef[] = [
  {
    slug: 'us-conference-of-mayors',
    name: 'The United States Conference of Mayors',
    acronym: 'USCM',
    roles: ['convener'],
    description:
      'The United States Conference of Mayors is the official non-partisan organization of cities with populations of 30,000 or more; there were 1,408 such cities in the country in 2018. Each city is represented in the Conference by its chief elected official, the mayor. For more than 70 years the Conference has taken a strong position in support of civil rights and in opposition to racism and discrimination of all kinds. It formed the U.S. Coalition of Cities Against Racism and Discrimination in 2013 and established the Mayors and Business Leaders Center in 2018.',
    address: CONFERENCE_ADDRESS,
    sources: [SOURCE_LINK.centerPage],
  },
  {
    slug: 'anti-defamation-league',
    name: 'Anti-Defamation League',
    acronym: 'ADL',
    roles: ['report-publisher', 'other'],
    description:
      'Established more than a century ago, the ADL’s mission of fighting anti-Semitism, hate and bigotry within our society takes many forms. Each year ADL publishes an audit of anti-Semitic incidents in the United States. After the violent demonstrations in Charlottesville in August 2017, the Conference drafted the Mayors’ Compact to Combat Hate, Extremism and Bigotry in conjunction with the ADL.',
    services: [
      'Partnering with schools to teach students to be allies',
      'Helping public and private sectors to reduce bias and stereotyping',
      'Building bridges between interfaith groups',
      'Sharing expertise in fighting extremism and hate crimes with law enforcement',
      'Collaborating with NGOs',
      'Working with policymakers from all backgrounds',
      'An annual audit of anti-Semitic incidents in the United States',
    ],
  },
  {
    slug: 'the-working-group',
    name: 'The Working Group',
    roles: ['other'],
    foundedYear: 1988,
    description: 'The Working Group is an Oakland-based nonprofit founded in 1988. Not in Our Town is one of its projects.',
  },
  {
    slug: 'haas-institute-for-a-fair-and-inclusive-society',
    name: 'Haas Institute for a Fair and Inclusive Society',
    roles: ['other'],
    description:
      'With Race Forward, the Haas Institute for a Fair and Inclusive Society runs the Government Alliance on Race and Equity (GARE) as a joint project. It is also a founding partner of Racial Equity Here.',
    relations: [relation('founding-partner-of', 'racial-equity-here')],
  },
  {
    slug: 'teaching-tolerance',
    name: 'Teaching Tolerance',
    roles: ['program'],
    foundedYear: 1991,
    description:
      'Teaching Tolerance, a project of the Southern Poverty Law Center founded in 1991, provides free resources to educators – teachers, administrators, counselors and other practitioners – who work with children from kindergarten through high school. It emphasizes anti-bias and social justice. More than 500,000 educators are involved in some aspect of the program. It publishes Responding to Hate and Bias at School, a guide for school administrators and staff.',
    services: TEACHING_TOLERANCE_SERVICES,
    relations: [relation('project-of', 'southern-poverty-law-center')],
  },
  {
    slug: 'walmart',
    name: 'Walmart',
    roles: ['business-supporter'],
    description:
      'Walmart was the Center’s first business supporter. Its initial grant helped establish the Center in 2018, and by the Center’s launch in November 2018 it had been joined by the Coca-Cola Company. The Conference counts this early support as critical to the establishment of the Center.',
    sources: [SOURCE_LINK.launchRelease2018, SOURCE_LINK.centerPage],
  },
  {
    slug: 'coca-cola-company',
    name: 'The Coca-Cola Company',
    roles: ['business-supporter'],
    description:
      'The Coca-Cola Company followed Walmart in supporting the Center early on: by the Center’s launch in November 2018, the two companies had joined the Conference in building the Center and supporting its work.',
    website: 'https://coca-colacompany.com/about-us/faq/our-company',
    sources: [SOURCE_LINK.centerPage],
  },
  {
    slug: 'comcast',
    name: 'Comcast',
    roles: ['business-supporter'],
    description:
      'The Conference names Comcast with Walmart and the Coca-Cola Company: “Early support from Walmart, followed by the Coca-Cola Company and Comcast, was critical to the establishment of the Center.”',
    sources: [SOURCE_LINK.centerPage],
  },
  {
    slug: 'target',
    name: 'Target',
    roles: ['grant-partner', 'business-supporter'],
    description:
      'Target is a partner in the Center. Laysha Ward, Target’s Executive Vice President and Chief External Engagement Officer, announced the Police Reform and Racial Justice Grant Program, a partnership of Target and the Conference, at the Conference’s 2021 Winter Meeting on January 21, 2021. From 2023 the program has been called the Police Reform and Equitable Justice Grant Program.',
    website: 'https://corporate.target.com/press/corporate',
    sources: [SOURCE_LINK.grantProgram2021, SOURCE_LINK.centerGrantPage],
  },
  {
    slug: 'unesco',
    name: 'UNESCO',
    roles: ['other'],
    description:
      'With the Conference and the U.S. Department of State, UNESCO launched the U.S. Coalition of Cities against Racism and Discrimination in Birmingham, Alabama, on 12 September 2013. Its Social and Human Sciences Sector presents the Coalition on UNESCO’s website.',
    address: {
      _type: 'postalContact',
      organization: 'UNESCO',
      department: 'Social and Human Sciences Sector',
      street: '7, place de Fontenoy',
      postalCode: '75352',
      locality: 'Paris 07 SP',
      country: 'France',
    },
    sources: [SOURCE_LINK.unescoCoalition],
  },
  {
    slug: 'us-department-of-state',
    name: 'U.S. Department of State',
    roles: ['other'],
    description:
      'The United States Department of State cooperated with the Conference and UNESCO in launching the U.S. Coalition of Cities against Racism and Discrimination in Birmingham, Alabama, on 12 September 2013.',
    sources: [SOURCE_LINK.unescoCoalition],
  },
  {
    slug: 'iccar',
    name: 'International Coalition of Inclusive and Sustainable Cities',
    acronym: 'ICCAR',
    roles: ['other'],
    foundedYear: 2004,
    description:
      'Established in 2004, ICCAR is a global network platform that gathers over 500 municipalities worldwide interested in sharing good practices and leveraging local strategies in areas such as education, employment, housing provision and cultural activities. The U.S. Coalition of Cities against Racism and Discrimination is one of its seven national and regional coalitions.',
    sources: [SOURCE_LINK.unescoCoalition],
  },
  {
    slug: 'us-coalition-of-cities-against-racism-and-discrimination',
    name: 'U.S. Coalition of Cities against Racism and Discrimination',
    roles: ['program'],
    foundedYear: 2013,
    description:
      'Formed by the Conference in 2013 and launched with UNESCO and the U.S. Department of State in Birmingham, Alabama, on 12 September 2013, the U.S. Coalition gathers municipalities committed to improving city-level policies and services in the fight against racism, xenophobia and discrimination. Each city adopts a 10-Point Plan of Action. The Conference reported the commitment of more than 120 mayors to implement the plan; UNESCO counts 51 municipalities from 27 federal states.',
    relations: [
      relation('project-of', 'us-conference-of-mayors', { year: 2013, note: 'Formed by the Conference' }),
      relation('member-of', 'iccar', { note: 'One of ICCAR’s seven national and regional coalitions' }),
      relation('in-partnership-with', 'unesco', { year: 2013, note: 'Launched in cooperation with UNESCO' }),
      relation('in-partnership-with', 'us-department-of-state', { year: 2013, note: 'Launched in cooperation with the U.S. Department of State' }),
    ],
    contacts: ['laura-dekoven-waxman'],
    sources: [SOURCE_LINK.unescoCoalition],
  },
  {
    slug: 'communities-against-hate',
    name: 'Communities Against Hate',
    acronym: 'CAH',
    roles: ['report-publisher'],
    foundedYear: 2017,
    description:
      'Established in March 2017, Communities Against Hate is a national initiative led by The Leadership Conference Education Fund in partnership with the Lawyers’ Committee for Civil Rights Under Law. It is made up of a diverse coalition of national organizations and neighborhood groups that document stories and respond to incidents of violence, threats, and property damage motivated by hate in the United States. CAH provides a safe place for survivors and witnesses to share stories of hate incidents.',
    services: ['An online database where survivors and witnesses share stories of hate incidents', 'A telephone hotline for survivors and witnesses'],
    relations: [relation('led-by', 'leadership-conference-education-fund'), relation('in-partnership-with', 'lawyers-committee-for-civil-rights-under-law')],
  },
  {
    slug: 'leadership-conference-education-fund',
    name: 'The Leadership Conference Education Fund',
    roles: ['other'],
    description:
      'The Leadership Conference Education Fund leads Communities Against Hate, a national initiative established in March 2017, in partnership with the Lawyers’ Committee for Civil Rights Under Law.',
  },
  {
    slug: 'lawyers-committee-for-civil-rights-under-law',
    name: 'Lawyers’ Committee for Civil Rights Under Law',
    roles: ['other'],
    description:
      'The Lawyers’ Committee for Civil Rights Under Law is the partner of The Leadership Conference Education Fund in Communities Against Hate, a national initiative established in March 2017.',
  },
  {
    slug: 'over-zero',
    name: 'Over Zero',
    roles: ['report-publisher'],
    description:
      'Over Zero published Building U.S. Resilience to Political Violence, a 2019 paper that applies insights and lessons learned from social science and international peacebuilding to the United States, with The New Models for Policy Change Initiative at New America.',
  },
  {
    slug: 'new-america',
    name: 'New America',
    roles: ['report-publisher'],
    description:
      'New America’s New Models for Policy Change Initiative published Building U.S. Resilience to Political Violence with Over Zero in 2019.',
  },
  {
    slug: 'city-for-all-women-initiative',
    name: 'City for All Women Initiative',
    acronym: 'CAWI',
    roles: ['other'],
    description:
      'The City for All Women Initiative is an organization of Canadian women from diverse communities, organizations, and universities working with city decision makers to create more inclusive cities and advance gender equality. It developed Advancing Equity and Inclusion: A Guide for Municipalities.',
  },
]

function organizationDocument({ slug: orgSlug, roles = [], relations, contacts, ...org }: OrganizationDef, order?: number): SeedDoc {
  return {
    _id: ID.org(orgSlug),
    _type: 'organization',
    ...org,
    slug: slug(orgSlug),
    roles: order ? ['partner-resource', ...roles] : roles,
    ...(relations
      ? {
          relations: relations.map(({ kind, to, ...extra }) => ({
            _type: 'organizationRelation',
            kind,
            organization: ref(ID.org(to)),
            ...extra,
          })),
        }
      : {}),
    ...(contacts ? { contacts: refs(contacts.map(ID.person)) } : {}),
    ...(order ? { order } : {}),
  }
}

function organizationDocuments(): SeedDoc[] {
  return [
    ...PARTNER_RESOURCES.map((org, index) => organizationDocument(org, index + 1)),
    ...OTHER_ORGANIZATIONS.map((org) => organizationDocument(org)),
  ]
}

// ---------------------------------------------------------------------------------------------
// Publications (Resources page)
// ---------------------------------------------------------------------------------------------

type PublicationDef = {
  slug: string
  title: string
  kind: PublicationKind
  publishers?: string[]
  about?: string[]
  year?: number
  description: string
  contents?: string[]
  /** Only an address links.yaml offers for citing; none where only copies were seen. */
  url?: string
}

const PUBLICATIONS: readonly PublicationDef[] = [
  {
    slug: 'racial-equity-core-teams-toolkit',
    title: 'Racial Equity Core Teams Toolkit',
    kind: 'toolkit',
    publishers: ['government-alliance-on-race-and-equity'],
    description:
      'Published by the Government Alliance on Race and Equity, this toolkit helps jurisdictions develop Racial Equity Core Teams: primary leadership teams, including both formal and informal leaders, that are responsible for designing, coordinating, and organizing racial equity plans and activities across government jurisdictions or institutions that are committed to equitable systems change.',
  },
  {
    slug: 'getting-ready-for-racial-equity-work',
    title: 'Getting Ready for Racial Equity Work: The Racial Equity Here Evaluation',
    kind: 'evaluation',
    publishers: ['living-cities'],
    url: 'https://livingcities.org/resource/getting-ready-for-racial-equity-work-the-racial-equity-here-evaluation/',
    about: ['racial-equity-here'],
    description:
      'An evaluation of the Racial Equity Here initiative, which was launched in May 2016 with work in five major U.S. cities that were committed to improving racial equity and advancing opportunity for all. It is designed to offer recommendations for other cities interested in applying a racial equity lens to their policies and operations.',
  },
  {
    slug: 'responding-to-hate-and-bias-at-school',
    title: 'Responding to Hate and Bias at School',
    kind: 'guide',
    publishers: ['teaching-tolerance', 'southern-poverty-law-center'],
    description:
      'Published by Teaching Tolerance, a project of the Southern Poverty Law Center, this guide prepares school administrators and staff to plan and manage student incidents involving bigotry and hate. Its guidance comes in three sections.',
    contents: ['Before a Crisis Occurs', 'When There’s a Crisis', 'After the Worst is Over'],
  },
  {
    slug: 'advancing-equity-and-inclusion',
    title: 'Advancing Equity and Inclusion: A Guide for Municipalities',
    kind: 'guide',
    year: 2015,
    publishers: ['city-for-all-women-initiative'],
    description:
      'Developed by the City for All Women Initiative (CAWI), an organization of Canadian women working with city decision makers to create more inclusive cities and advance gender equality. While the guide is modeled for Canadian cities, its recommended approaches to building equity and inclusion are applicable to all municipalities.',
  },
]

function publicationDocuments(): SeedDoc[] {
  return PUBLICATIONS.map(({ slug: publicationSlug, publishers, about, ...publication }, index) => ({
    _id: ID.publication(publicationSlug),
    _type: 'publication',
    ...publication,
    slug: slug(publicationSlug),
    ...(publishers ? { publishers: orgRefs(publishers) } : {}),
    ...(about ? { about: orgRefs(about) } : {}),
    order: index + 1,
  }))
}

// ---------------------------------------------------------------------------------------------
// Reports (Documenting the Problems)
// ---------------------------------------------------------------------------------------------

type FigureDef = {
  label: string
  value: number
  unit: FigureUnit
  qualifier?: 'nearly' | 'more than' | 'about'
  year?: number
  note?: string
}

/** One chart: figures drawn together under the group's title. */
type ChartDef = { group: string; figures: FigureDef[] }

type ReportDef = {
  slug: string
  title: string
  publishers: string[]
  year: number
  publishedOn?: string
  /** How precisely `publishedOn` is known (links.yaml gives "January 2019" for one report). */
  publishedPrecision?: 'day' | 'month'
  url?: string
  publisherContext: string
  summary: string
  findings: string[]
  charts: ChartDef[]
}

const REPORTS: readonly ReportDef[] = [
  {
    slug: 'adl-audit-of-anti-semitic-incidents-2018',
    title: 'Audit of Anti-Semitic Incidents: Year in Review 2018',
    publishers: ['anti-defamation-league'],
    year: 2019,
    publishedOn: '2019-04-30',
    publishedPrecision: 'day',
    url: 'https://www.adl.org/audit2018',
    publisherContext:
      'Established more than a century ago, the Anti-Defamation League fights anti-Semitism, hate and bigotry in many ways: partnering with schools to teach students to be allies; helping public and private sectors to reduce bias and stereotyping; building bridges between interfaith groups; sharing expertise in fighting extremism and hate crimes with law enforcement; collaborating with NGOs; and working with policymakers from all backgrounds. ADL’s Center on Extremism is the agency’s research and investigative arm, and a clearinghouse of information about extremism of all types, including white supremacists and Islamic extremists. For decades, COE analysts have tracked extremist activity in the U.S. and abroad, assisted law enforcement with countless investigations, and helped disrupt and prevent multiple terror attacks.',
    summary:
      'Each year ADL publishes an audit of anti-Semitic incidents in the United States. In 2018, ADL recorded 1,879 such incidents. With White supremacists stepping up their activities, the number of incidents of assault, harassment and vandalism remained at near-historic levels. In the previous year, incidents shot up dramatically, to the highest level ever recorded: 1,986.',
    findings: [
      'A dramatic increase in physical assaults, including the deadliest attack on Jews in U.S. history',
      'A wave of robocalls targeting Jewish schools, Jewish Community Centers, and synagogues',
      'A significant number of incidents at K-12 schools and college campuses',
    ],
    charts: [
      {
        group: 'Anti-Semitic incidents recorded by ADL',
        figures: [
          { label: '2017', value: 1986, unit: 'count', year: 2017, note: 'highest level ever recorded' },
          { label: '2018', value: 1879, unit: 'count', year: 2018, note: 'assault, harassment and vandalism at near-historic levels' },
        ],
      },
    ],
  },
  {
    slug: 'hate-magnified-communities-in-crisis',
    title: 'Hate Magnified: Communities in Crisis',
    publishers: ['communities-against-hate'],
    year: 2019,
    publishedOn: '2019-01-01',
    publishedPrecision: 'month',
    url: 'https://hatemagnified.org/',
    publisherContext:
      'Established in March 2017, Communities Against Hate (CAH) is a national initiative led by The Leadership Conference Education Fund in partnership with the Lawyers’ Committee for Civil Rights Under Law. It is made up of a diverse coalition of national organizations and neighborhood groups that document stories and respond to incidents of violence, threats, and property damage motivated by hate in the United States. CAH provides a safe place for survivors and witnesses to share stories of hate incidents through its online database and telephone hotline.',
    summary:
      'In January 2019 CAH reported that more than two-thirds of Americans believed that hate incidents had intensified over the past two years. The report documents where incidents occur, which communities are most likely to experience them, and what form they most often take. It analyzes results of a Hate Incidence Poll and nearly 4,000 incident reports submitted to the CAH online database. CAH officials said the report’s findings underscore the need for better data collection, comprehensive policy reform, and widespread support for combating hate incidents.',
    findings: [
      'More than two-thirds of Americans believed that hate incidents had intensified over the past two years.',
      'Hate incidents were experienced by 73 percent of Americans of Middle East or Arab descent, 59 percent of Hispanic Americans, and 47 percent of African Americans.',
      'Nearly 40 percent of those perpetrating incidents invoked the name of an alt-right hate group or involved 2016 presidential election-related rhetoric.',
      'Five percent of hate incidents occurred on the street, 14.55 percent at a business location, and 13 percent in private residences.',
      '84 percent of respondents felt hate incidents were now prevalent.',
      '66 percent felt that incidents or expressions of hate are getting worse.',
      '18 percent experienced episodes of depression following hate incidents, highlighting the mental wellness implications of a hate-filled climate.',
    ],
    charts: [
      {
        group: 'Share experiencing hate incidents, by community',
        figures: [
          { label: 'Americans of Middle East or Arab descent', value: 73, unit: 'percent' },
          { label: 'Hispanic Americans', value: 59, unit: 'percent' },
          { label: 'African Americans', value: 47, unit: 'percent' },
        ],
      },
      {
        group: 'Where hate incidents occurred',
        figures: [
          { label: 'On the street', value: 5, unit: 'percent' },
          { label: 'At a business location', value: 14.55, unit: 'percent' },
          { label: 'In private residences', value: 13, unit: 'percent' },
        ],
      },
      {
        group: 'How respondents feel',
        figures: [
          { label: 'Felt hate incidents were now prevalent', value: 84, unit: 'percent' },
          { label: 'Felt incidents or expressions of hate are getting worse', value: 66, unit: 'percent' },
          { label: 'Experienced episodes of depression following hate incidents', value: 18, unit: 'percent' },
        ],
      },
      {
        group: 'Perpetrators invoking an alt-right hate group or 2016 election rhetoric',
        figures: [{ label: 'Share of those perpetrating incidents', value: 40, unit: 'percent', qualifier: 'nearly' }],
      },
      {
        group: 'Incident reports analyzed',
        figures: [{ label: 'Reports submitted to the CAH online database', value: 4000, unit: 'count', qualifier: 'nearly' }],
      },
    ],
  },
  {
    slug: 'building-us-resilience-to-political-violence',
    title: 'Building U.S. Resilience to Political Violence: A Globally Informed Framework for Analysis and Action',
    publishers: ['over-zero', 'new-america'],
    year: 2019,
    publishedOn: '2019-12-10',
    publishedPrecision: 'day',
    url: 'https://www.newamerica.org/political-reform/policy-papers/building-us-resilience-political-violence/',
    publisherContext: 'Over Zero published the paper with The New Models for Policy Change Initiative at New America.',
    summary:
      'This 2019 paper examines the rise of violence and hate speech in the U.S., the increase in public rhetoric that seems to condone if not encourage violence, and the declining legitimacy of U.S. democratic institutions. It warns that the 2019-2020 period brings a set of political and cultural events, including the run-up to a U.S. presidential election and the census, that will likely further escalate tensions and increase the risk of violence and instability. The 50-page paper applies insights and lessons learned from social science and international peacebuilding to describe the areas most likely to bolster resilience in the face of political violence in the U.S. It highlights four risk factors for violence and suggests five interventions to increase societal resilience to political violence and serve as long-term foundations of a healthier society.',
    findings: [
      'Risk factor: factionalization of political groups',
      'Risk factor: societal polarization',
      'Risk factor: a rise in hate speech and rhetoric',
      'Risk factor: weakening institutions',
      'Intervention: bolstering inclusive, influential voices within diverse American communities',
      'Intervention: supporting targeted communities',
      'Intervention: protecting, supporting and training the media to heed the best practices of reporting amidst division',
      'Intervention: laying the groundwork for a coordinated response to violence',
      'Intervention: protecting and strengthening capacities for resilience',
    ],
    charts: [
      { group: 'Length of the paper', figures: [{ label: 'Pages', value: 50, unit: 'pages' }] },
      {
        group: 'Risk factors and interventions',
        figures: [
          { label: 'Risk factors for violence', value: 4, unit: 'count' },
          { label: 'Interventions to increase societal resilience', value: 5, unit: 'count' },
        ],
      },
    ],
  },
]

function reportDocuments(): SeedDoc[] {
  return REPORTS.map(({ slug: reportSlug, publishers, charts, ...report }, index) => ({
    _id: ID.report(reportSlug),
    _type: 'report',
    ...report,
    slug: slug(reportSlug),
    publishers: orgRefs(publishers),
    order: index + 1,
    figures: charts.flatMap(({ group, figures }) => figures.map((figure) => ({ _type: 'reportFigure', group, ...figure }))),
  }))
}

// ---------------------------------------------------------------------------------------------

export function resourceDocuments(): SeedDoc[] {
  return [...organizationDocuments(), ...publicationDocuments(), ...reportDocuments()]
}
