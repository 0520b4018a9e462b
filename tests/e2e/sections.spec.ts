/**
 * The Center's section pages: About (with the timeline and business supporters), Activities,
 * Dismantling Systemic Racism, Measures of Racial Disparities, Videos, the U.S. Coalition and
 * Documenting the Problems (reports drawn as charts). Expectations come from the dataset file.
 */
import { expect, test, type Page } from '@playwright/test'
import { loadDatasetFile, type Doc } from '../support/dataset'
import { expectNoAxeViolations } from './support/axe'
import { $$, byRole, expectText, fetchHtml, one } from './support/html'

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

/** Collapses runs of white space, as the accessibility tree and innerText do. */
const squash = (s: string) => s.replace(/\s+/g, ' ').trim()

async function mainText(page: Page) {
  return squash(await page.locator('main').innerText())
}

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

    test('has no WCAG 2.2 AA violations that axe can find', async ({ page }) => {
      await page.goto(route.path)
      await expectNoAxeViolations(page)
    })

    test('fits a 320 px screen without horizontal scrolling', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 800 })
      await page.goto(route.path)
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
      expect(scrollWidth).toBeLessThanOrEqual(320)
    })
  })
}

test.describe('/about', () => {
  type Milestone = { _id: string; title: string; date: string; datePrecision: string; city?: { _ref: string }; people?: { _ref: string }[]; organizations?: { _ref: string }[] }
  const milestones = ofType<Milestone>('milestone').sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title))

  test('shows every milestone in date order, with <time>, cities and organizations linked, people named', async ({ page }) => {
    await page.goto('/about')
    const list = page.getByRole('list', { name: 'Timeline' })
    const items = list.locator(':scope > li')
    expect(milestones.length).toBeGreaterThan(5)
    await expect(items).toHaveCount(milestones.length)
    for (const [i, m] of milestones.entries()) {
      const item = items.nth(i)
      await expect(item.getByRole('heading')).toHaveText(m.title)
      const datetime = m.datePrecision === 'year' ? m.date.slice(0, 4) : m.datePrecision === 'month' ? m.date.slice(0, 7) : m.date
      await expect(item.locator('time').first()).toHaveAttribute('datetime', datetime)
      if (m.city) await expect(item.locator(`a[href="/cities/${slugOf(deref(m.city))}"]`)).toHaveCount(1)
      for (const o of m.organizations ?? []) await expect(item.locator(`a[href="/organizations/${slugOf(deref(o))}"]`)).toHaveCount(1)
      for (const p of m.people ?? []) await expect(item).toContainText(String(deref(p)?.name))
    }
    const dates = await list.locator(':scope > li time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''))
    expect(dates).toEqual([...dates].sort())
  })

  test('names Bryan Stevenson, never “Brian”', async ({ page }) => {
    await page.goto('/about')
    const text = await mainText(page)
    expect(text).toContain('Bryan Stevenson')
    expect(text).not.toMatch(/Brian Stevenson/i)
  })

  test('shows the business supporters, the launch supporters before Comcast', async ({ page }) => {
    await page.goto('/about')
    const supporters = docs.filter((d) => d._type === 'organization' && ((d.roles as string[] | undefined) ?? []).includes('business-supporter'))
    expect(supporters.length).toBeGreaterThanOrEqual(3)
    const region = page.getByRole('region', { name: 'Business supporters' })
    for (const org of supporters) await expect(region.getByRole('link', { name: String(org.name) })).toHaveAttribute('href', `/organizations/${slugOf(org)}`)
    // The launch milestone names the supporters at the launch; they come before those who joined later.
    const launch = ofType<Milestone>('milestone').find((m) => m._id.endsWith('montgomery-launch'))!
    const atLaunch = supporters.filter((s) => (launch.organizations ?? []).some((o) => o._ref === s._id)).map((s) => String(s.name))
    expect(atLaunch).toEqual(expect.arrayContaining(['Walmart', 'The Coca-Cola Company']))
    const order = await region.getByRole('heading', { level: 3 }).allInnerTexts()
    const comcast = order.indexOf('Comcast')
    expect(comcast).toBeGreaterThan(-1)
    for (const name of atLaunch) expect(order.indexOf(name)).toBeLessThan(comcast)
  })

  test('shows the section’s photographs (only those with an image file) as figures, its key facts and the Conference', async ({ page }) => {
    await page.goto('/about')
    const about = section('about')
    const captions = page.locator('figure figcaption')
    // A caption whose image file is missing stays in the dataset: no gallery of captions without images.
    for (const f of about.figures ?? []) await expect(captions.filter({ hasText: f.caption.slice(0, 60) })).toHaveCount((f as { image?: unknown }).image ? 1 : 0)
    if (!(about.figures ?? []).some((f) => (f as { image?: unknown }).image)) await expect(page.getByRole('heading', { name: 'Photographs' })).toHaveCount(0)
    for (const fact of about.keyFacts ?? []) await expect(page.getByRole('region', { name: 'Key facts' })).toContainText(fact.value)
    await expect(page.getByRole('heading', { name: 'About The United States Conference of Mayors' })).toBeVisible()
  })
})

