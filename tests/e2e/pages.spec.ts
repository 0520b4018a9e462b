/**
 * The Compact, Best Practices (index and each practice), Support for Immigrants and Minorities,
 * Resources and each organization, the Grant program, and the cities (index and each city).
 * Every expectation is computed from the dataset file, never copied by hand.
 */
import { expect, test, type Page } from '@playwright/test'
import { loadDatasetFile, type Doc } from '../support/dataset'
import { expectNoAxeViolations } from './support/axe'
import { $$, byRole, expectContainsText, expectShown, expectText, fetchHtml, first, hasTextAnywhere, one, openHtml, textOf } from './support/html'

const docs = loadDatasetFile()
const byId = new Map(docs.map((d) => [d._id, d]))
const ofType = <T>(type: string) => docs.filter((d) => d._type === type) as unknown as (Doc & T)[]
const refId = (r: unknown) => (r as { _ref?: string } | undefined)?._ref ?? ''
const deref = <T = Doc>(r: unknown) => byId.get(refId(r)) as (Doc & T) | undefined
const compareIds = (a: { _id: string }, b: { _id: string }) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0)

type Slug = { current: string }
type Named = { name: string; slug: Slug }
type Compact = { number: number; title: string }
type Practice = {
  title: string
  slug: Slug
  status: string
  city: { _ref: string }
  compactComponents?: { _ref: string }[]
  contact: { useCenterContact?: boolean; name?: string; email?: string }
  publishedAt: string
  publishedPrecision?: 'day' | 'month' | 'year'
  lastReviewedAt?: string
}
type Statement = {
  title: string
  slug: Slug
  date: string
  collection?: { _ref: string }
  city: { _ref: string }
  mayor: { _ref: string }
  quote?: string
  compactComponents?: { _ref: string }[]
}
type Organization = Named & { roles: string[] }
type Publication = { title: string; slug: Slug }
type City = Named & { state: string; mayors?: { person: { _ref: string } }[] }
type Round = { year: number }
type Award = { round: { _ref: string }; city: { _ref: string }; level: 'winner' | 'honorable-mention'; programName?: string; practice?: { _ref: string } }

