/**
 * The site's words in English: every fixed string of the pages that have a Spanish version. The
 * Spanish dictionary (./es.ts) has the same shape (the type below), so a string missing there is a
 * type error. Content (titles, summaries, texts) comes from Sanity, not from here.
 */
export const en = {
  lang: 'en',
  chrome: {
    skipLink: 'Skip to main content',
    navLabel: 'Main',
    /** What visitors come for, first in the main navigation (English paths; Spanish pages link to the Spanish version where there is one). */
    tasks: [
      { title: 'Find a practice', href: '/best-practices' },
      { title: 'Mayors’ Compact', href: '/compact' },
      { title: 'Cities', href: '/cities' },
      { title: 'Map', href: '/map' },
      { title: 'Share your practice', href: '/submit' },
    ],
    /** The disclosure in the main navigation that holds the Center's sections. */
    aboutCenter: 'About the Center',
    home: 'Home',
    breadcrumb: 'Breadcrumb',
    formerly: 'Formerly',
    formerlyThe: 'the',
    contact: 'Contact',
    tel: 'Tel.',
    email: 'Email',
    /** The link to the Center's page on the Conference's website, in the footer's address. */
    centerPage: 'The Center’s page on the Conference’s website',
    quickLinks: 'Quick links',
    footerLinks: [
      { title: 'Find best practices', href: '/best-practices' },
      { title: 'The Mayors’ Compact', href: '/compact' },
      { title: 'Resources for cities', href: '/resources' },
      { title: 'About the Center', href: '/about' },
    ],
  },
  languageSwitch: {
    label: 'Language',
    /** The link to this page in the other language, in that language. */
    to: 'Esta página en español',
    toShort: 'Español',
  },
  untranslated: {
    /** Shown before content with no translation yet. */
    note: 'This text is not yet available in English.',
    pageNote: 'This page is not yet available in English.',
    englishOnly: '(in English)',
  },
  home: {
    formerly: (names: string[]) => `Formerly the ${names.join(', and originally the ')}`,
    search: {
      label: 'Find what cities have done',
      hint: 'Best practices, mayors’ statements, grant-winning programs. For example: mental health, youth, a city.',
      submit: 'Search',
    },
    aboutLink: 'How the Center began, after Charlottesville',
    waysIn: 'Ways in',
    ways: [
      { href: '/best-practices', title: 'Find best practices', text: 'What cities have done, and the sources that report it.' },
      { href: '/compact', title: 'Read the Mayors’ Compact', text: 'The 10 components more than 325 mayors signed.' },
      { href: '/resources', title: 'Resources for cities', text: 'Partner organizations and their guides and toolkits.' },
      { href: '/submit', title: 'Share your city’s practice', text: 'Every mayor is invited to send in what works.' },
    ],
    compactTitle: 'The Mayors’ Compact: 10 components',
    compactIntro:
      'The Mayors’ Compact to Combat Hate, Extremism and Bigotry, drafted by the Conference with the Anti-Defamation League after Charlottesville. The Center exists to carry it out.',
    activitiesTitle: 'What the Center set out to do in 2018',
    activitiesLink: 'More about the Center’s activities',
    latestPractices: 'Newest best practices',
    allPractices: 'All best practices',
    latestStatements: 'Mayors’ statements',
    immigrantsLink: 'Support for Immigrants and Minorities',
    supporters: 'Business supporters',
  },
  activity: { current: 'Current', planned: 'Planned', advances: 'Advances' },
  section: {
    keyFacts: 'Key facts',
    source: 'Source:',
    photographs: 'Photographs',
    contact: 'Contact',
    furtherReading: 'Further reading',
  },
  about: {
    timeline: 'Timeline',
    timelineIntro: 'What led to the Center, and what it has done since, earliest first.',
    supporters: 'Business supporters',
    activitiesLink: 'What the Center does: its activities, current and planned',
    inTimeline: 'In the Center’s timeline',
    people: 'People',
    organizations: 'Organizations',
    sources: 'Sources',
  },
  compact: {
    title: 'The Mayors’ Compact',
    lead: 'The Mayors’ Compact to Combat Hate, Extremism and Bigotry, drafted by the U.S. Conference of Mayors with the Anti-Defamation League after Charlottesville and signed by more than 325 mayors. The Center exists to carry it out.',
    its: (n: string) => `Its ${n} components`,
    eachPage: 'Each component’s page shows the best practices and mayors’ statements from cities that advance it.',
    aboutLink: 'How the Center began, after Charlottesville',
    componentLabel: (n: number) => `Component ${n}: `,
    practices: (n: string, one: boolean) => `${n} ${one ? 'best practice' : 'best practices'}`,
    statements: (n: string, one: boolean) => `${n} ${one ? 'mayor’s statement' : 'mayors’ statements'}`,
    advancedBy: (list: string) => `Advanced by ${list}.`,
    /** A component no practice or statement advances yet: what the Center offers about it instead. */
    activitiesAdvancing: (n: string, one: boolean) => `${n} of the Center’s activities ${one ? 'advances' : 'advance'} it`,
    resourcesFor: 'Resources the Center lists for cities',
    crumb: (n: number) => `Component ${n}`,
    kicker: (n: number, total: number) => `Mayors’ Compact · component ${n} of ${total}`,
    metaTitle: (n: number, title: string) => `Compact component ${n}: ${title}`,
    practicesTitle: 'Best practices that advance it',
    noPractices: 'No best practice on this site advances this component yet.',
    statementsTitle: 'Mayors’ statements that advance it',
    noStatements: 'No mayor’s statement on this site advances this component yet.',
    newestShown: (shown: string, total: string) => `The newest ${shown} of ${total}.`,
    allPractices: (n: string) => `All ${n} best practices that advance it, in the finder`,
    allStatements: (n: string) => `All ${n} mayors’ statements that advance it, in the finder`,
    pager: 'Other components of the Compact',
    previous: (n: number) => `Previous: component ${n}`,
    next: (n: number) => `Next: component ${n}`,
  },
  coalition: {
    planTitle: (n: number) => `The ${n}-Point Plan of Action`,
    planIntro: (n: number, conference: number, cities: number) =>
      `Mayors who join the Coalition pledge to take these ${n} steps: ${conference} through the U.S. Conference of Mayors and ${cities} in their cities.`,
    scopes: { conference: 'Through the U.S. Conference of Mayors', cities: 'In cities' } as Record<string, string>,
  },
  statements: {
    heading: (count: string) => `Statements and initiatives from ${count}`,
    city: 'city',
    cities: 'cities',
    order: 'In the order they were issued.',
    mayor: 'Mayor',
    translationLabel: 'Translation',
    issuedAlongside: 'Issued alongside',
    produced: 'What the city produced',
    in: (languages: string) => `In ${languages}`,
    advances: 'Advances the Mayors’ Compact:',
    component: (n: number, title: string) => `component ${n}, ${title}`,
    links: 'Links',
    outputKinds: {
      statement: 'Statement',
      'resource-guide': 'Resource guide',
      psa: 'Public service announcement',
      'web-page': 'Web page',
      'community-program': 'Community program',
    } as Record<string, string>,
    languageNames: {} as Record<string, string>,
  },
  notFound: {
    title: 'Page not found',
    description: 'There is no page at this address. Ways into the site of the Center.',
    kicker: 'Page not found (error 404)',
    heading: 'This page isn’t here',
    lead: 'There is no page at this address. It may have moved, or the address may have a typing mistake in it. Here are the ways into the Center’s work.',
    where: 'Where to go from here',
    ways: [
      { href: '/best-practices', title: 'Find best practices', text: 'What cities have done, and the sources that report it.' },
      { href: '/compact', title: 'The Mayors’ Compact', text: 'Its 10 components, each with the practices that carry it out.' },
      { href: '/cities', title: 'Cities', text: 'The cities in the Center’s work, their practices and statements.' },
      { href: '/', title: 'The home page', text: 'What the Center is and what it does.' },
    ],
    otherSections: 'The Center’s other sections',
    tellUs: 'If a link on this site brought you here, please tell us at',
    tellUsEnd: 'so we can mend it.',
  },
}

export type Dictionary = typeof en
