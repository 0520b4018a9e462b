/**
 * The Center's section pages: About (with the timeline and business supporters), Activities,
 * Dismantling Systemic Racism, Measures of Racial Disparities, Videos, the U.S. Coalition and
 * Documenting the Problems (reports drawn as charts). Expectations come from the dataset file.
 */
import { expect, test } from '@playwright/test'
import { loadDatasetFile, type Doc } from '../support/dataset'
import { expectNoAxeViolations } from './support/axe'
import { $$, accessibleName, byRole, expectContainsText, expectShown, expectText, fetchHtml, first, isHidden, one, textOf, type HtmlPage } from './support/html'

const docs = loadDatasetFile()
const byId = new Map(docs.map((d) => [d._id, d]))
const ofType = <T>(type: string) => docs.filter((d) => d._type === type) as unknown as (Doc & T)[]
const slugOf = (d: Doc | undefined) => (d?.slug as { current: string } | undefined)?.current ?? ''
const deref = (r: unknown) => byId.get((r as { _ref: string })._ref)

type Section = { title: string; summary: string; slug: { current: string }; keyFacts?: { value: string; label: string; sourceName: string; sourceUrl?: string }[]; figures?: { caption: string }[]; links?: { title: string; url: string }[] }
const section = (slug: string) => ofType<Section>('centerSection').find((s) => s.slug.current === slug)!

const ROUTES = [
  { path: '/about', slug: 'about' },
  { path: '/activities', slug: null },
  { path: '/dismantling-systemic-racism', slug: 'dismantling-systemic-racism' },
  { path: '/measures-of-racial-disparities', slug: 'measures-of-racial-disparities' },
  { path: '/videos', slug: 'videos' },
  { path: '/coalition', slug: 'coalition' },
  { path: '/documenting-the-problems', slug: 'documenting-the-problems' },
] as const

/** The text of <main> as the server sends it, white space collapsed. */
const mainText = (page: HtmlPage) => textOf(page.main)
/** `:scope > li` of the one list named `name`. */
const itemsOf = (page: HtmlPage, name: string, exact = false) => $$(one(byRole(page.body, 'list', { name, exact }), `list “${name}”`), ':scope > li')

for (const route of ROUTES) {
  test.describe(`${route.path}`, () => {
    // What the server sends, checked over HTTP (tests/e2e/support/html.ts); axe and 320 px in the browser below.
    test('answers 200 with one h1, breadcrumbs and the section’s title', async ({ request }) => {
      const page = await fetchHtml(request, route.path)
      const { document } = page
      expect($$(document, 'h1')).toHaveLength(1)
      if (route.slug) expectText(one(byRole(page.body, 'heading', { level: 1 }), 'h1'), section(route.slug).title, 'h1')
      const crumbs = one(byRole(page.body, 'navigation', { name: 'Breadcrumb' }), 'Breadcrumb')
      expect(one(byRole(crumbs, 'link', { name: 'Home' }), 'Home').getAttribute('href')).toBe('/')
      expect($$(crumbs, '[aria-current="page"]')).toHaveLength(1)
      // Headings never skip a level.
      const levels = $$(document, 'main :is(h1,h2,h3,h4,h5,h6)').map((e) => Number(e.tagName[1]))
      for (const [i, level] of levels.entries()) if (i > 0) expect(level, `heading ${i}`).toBeLessThanOrEqual(levels[i - 1]! + 1)
      // Metadata: title, description and OpenGraph.
      if (route.slug) {
        expect(one($$(document, 'meta[name="description"]'), 'description').getAttribute('content')).toBe(section(route.slug).summary)
        expect(one($$(document, 'meta[property="og:title"]'), 'og:title').getAttribute('content')).toBe(section(route.slug).title)
      }
      expect(one($$(document, 'link[rel="canonical"]'), 'canonical').getAttribute('href')).toMatch(new RegExp(`${route.path}$`))
    })

    test('has no WCAG 2.2 AA violations that axe can find, and fits a 320 px screen without horizontal scrolling', async ({ page }) => {
      await page.goto(route.path)
      await expectNoAxeViolations(page)
      await page.setViewportSize({ width: 320, height: 800 })
      await page.goto(route.path)
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
      expect(scrollWidth).toBeLessThanOrEqual(320)
    })
  })
}