test.describe('/activities', () => {
  type Activity = { title: string; status: string; order: number; compactComponents: { _ref: string }[] }
  const activities = ofType<Activity>('centerActivity').sort((a, b) => a.order - b.order)

  test('groups the current and the planned activities, each with its Compact components linked', async ({ page }) => {
    await page.goto('/activities')
    const current = activities.filter((a) => a.status === 'current')
    const planned = activities.filter((a) => a.status === 'planned')
    expect([current.length, planned.length]).toEqual([4, 2])
    for (const [name, group] of [
      ['Set out in 2018 as beginning', current],
      ['Planned, as resources allow', planned],
    ] as const) {
      const list = page.getByRole('list', { name })
      const items = list.locator(':scope > li')
      await expect(items).toHaveCount(group.length)
      for (const [i, a] of group.entries()) {
        await expect(items.nth(i).getByRole('heading')).toHaveText(a.title)
        for (const ref of a.compactComponents) {
          const n = deref(ref)?.number as number
          await expect(items.nth(i).locator(`a[href="/compact/${n}"]`)).toHaveCount(1)
        }
      }
    }
  })
})

test.describe('/dismantling-systemic-racism', () => {
  test('names the working group’s three co-chairs and the August 2020 platform', async ({ page }) => {
    await page.goto('/dismantling-systemic-racism')
    const coChairs = docs.filter((d) => d._type === 'person' && /co-chair of the mayors’ working group/.test(String(d.role)))
    expect(coChairs).toHaveLength(3)
    const text = await mainText(page)
    for (const p of coChairs) expect(text).toContain(String(p.name))
    expect(text).toContain('The Mayors’ 2020 Vision: An American Breakthrough')
    await expect(page.getByRole('list', { name: 'The working group in the Center’s timeline' }).locator(':scope > li')).not.toHaveCount(0)
  })
})

test.describe('/measures-of-racial-disparities', () => {
  type Indicator = { slug: { current: string }; measure: string; section: string; order: number; groups: { group: string; value: number }[]; sourceName?: string; publishedIn: { url: string } }
  const indicators = ofType<Indicator>('disparityIndicator').sort((a, b) => a.order - b.order)
  const sectionsInOrder = [...new Set(indicators.map((i) => i.section))]

  test('shows every indicator of the dataset, by section, each with its chart and its table', async ({ page }) => {
    await page.goto('/measures-of-racial-disparities')
    expect(indicators.length).toBeGreaterThan(0)
    const main = page.locator('main')
    await expect(main.locator('article.indicator')).toHaveCount(indicators.length)
    await expect(main.locator('article.indicator svg[role="img"]')).toHaveCount(indicators.length)
    await expect(main.locator('article.indicator table')).toHaveCount(indicators.length)
    // One h2 per section of the Conference's page, in its order, each holding its own indicators.
    const h2s = await main.locator('h2').allInnerTexts()
    expect(h2s.filter((t) => sectionsInOrder.includes(t))).toEqual(sectionsInOrder)
    for (const name of sectionsInOrder) {
      const region = main.getByRole('region', { name, exact: true })
      await expect(region.locator('article.indicator')).toHaveCount(indicators.filter((i) => i.section === name).length)
    }
    for (const indicator of indicators) {
      const article = page.locator(`article#${indicator.slug.current}`)
      await expect(article.getByRole('heading', { level: 3 })).toHaveText(indicator.measure.charAt(0).toUpperCase() + indicator.measure.slice(1))
      // One bar and one table row per group, named as the dataset names it.
      await expect(article.locator('svg rect')).toHaveCount(indicator.groups.length)
      const rows = article.locator('table tbody tr')
      await expect(rows).toHaveCount(indicator.groups.length)
      for (const [i, g] of indicator.groups.entries()) {
        await expect(rows.nth(i).locator('th')).toHaveText(g.group)
        await expect(rows.nth(i).locator('td').first()).toContainText(g.value.toLocaleString('en-US', { maximumFractionDigits: 2 }))
      }
      if (indicator.sourceName) await expect(article).toContainText(indicator.sourceName)
      await expect(article.locator(`a[href="${indicator.publishedIn.url}"]`)).toHaveCount(1)
    }
  })

  test('says these are the indicators the Center carries and links to the Conference’s page for the rest', async ({ page }) => {
    await page.goto('/measures-of-racial-disparities')
    const text = await mainText(page)
    expect(text).toContain('that the Center carries')
    expect(text).toContain('The Conference’s page holds the rest')
    const conferencePage = indicators[0]!.publishedIn.url
    // Linked from the introduction and the further links, besides each indicator's own "Published on".
    expect(await page.locator(`main a[href="${conferencePage}"]`).count()).toBeGreaterThan(indicators.length + 1)
  })
})