const settings = ofType<{ contactPerson?: { _ref: string }; contact: { organization: string; email?: string } }>('siteSettings')[0]!
/** Whom the site names when no city contact is listed: the Center's contact person if staff set one, else the Conference. */
const centerPerson: { name: string; email?: string } = settings.contactPerson
  ? deref<{ name: string; email?: string }>(settings.contactPerson)!
  : { name: settings.contact.organization, email: settings.contact.email }
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const compact = ofType<Compact>('compactComponent').sort((a, b) => a.number - b.number)
const practices = ofType<Practice>('bestPractice').filter((p) => p.status === 'published')
const collectionSection = docs.find((d) => d._type === 'centerSection' && (d.slug as Slug).current === 'support-for-immigrants-and-minorities')!
const statements = ofType<Statement>('mayoralStatement')
  .filter((s) => refId(s.collection) === collectionSection._id)
  // GROQ's ascending order puts a statement with no date (none given by its source) after the dated ones.
  .sort((a, b) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') || compareIds(a, b))
const organizations = ofType<Organization>('organization')
const partners = organizations.filter((o) => o.roles.includes('partner-resource'))
const publications = ofType<Publication>('publication')
const cities = ofType<City>('city')
const rounds = ofType<Round>('grantRound').sort((a, b) => b.year - a.year)
const awards = ofType<Award>('grantAward')

const INITIATIVE = '/initiatives/support-for-immigrants-and-minorities'

async function open(page: Page, path: string) {
  const response = await page.goto(path)
  expect(response?.status(), path).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
}

// Every test of content reads the server's HTML over HTTP (tests/e2e/support/html.ts); the browser
// tests of each template are the axe and 320 px ones at the end. The dataset's own counts these rely
// on (10 components, 4 publications, at least 6 statements) are checked in tests/schema/dataset.test.ts.
test.describe('the Mayors’ Compact', () => {
  test('/compact lists the 10 components in order with their explanations', async ({ request }) => {
    const page = await openHtml(request, '/compact')
    const items = byRole(one(byRole(page.body, 'list', { name: /components/ }), 'components list'), 'listitem')
    expect(items).toHaveLength(compact.length)
    for (const [i, c] of compact.entries()) {
      const item = items[i]!
      expectContainsText(item, c.title, `item ${i}`)
      expect(one(byRole(item, 'link', { name: `Component ${c.number}: ${c.title}` }), `component ${c.number} link`).getAttribute('href')).toBe(`/compact/${c.number}`)
      const explanation = (c as unknown as { explanation: string }).explanation
      expectContainsText(item, explanation, `item ${i}`)
      const practiceCount = practices.filter((p) => (p.compactComponents ?? []).some((r) => r._ref === c._id)).length
      const statementCount = ofType<Statement>('mayoralStatement').filter((s) => (s.compactComponents ?? []).some((r) => r._ref === c._id)).length
      if (practiceCount > 0) expectContainsText(item, `${practiceCount} best practice`, `item ${i}`)
      if (statementCount > 0) expectContainsText(item, `${statementCount} mayor`, `item ${i}`)
      if (practiceCount + statementCount === 0) {
        // What the Center offers about it instead: its activities that advance it, else its resources.
        const activityCount = ofType<{ compactComponents?: { _ref: string }[] }>('centerActivity').filter((a) => (a.compactComponents ?? []).some((r) => r._ref === c._id)).length
        expect($$(item, `a[href="${activityCount > 0 ? '/activities' : '/resources'}"]`)).toHaveLength(1)
        expect(textOf(item)).not.toContain('No city examples')
      }
    }
  })

  // The server's HTML carries all of it: checked over HTTP (tests/e2e/support/html.ts), the browser
  // tests of the template are the axe and 320 px ones below.
  for (const [i, c] of compact.entries()) {
    test(`/compact/${c.number} shows the component, its city examples and its neighbours`, async ({ request }) => {
      const page = await openHtml(request, `/compact/${c.number}`)
      expectText(one(byRole(page.body, 'heading', { level: 1 }), 'h1'), c.title, 'h1')
      const main = page.main
      for (const p of practices.filter((p) => (p.compactComponents ?? []).some((r) => r._ref === c._id))) {
        expect(one(byRole(main, 'link', { name: p.title, exact: true }), p.title).getAttribute('href')).toBe(`/best-practices/${p.slug.current}`)
      }
      for (const s of ofType<Statement>('mayoralStatement').filter((s) => (s.compactComponents ?? []).some((r) => r._ref === c._id))) {
        expect(one(byRole(main, 'link', { name: s.title, exact: true }), s.title).getAttribute('href')).toBe(`${INITIATIVE}#${s.slug.current}`)
      }
      const pager = one(byRole(page.body, 'navigation', { name: 'Other components of the Compact' }), 'pager')
      const prev = compact[i - 1]
      const next = compact[i + 1]
      const previousLinks = byRole(pager, 'link', { name: /Previous/ })
      const nextLinks = byRole(pager, 'link', { name: /Next/ })
      if (prev) expect(one(previousLinks, 'Previous').getAttribute('href')).toBe(`/compact/${prev.number}`)
      else expect(previousLinks).toHaveLength(0)
      if (next) expect(one(nextLinks, 'Next').getAttribute('href')).toBe(`/compact/${next.number}`)
      else expect(nextLinks).toHaveLength(0)
    })
  }

  test('an unknown component number is a 404', async ({ request }) => {
    await fetchHtml(request, '/compact/11', 404)
  })
})

test.describe('best practices', () => {
  test('/best-practices explains the section, invites mayors at #share and finds every published practice', async ({ request }) => {
    const page = await openHtml(request, '/best-practices')
    const main = page.main
    // It says what the finder searches, and promises no person to contact in each city (no source names one).
    expectContainsText(main, 'Search what cities have done', 'main')
    expect(textOf(main)).not.toMatch(/person in the city to (contact|be contacted)/)
    const share = one($$(page.body, '#share'), '#share')
    expectShown(share, '#share')
    expectShown(one(byRole(share, 'heading', { level: 2 }), '#share h2'), '#share h2')
    expectContainsText(share, centerPerson.name, '#share')
    if (centerPerson.email) expectShown(first($$(share, `a[href^="mailto:${centerPerson.email}"]`), 'mailto'), 'mailto')
    // The finder lists every published practice under "Best practices", 20 a page (tests/e2e/finder.spec.ts tests the rest):
    // its pages followed by their "Next page" links.
    const hrefs: string[] = []
    for (let path: string | null = '/best-practices?kind=practice', n = 2; path; n++) {
      const results = await fetchHtml(request, path)
      const list = one(byRole(results.body, 'list', { name: /^[\d,]+ results?/ }), `${path}: results`)
      hrefs.push(...$$(list, 'h3 a').map((a) => a.getAttribute('href') ?? ''))
      const next = byRole(results.body, 'navigation', { name: 'Pages of results' }).flatMap((nav) => byRole(nav, 'link', { name: 'Next page' }))
      path = next.length === 0 ? null : one(next, 'Next page').getAttribute('href')
      if (path) expect(path).toMatch(new RegExp(`page=${n}`))
    }
    expect(hrefs.sort()).toEqual(practices.map((p) => `/best-practices/${p.slug.current}`).sort())
  })

  for (const p of practices) {
    test(`/best-practices/${p.slug.current} shows its city, a contact, and its dates as the sources give them`, async ({ request }) => {
      const page = await openHtml(request, `/best-practices/${p.slug.current}`)
      expectText(one(byRole(page.body, 'heading', { level: 1 }), 'h1'), p.title, 'h1')
      const city = deref<City>(p.city)!
      expectContainsText(first($$(page.main, `a[href="/cities/${city.slug.current}"]`), 'city link'), city.name, 'city link')
      const named = !p.contact.useCenterContact && p.contact.name
      const contact = one(byRole(page.body, 'region', { name: named ? 'Whom to contact' : 'Asking about this practice' }), 'contact card')
      if (!named) {
        expectContainsText(contact, centerPerson.name, 'contact')
        expectContainsText(contact, `The sources name no one in ${city.name}`, 'contact')
        if (centerPerson.email) expectShown(one($$(contact, `a[href="mailto:${centerPerson.email}"]`), 'mailto'), 'mailto')
      } else {
        expectContainsText(contact, p.contact.name!, 'contact')
        if (p.contact.email) expectShown(one($$(contact, `a[href="mailto:${p.contact.email}"]`), 'mailto'), 'mailto')
      }
      for (const c of (p.compactComponents ?? []).map((r) => deref<Compact>(r)!)) {
        expectShown(first($$(page.main, `a[href="/compact/${c.number}"]`), `component ${c.number}`), `link to component ${c.number}`)
      }

      // Its dates as the sources give them: no review nobody made.
      const glance = one(byRole(page.body, 'region', { name: 'At a glance' }), 'At a glance')
      if (p.lastReviewedAt) expectContainsText(glance, 'Last reviewed', 'At a glance')
      else expect(hasTextAnywhere(page.body, 'Last reviewed'), 'no “Last reviewed”').toBe(false)
      const [y, m] = p.publishedAt.split('-').map(Number)
      const term = $$(glance, 'dt').filter((dt) => (dt.textContent ?? '').toLowerCase().includes('published'))
      const published = one(
        term.map((dt) => {
          let dd = dt.nextElementSibling
          while (dd && dd.tagName.toLowerCase() !== 'dd') dd = dd.nextElementSibling
          return dd
        }).filter((dd): dd is Element => !!dd),
        'Published',
      )
      if (p.publishedPrecision === 'month') expectText(published, `${MONTHS[m! - 1]} ${y}`, 'Published')
      else expectContainsText(published, String(y), 'Published')
    })
  }

  test('an unknown practice is a 404', async ({ request }) => {
    await fetchHtml(request, '/best-practices/no-such-practice', 404)
  })
})

test.describe('Support for Immigrants and Minorities', () => {
  test('shows the cities’ statements in date order, with their mayors and their words verbatim', async ({ request }) => {
    const page = await openHtml(request, INITIATIVE)
    expectContainsText(page.main, 'July 2019', 'main')
    const articles = $$(page.main, 'article[id]').filter((a) => byRole(a, 'heading', { level: 3 }).length > 0)
    expect(articles).toHaveLength(statements.length)
    for (const [i, s] of statements.entries()) {
      const article = articles[i]!
      expect(article.getAttribute('id')).toBe(s.slug.current)
      expectText(one(byRole(article, 'heading', { level: 3 }), 'h3'), s.title, s.slug.current)
      expectContainsText(article, `Mayor ${deref<Named>(s.mayor)!.name}`, s.slug.current)
      expectContainsText(article, deref<City>(s.city)!.name, s.slug.current)
      const quotes = $$(article, 'blockquote')
      if (s.quote) {
        expect(quotes).toHaveLength(1)
        expect(quotes[0]!.textContent).toBe(s.quote)
      } else {
        expect(quotes).toHaveLength(0)
      }
    }
  })
})

test.describe('resources and organizations', () => {
  test('/resources shows every partner organization, how they relate, and every publication', async ({ request }) => {
    const page = await openHtml(request, '/resources')
    const list = one(byRole(page.body, 'list', { name: 'Partner organizations' }), 'Partner organizations')
    expect($$(list, ':scope > li')).toHaveLength(partners.length)
    for (const o of partners) {
      const entry = one($$(list, `article[aria-labelledby="org-${o.slug.current}-title"]`), o.slug.current)
      expect(first(byRole(entry, 'link', { name: o.name, exact: true }), o.name).getAttribute('href')).toBe(`/organizations/${o.slug.current}`)
      // Its relations, both ways, name the other organization with a link to its page.
      const outgoing = ((o as unknown as { relations?: { organization: { _ref: string } }[] }).relations ?? []).map((r) => deref<Named>(r.organization)!)
      const incoming = organizations.filter((x) =>
        ((x as unknown as { relations?: { organization: { _ref: string } }[] }).relations ?? []).some((r) => r.organization._ref === o._id),
      )
      for (const other of [...outgoing, ...incoming]) {
        expectShown(first($$(entry, `a[href="/organizations/${other.slug.current}"]`), `${o.name} → ${other.name}`), `${o.name} → ${other.name}`)
      }
    }
    for (const p of publications) {
      const article = one($$(page.body, `article#${p.slug.current}`), p.slug.current)
      expectText(one(byRole(article, 'heading'), `${p.slug.current} heading`), p.title, p.slug.current)
    }
  })

  for (const o of organizations) {
    test(`/organizations/${o.slug.current} shows the organization`, async ({ request }) => {
      const page = await openHtml(request, `/organizations/${o.slug.current}`)
      expectText(one(byRole(page.body, 'heading', { level: 1 }), 'h1'), o.name, 'h1')
      const contacts = ((o as unknown as { contacts?: { _ref: string }[] }).contacts ?? []).map((r) => deref<{ name: string; email?: string }>(r)!)
      for (const c of contacts) {
        expectContainsText(page.main, c.name, 'main')
        if (c.email) expectShown(first($$(page.main, `a[href="mailto:${c.email}"]`), c.email), `mailto:${c.email}`)
      }
    })
  }
})

test.describe('the grant program', () => {
  test('/grants shows every round, newest first, with every award', async ({ request }) => {
    const page = await openHtml(request, '/grants')
    const ids = $$(page.main, 'h3[id^="round-"]').map((e) => e.id)
    expect(ids).toEqual(rounds.map((r) => `round-${r.year}`))
    for (const round of rounds) {
      const region = one($$(page.body, `section[aria-labelledby="round-${round.year}"]`), `round ${round.year}`)
      const roundAwards = awards.filter((a) => a.round._ref === round._id)
      expect($$(region, 'article'), `round ${round.year}`).toHaveLength(roundAwards.length)
      for (const a of roundAwards) {
        const city = deref<City>(a.city)!
        const item = one($$(region, 'article').filter((e) => e.querySelector(`a[href="/cities/${city.slug.current}"]`)), `${round.year}: ${city.name}`)
        expectContainsText(item, a.level === 'winner' ? 'Winner' : 'Honorable mention', `${round.year}: ${city.name}`)
        if (a.programName) expectContainsText(item, a.programName, `${round.year}: ${city.name}`)
        const practice = a.practice ? deref<Practice>(a.practice) : undefined
        if (practice?.status === 'published' && a.programName) {
          expect(one(byRole(item, 'link', { name: a.programName }), a.programName).getAttribute('href')).toBe(`/best-practices/${practice.slug.current}`)
        }
      }
    }
  })
})

test.describe('cities', () => {
  test('/cities lists every city, grouped by state', async ({ request }) => {
    const page = await openHtml(request, '/cities')
    for (const c of cities) {
      const group = one(byRole(page.main, 'region').filter((r) => r.querySelector(`a[href="/cities/${c.slug.current}"]`)), c.name)
      expect(one(byRole(group, 'heading', { level: 2 }), `${c.name}: h2`).getAttribute('id')).toBe(`state-${c.state.toLowerCase()}`)
    }
  })

  for (const c of cities) {
    test(`/cities/${c.slug.current} shows its name and mayors`, async ({ request }) => {
      const page = await openHtml(request, `/cities/${c.slug.current}`)
      expectContainsText(one(byRole(page.body, 'heading', { level: 1 }), 'h1'), c.name, 'h1')
      const main = page.main
      for (const term of c.mayors ?? []) expectContainsText(main, `Mayor ${deref<Named>(term.person)!.name}`, 'main')
      // Without a city contact in the sources, the card says so and how to ask the Center.
      const contactName = practices.some((p) => p.city._ref === c._id && !p.contact.useCenterContact && p.contact.name) ? 'Whom to contact' : `Asking about ${c.name}’s work`
      for (const p of practices.filter((p) => p.city._ref === c._id)) {
        expect(first(byRole(main, 'link', { name: p.title, exact: true }), p.title).getAttribute('href')).toBe(`/best-practices/${p.slug.current}`)
      }
      expectContainsText(one(byRole(main, 'region', { name: contactName }), contactName), centerPerson.name, contactName)
    })
  }

  test('an unknown city is a 404', async ({ request }) => {
    await fetchHtml(request, '/cities/no-such-city', 404)
  })
})

/**
 * One page of each template, in the browser: axe at 1280 px, then 320 px without sideways scroll.
 * The finder (/best-practices) and the cities' index (/cities) are checked so in finder.spec.ts and
 * navigation.spec.ts (with their disclosures open). The city chosen has several mayors and practices.
 */
const TEMPLATES = [
  '/compact',
  `/compact/${compact[0]!.number}`,
  `/best-practices/${practices[0]!.slug.current}`,
  INITIATIVE,
  '/resources',
  `/organizations/${(organizations.find((o) => (o as unknown as { address?: unknown }).address) ?? organizations[0]!).slug.current}`,
  '/grants',
  `/cities/${(cities.find((c) => (c.mayors ?? []).length > 1 && practices.some((p) => p.city._ref === c._id)) ?? cities.find((c) => (c.mayors ?? []).length > 1) ?? cities[0]!).slug.current}`,
]

test.describe('accessibility and small screens', () => {
  for (const path of TEMPLATES) {
    test(`${path} has no WCAG 2.2 AA violations that axe can find, and does not scroll sideways at 320 px`, async ({ page }) => {
      await open(page, path)
      await expectNoAxeViolations(page)
      await page.setViewportSize({ width: 320, height: 800 })
      await open(page, path)
      const width = await page.evaluate(() => document.documentElement.scrollWidth)
      expect(width, `${path} is ${width}px wide`).toBeLessThanOrEqual(320)
    })
  }
})