// The content tests below read the server's HTML over HTTP (tests/e2e/support/html.ts); the counts of
// the dataset they rely on (at least 6 milestones, 4 current and 2 planned activities, 3 co-chairs,
// 10 plan actions, 3 reports, 2 coalition facts, 3 business supporters) are checked in
// tests/schema/dataset.test.ts.
test.describe('/about', () => {
  type Milestone = { _id: string; title: string; date: string; datePrecision: string; city?: { _ref: string }; people?: { _ref: string }[]; organizations?: { _ref: string }[] }
  const milestones = ofType<Milestone>('milestone').sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title))

  test('shows every milestone in date order, with <time>, cities and organizations linked, people named', async ({ request }) => {
    const page = await fetchHtml(request, '/about')
    const items = itemsOf(page, 'Timeline')
    expect(items).toHaveLength(milestones.length)
    for (const [i, m] of milestones.entries()) {
      const item = items[i]!
      expectText(one(byRole(item, 'heading'), `milestone ${i} heading`), m.title, `milestone ${i} heading`)
      const datetime = m.datePrecision === 'year' ? m.date.slice(0, 4) : m.datePrecision === 'month' ? m.date.slice(0, 7) : m.date
      expect(first($$(item, 'time'), `milestone ${i} time`).getAttribute('datetime')).toBe(datetime)
      if (m.city) expect($$(item, `a[href="/cities/${slugOf(deref(m.city))}"]`)).toHaveLength(1)
      for (const o of m.organizations ?? []) expect($$(item, `a[href="/organizations/${slugOf(deref(o))}"]`)).toHaveLength(1)
      for (const p of m.people ?? []) expectContainsText(item, String(deref(p)?.name), `milestone ${i}`)
    }
    const dates = items.flatMap((li) => $$(li, 'time')).map((e) => e.getAttribute('datetime') ?? '')
    expect(dates).toEqual([...dates].sort())
  })

  test('names Bryan Stevenson, never “Brian”', async ({ request }) => {
    const text = mainText(await fetchHtml(request, '/about'))
    expect(text).toContain('Bryan Stevenson')
    expect(text).not.toMatch(/Brian Stevenson/i)
  })

  test('shows the business supporters, the launch supporters before Comcast', async ({ request }) => {
    const page = await fetchHtml(request, '/about')
    const supporters = docs.filter((d) => d._type === 'organization' && ((d.roles as string[] | undefined) ?? []).includes('business-supporter'))
    const region = one(byRole(page.body, 'region', { name: 'Business supporters' }), 'Business supporters')
    for (const org of supporters) expect(one(byRole(region, 'link', { name: String(org.name) }), String(org.name)).getAttribute('href')).toBe(`/organizations/${slugOf(org)}`)
    // The launch milestone names the supporters at the launch; they come before those who joined later.
    const launch = ofType<Milestone>('milestone').find((m) => m._id.endsWith('montgomery-launch'))!
    const atLaunch = supporters.filter((s) => (launch.organizations ?? []).some((o) => o._ref === s._id)).map((s) => String(s.name))
    const order = byRole(region, 'heading', { level: 3 }).map(textOf)
    const comcast = order.indexOf('Comcast')
    expect(comcast).toBeGreaterThan(-1)
    expect(atLaunch.length).toBeGreaterThan(0)
    for (const name of atLaunch) expect(order.indexOf(name)).toBeLessThan(comcast)
  })

  test('shows the section’s photographs (only those with an image file) as figures, its key facts and the Conference', async ({ request }) => {
    const page = await fetchHtml(request, '/about')
    const about = section('about')
    const captions = $$(page.body, 'figure figcaption')
    // A caption whose image file is missing stays in the dataset: no gallery of captions without images.
    for (const f of about.figures ?? []) expect(captions.filter((c) => textOf(c).includes(f.caption.slice(0, 60).replace(/\s+/g, ' ').trim()))).toHaveLength((f as { image?: unknown }).image ? 1 : 0)
    if (!(about.figures ?? []).some((f) => (f as { image?: unknown }).image)) expect(byRole(page.body, 'heading', { name: 'Photographs' })).toHaveLength(0)
    for (const fact of about.keyFacts ?? []) expectContainsText(one(byRole(page.body, 'region', { name: 'Key facts' }), 'Key facts'), fact.value, 'Key facts')
    one(byRole(page.body, 'heading', { name: 'About The United States Conference of Mayors' }), 'the Conference’s heading')
  })
})