test.describe('/videos', () => {
  type Video = { title: string; order: number; slug: { current: string }; event?: string; participants?: { name: string }[]; source: { url: string } }
  const videos = ofType<Video>('video').sort((a, b) => a.order - b.order)

  test('lists its videos in the Conference’s order, each with its meeting, its people and its source', async ({ page }) => {
    await page.goto('/videos')
    expect(videos.length).toBeGreaterThan(0)
    const items = page.getByRole('list', { name: 'Videos', exact: true }).locator(':scope > li')
    await expect(items).toHaveCount(videos.length)
    for (const [i, v] of videos.entries()) {
      const item = items.nth(i)
      await expect(item.getByRole('heading', { level: 3 })).toHaveText(v.title)
      if (v.event) await expect(item).toContainText(v.event)
      for (const p of v.participants ?? []) await expect(item).toContainText(p.name)
      await expect(item.locator(`a[href="${v.source.url}"]`)).toHaveCount(1)
    }
    await expect(page.getByText('No videos are published on this site yet.')).toHaveCount(0)
    expect(await mainText(page)).toContain('The Conference’s page holds more')
  })
})

test.describe('/coalition', () => {
  type Action = { scope: string; number: number; text: string }
  const actions = ofType<Action>('planAction')

  test('shows the 10-Point Plan as two ordered lists of 5, in order', async ({ page }) => {
    await page.goto('/coalition')
    expect(actions).toHaveLength(10)
    for (const [scope, name] of [
      ['conference', 'Through the U.S. Conference of Mayors'],
      ['cities', 'In cities'],
    ] as const) {
      const expected = actions.filter((a) => a.scope === scope).sort((a, b) => a.number - b.number)
      expect(expected).toHaveLength(5)
      const list = page.locator('ol').and(page.getByRole('list', { name, exact: true }))
      const items = list.locator(':scope > li')
      await expect(items).toHaveCount(5)
      for (const [i, a] of expected.entries()) await expect(items.nth(i)).toContainText(a.text)
    }
  })

  test('shows both membership figures with their sources, the launch and the contact', async ({ page }) => {
    await page.goto('/coalition')
    const s = section('coalition')
    expect(s.keyFacts).toHaveLength(2)
    const facts = page.getByRole('region', { name: 'Key facts' })
    for (const fact of s.keyFacts ?? []) {
      await expect(facts).toContainText(fact.value)
      await expect(facts).toContainText(fact.sourceName)
      if (fact.sourceUrl) await expect(facts.locator(`a[href="${fact.sourceUrl}"]`)).toHaveCount(1)
    }
    const text = await mainText(page)
    expect(text).toContain('12 September 2013')
    expect(text).toContain('Birmingham')
    expect(text).toContain('UNESCO')
    expect(text).toContain('ICCAR')
    const contact = page.locator('main').getByRole('region', { name: 'Contact' })
    const person = deref(byId.get('section-coalition')?.contact)
    await expect(contact).toContainText(String(person?.name))
    await expect(contact.locator(`a[href="mailto:${String(person?.email)}"]`)).toHaveCount(1)
  })
})

test.describe('/documenting-the-problems', () => {
  type Figure = { group: string; label: string; value: number; unit: string }
  type Report = Doc & { title: string; order: number; figures: Figure[]; publishers: { _ref: string }[]; findings?: string[] }
  const reports = ofType<Report>('report').sort((a, b) => a.order - b.order)

  test('shows every report at its anchor, with its publishers, findings, a chart per group and every value in a table', async ({ page }) => {
    await page.goto('/documenting-the-problems')
    expect(reports).toHaveLength(3)
    for (const report of reports) {
      const article = page.locator(`article#${slugOf(report)}`)
      await expect(article).toHaveCount(1)
      await expect(article.getByRole('heading', { level: 3 })).toHaveText(report.title)
      for (const p of report.publishers) await expect(article.locator(`a[href="/organizations/${slugOf(deref(p))}"]`)).toHaveCount(1)
      for (const finding of report.findings ?? []) await expect(article).toContainText(finding)

      const groups = [...new Set(report.figures.map((f) => f.group))]
      const charts = article.locator('svg[role="img"]')
      await expect(charts).toHaveCount(groups.length)
      for (const [i, group] of groups.entries()) {
        const chart = charts.nth(i)
        await expect(chart).toHaveAccessibleName(`Bar chart: ${group}`)
        await expect(chart.locator('title')).toHaveText(`Bar chart: ${group}`)
        await expect(chart.locator('rect')).toHaveCount(report.figures.filter((f) => f.group === group).length)
        const table = article.getByRole('table', { name: group })
        await expect(table).toBeVisible()
        for (const figure of report.figures.filter((f) => f.group === group)) {
          const row = table.getByRole('row', { name: new RegExp(figure.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
          await expect(row).toContainText(figure.value.toLocaleString('en-US'))
          if (figure.unit === 'percent') await expect(row).toContainText('%')
        }
      }
    }
  })

  test('links from the section text reach the reports’ anchors', async ({ page }) => {
    await page.goto('/documenting-the-problems')
    for (const report of reports) await expect(page.locator(`main a[href$="#${slugOf(report)}"]`).first()).toBeVisible()
  })

  test('charts scale to a narrow screen', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 })
    await page.goto('/documenting-the-problems')
    const widths = await page.locator('svg[role="img"]').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right))
    expect(widths.length).toBeGreaterThan(0)
    for (const right of widths) expect(right).toBeLessThanOrEqual(320)
  })
})