test.describe('/activities', () => {
  type Activity = { title: string; status: string; order: number; compactComponents: { _ref: string }[] }
  const activities = ofType<Activity>('centerActivity').sort((a, b) => a.order - b.order)

  test('groups the current and the planned activities, each with its Compact components linked', async ({ request }) => {
    const page = await fetchHtml(request, '/activities')
    const current = activities.filter((a) => a.status === 'current')
    const planned = activities.filter((a) => a.status === 'planned')
    for (const [name, group] of [
      ['Set out in 2018 as beginning', current],
      ['Planned, as resources allow', planned],
    ] as const) {
      const items = itemsOf(page, name)
      expect(items, name).toHaveLength(group.length)
      for (const [i, a] of group.entries()) {
        expectText(one(byRole(items[i]!, 'heading'), a.title), a.title, `${name} ${i}`)
        for (const ref of a.compactComponents) {
          const n = deref(ref)?.number as number
          expect($$(items[i]!, `a[href="/compact/${n}"]`), `${a.title}: /compact/${n}`).toHaveLength(1)
        }
      }
    }
  })
})

test.describe('/dismantling-systemic-racism', () => {
  test('names the working group’s three co-chairs and the August 2020 platform', async ({ request }) => {
    const page = await fetchHtml(request, '/dismantling-systemic-racism')
    const coChairs = docs.filter((d) => d._type === 'person' && /co-chair of the mayors’ working group/.test(String(d.role)))
    const text = mainText(page)
    expect(coChairs.length).toBeGreaterThan(0)
    for (const p of coChairs) expect(text).toContain(String(p.name))
    expect(text).toContain('The Mayors’ 2020 Vision: An American Breakthrough')
    expect(itemsOf(page, 'The working group in the Center’s timeline').length).toBeGreaterThan(0)
  })
})

test.describe('/measures-of-racial-disparities', () => {
  type Indicator = { slug: { current: string }; measure: string; section: string; order: number; groups: { group: string; value: number }[]; sourceName?: string; publishedIn: { url: string } }
  const indicators = ofType<Indicator>('disparityIndicator').sort((a, b) => a.order - b.order)
  const sectionsInOrder = [...new Set(indicators.map((i) => i.section))]

  test('shows every indicator of the dataset, by section, each with its chart and its table', async ({ request }) => {
    const page = await fetchHtml(request, '/measures-of-racial-disparities')
    expect(indicators.length).toBeGreaterThan(0)
    const main = page.main
    expect($$(main, 'article.indicator')).toHaveLength(indicators.length)
    expect($$(main, 'article.indicator svg[role="img"]')).toHaveLength(indicators.length)
    expect($$(main, 'article.indicator table')).toHaveLength(indicators.length)
    // One h2 per section of the Conference's page, in its order, each holding its own indicators.
    const h2s = $$(main, 'h2').map(textOf)
    expect(h2s.filter((t) => sectionsInOrder.includes(t))).toEqual(sectionsInOrder)
    for (const name of sectionsInOrder) {
      const region = one(byRole(main, 'region', { name, exact: true }), name)
      expect($$(region, 'article.indicator'), name).toHaveLength(indicators.filter((i) => i.section === name).length)
    }
    for (const indicator of indicators) {
      const article = one($$(page.body, `article#${indicator.slug.current}`), indicator.slug.current)
      expectText(one(byRole(article, 'heading', { level: 3 }), 'h3'), indicator.measure.charAt(0).toUpperCase() + indicator.measure.slice(1), indicator.slug.current)
      // One bar and one table row per group, named as the dataset names it.
      expect($$(article, 'svg rect')).toHaveLength(indicator.groups.length)
      const rows = $$(article, 'table tbody tr')
      expect(rows).toHaveLength(indicator.groups.length)
      for (const [i, g] of indicator.groups.entries()) {
        expectText(one($$(rows[i]!, 'th'), 'th'), g.group, `${indicator.slug.current} row ${i}`)
        expectContainsText(first($$(rows[i]!, 'td'), 'td'), g.value.toLocaleString('en-US', { maximumFractionDigits: 2 }), `${indicator.slug.current} row ${i}`)
      }
      if (indicator.sourceName) expectContainsText(article, indicator.sourceName, indicator.slug.current)
      expect($$(article, `a[href="${indicator.publishedIn.url}"]`)).toHaveLength(1)
    }
  })

  test('says these are the indicators the Center carries and links to the Conference’s page for the rest', async ({ request }) => {
    const page = await fetchHtml(request, '/measures-of-racial-disparities')
    const text = mainText(page)
    expect(text).toContain('that the Center carries')
    expect(text).toContain('The Conference’s page holds the rest')
    const conferencePage = indicators[0]!.publishedIn.url
    // Linked from the introduction and the further links, besides each indicator's own "Published on".
    expect($$(page.main, `a[href="${conferencePage}"]`).length).toBeGreaterThan(indicators.length + 1)
  })
})

test.describe('/videos', () => {
  type Video = { title: string; order: number; slug: { current: string }; event?: string; participants?: { name: string }[]; source: { url: string } }
  const videos = ofType<Video>('video').sort((a, b) => a.order - b.order)

  test('lists its videos in the Conference’s order, each with its meeting, its people and its source', async ({ request }) => {
    const page = await fetchHtml(request, '/videos')
    expect(videos.length).toBeGreaterThan(0)
    const items = itemsOf(page, 'Videos', true)
    expect(items).toHaveLength(videos.length)
    for (const [i, v] of videos.entries()) {
      const item = items[i]!
      expectText(one(byRole(item, 'heading', { level: 3 }), 'h3'), v.title, `video ${i}`)
      if (v.event) expectContainsText(item, v.event, v.title)
      for (const p of v.participants ?? []) expectContainsText(item, p.name, v.title)
      expect($$(item, `a[href="${v.source.url}"]`)).toHaveLength(1)
    }
    expect(mainText(page)).not.toContain('No videos are published on this site yet.')
    expect(mainText(page)).toContain('The Conference’s page holds more')
  })
})

test.describe('/coalition', () => {
  type Action = { scope: string; number: number; text: string }
  const actions = ofType<Action>('planAction')

  test('shows the 10-Point Plan as two ordered lists of 5, in order', async ({ request }) => {
    const page = await fetchHtml(request, '/coalition')
    for (const [scope, name] of [
      ['conference', 'Through the U.S. Conference of Mayors'],
      ['cities', 'In cities'],
    ] as const) {
      const expected = actions.filter((a) => a.scope === scope).sort((a, b) => a.number - b.number)
      const list = one(byRole(page.body, 'list', { name, exact: true }).filter((l) => l.tagName.toLowerCase() === 'ol'), name)
      const items = $$(list, ':scope > li')
      expect(items).toHaveLength(expected.length)
      for (const [i, a] of expected.entries()) expectContainsText(items[i]!, a.text, `${name} ${i}`)
    }
  })

  test('shows both membership figures with their sources, the launch and the contact', async ({ request }) => {
    const page = await fetchHtml(request, '/coalition')
    const s = section('coalition')
    const facts = one(byRole(page.body, 'region', { name: 'Key facts' }), 'Key facts')
    for (const fact of s.keyFacts ?? []) {
      expectContainsText(facts, fact.value, 'Key facts')
      expectContainsText(facts, fact.sourceName, 'Key facts')
      if (fact.sourceUrl) expect($$(facts, `a[href="${fact.sourceUrl}"]`)).toHaveLength(1)
    }
    const text = mainText(page)
    expect(text).toContain('12 September 2013')
    expect(text).toContain('Birmingham')
    expect(text).toContain('UNESCO')
    expect(text).toContain('ICCAR')
    const contact = one(byRole(page.main, 'region', { name: 'Contact' }), 'Contact')
    const person = deref(byId.get('section-coalition')?.contact)
    expectContainsText(contact, String(person?.name), 'Contact')
    expect($$(contact, `a[href="mailto:${String(person?.email)}"]`)).toHaveLength(1)
  })
})

test.describe('/documenting-the-problems', () => {
  type Figure = { group: string; label: string; value: number; unit: string }
  type Report = Doc & { title: string; order: number; figures: Figure[]; publishers: { _ref: string }[]; findings?: string[] }
  const reports = ofType<Report>('report').sort((a, b) => a.order - b.order)

  test('shows every report at its anchor, with its publishers, findings, a chart per group and every value in a table', async ({ request }) => {
    const page = await fetchHtml(request, '/documenting-the-problems')
    for (const report of reports) {
      const article = one($$(page.body, `article#${slugOf(report)}`), slugOf(report))
      expectText(one(byRole(article, 'heading', { level: 3 }), 'h3'), report.title, slugOf(report))
      for (const p of report.publishers) expect($$(article, `a[href="/organizations/${slugOf(deref(p))}"]`)).toHaveLength(1)
      for (const finding of report.findings ?? []) expectContainsText(article, finding, slugOf(report))

      const groups = [...new Set(report.figures.map((f) => f.group))]
      const charts = byRole(article, 'img').filter((e) => e.tagName.toLowerCase() === 'svg')
      expect(charts).toHaveLength(groups.length)
      for (const [i, group] of groups.entries()) {
        const chart = charts[i]!
        expect(accessibleName(chart)).toBe(`Bar chart: ${group}`)
        expectText(one($$(chart, 'title'), 'title'), `Bar chart: ${group}`, `${group} title`)
        expect($$(chart, 'rect')).toHaveLength(report.figures.filter((f) => f.group === group).length)
        // The table named by its caption, shown.
        const table = one($$(article, 'table').filter((t) => !isHidden(t) && textOf(t.querySelector('caption') ?? t).includes(group)), `table ${group}`)
        for (const figure of report.figures.filter((f) => f.group === group)) {
          const row = one($$(table, 'tr').filter((r) => textOf(r).includes(figure.label.replace(/\s+/g, ' ').trim())), `${group}: ${figure.label}`)
          expectContainsText(row, figure.value.toLocaleString('en-US'), `${group}: ${figure.label}`)
          if (figure.unit === 'percent') expectContainsText(row, '%', `${group}: ${figure.label}`)
        }
      }
    }
  })

  test('links from the section text reach the reports’ anchors', async ({ request }) => {
    const page = await fetchHtml(request, '/documenting-the-problems')
    for (const report of reports) expectShown(first($$(page.main, `a[href$="#${slugOf(report)}"]`), slugOf(report)), `link to #${slugOf(report)}`)
  })

  test('charts scale to a narrow screen', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 })
    await page.goto('/documenting-the-problems')
    const widths = await page.locator('svg[role="img"]').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right))
    expect(widths.length).toBeGreaterThan(0)
    for (const right of widths) expect(right).toBeLessThanOrEqual(320)
  })
})
