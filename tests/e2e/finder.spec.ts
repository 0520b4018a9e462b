/**
 * The finder (/best-practices), the cities' state filter, the map and the copy-link button, on the
 * production build. Expected results and counts are computed from the dataset file
 * (tests/support/finder.ts), never copied from the page.
 */
import { expect, test, type Locator, type Page } from '@playwright/test'
import { stateName } from '../../lib/domain/states'
import { loadDatasetFile, type Doc } from '../support/dataset'
import { expectedCount, expectedDocuments, passing, type Filters } from '../support/finder'
import { expectNoAxeViolations } from './support/axe'
import { $$, byRole, expectContainsText, expectShown, fetchHtml, first, one, textOf, type HtmlPage } from './support/html'
import { decodeHtml } from './support/site-crawl'

const docs = loadDatasetFile()
const expected = expectedDocuments(docs)
const byId = new Map(docs.map((d) => [d._id, d]))
const PAGE_SIZE = 20

type Slug = { current: string }
const practices = docs.filter((d) => d._type === 'bestPractice' && d.status === 'published') as (Doc & { title: string; slug: Slug; topics: string[]; city: { _ref: string } })[]
const cities = docs.filter((d) => d._type === 'city') as (Doc & { name: string; state: string; slug: Slug; location?: { lat: number; lng: number } })[]

const resultsHeading = (page: Page) => page.locator('#results-heading')
const resultList = (page: Page) => page.getByRole('list', { name: /^[\d,]+ results?/ })

function plural(n: number) {
  return `${n} ${n === 1 ? 'result' : 'results'}`
}

/** Opens a facet's disclosure when it is closed. */
async function openFacet(page: Page, name: string) {
  const group = page.locator(`details[data-facet="${name}"]`)
  if ((await group.getAttribute('open')) === null) await group.locator('summary').click()
  await expect(group).toHaveAttribute('open', '')
  return group
}

/** The count shown beside a facet value. */
async function shownCount(page: Page, facet: string, value: string) {
  const text = await page.locator(`label:has(#f-${facet}-${value}) small`).innerText()
  return Number(text.replace(/\D+/g, ''))
}

async function expectResults(page: Page, filters: Filters) {
  const want = passing(expected, filters)
  await expect(resultsHeading(page)).toContainText(plural(want.length))
  await expect(resultList(page).getByRole('listitem')).toHaveCount(Math.min(PAGE_SIZE, want.length))
  return want
}

// A topic and a kind with results together, chosen from the data.
const TOPIC = 'youth'
const topicPractices = practices.filter((p) => p.topics.includes(TOPIC))

test('the finder’s headings never skip a level, in both languages and with a search (Lighthouse’s heading-order)', async ({ request }) => {
  for (const path of ['/best-practices', '/best-practices?q=police&topic=training', '/es/best-practices', '/es/best-practices?q=police']) {
    const { document } = await fetchHtml(request, path)
    const levels = $$(document, 'main :is(h1,h2,h3,h4,h5,h6)').map((e) => Number(e.tagName[1]))
    expect(levels[0], path).toBe(1)
    for (const [i, level] of levels.entries()) if (i > 0) expect(level, `${path}: heading ${i}`).toBeLessThanOrEqual(levels[i - 1]! + 1)
  }
})

test.describe('the finder without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('filters with the GET form: results and every count match the dataset', async ({ page }) => {
    expect(topicPractices.length).toBeGreaterThan(0)
    await page.goto('/best-practices')
    await expect(resultsHeading(page)).toContainText(plural(expected.length))
    await page.locator('#f-kind-practice').check()
    await openFacet(page, 'topic')
    await page.locator(`#f-topic-${TOPIC}`).check()
    await page.getByRole('button', { name: 'Apply filters' }).click()
    await expect(page).toHaveURL(/kind=practice/)
    await expect(page).toHaveURL(new RegExp(`topic=${TOPIC}`))
    const filters: Filters = { kind: ['practice'], topic: [TOPIC] }
    const want = await expectResults(page, filters)
    expect(want.map((d) => d.id).sort()).toEqual(topicPractices.map((p) => p._id).sort())
    for (const p of topicPractices) await expect(resultList(page).getByRole('link', { name: p.title, exact: true })).toHaveAttribute('href', `/best-practices/${p.slug.current}`)
    // The counts beside the boxes are those of each value under the other filters.
    for (const kind of ['practice', 'statement', 'award', 'resource']) expect(await shownCount(page, 'kind', kind), kind).toBe(expectedCount(expected, filters, 'kind', kind))
    for (const topic of ['youth', 'training', 'homelessness']) expect(await shownCount(page, 'topic', topic), topic).toBe(expectedCount(expected, filters, 'topic', topic))
    await expect(page.locator('#f-kind-practice')).toBeChecked()
    await expect(page.locator(`#f-topic-${TOPIC}`)).toBeChecked()
  })

  test('the results for a query are in the HTML response itself, in order inside <main>, no script needed', async ({ request }) => {
    const filters: Filters = { kind: ['practice'], topic: [TOPIC] }
    const want = passing(expected, filters)
    for (const path of ['/best-practices', '/es/best-practices']) {
      const response = await request.get(`${path}?kind=practice&topic=${TOPIC}`)
      expect(response.status(), path).toBe(200)
      const html = decodeHtml(await response.text())
      // Not streamed after the page in hidden markup (<div hidden id="S:…">), which only a script moves into place.
      expect(html, path).not.toMatch(/<div hidden[^>]* id="S:/)
      const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'))
      expect(main, path).toMatch(/id="results-heading"/)
      for (const p of topicPractices) expect(main, path).toContain(`/best-practices/${p.slug.current}"`)
    }
    const english = decodeHtml(await (await request.get(`/best-practices?kind=practice&topic=${TOPIC}`)).text())
    expect(english).toMatch(new RegExp(`id="results-heading"[^>]*>${plural(want.length)}`))
  })

  test('searches words with the GET form', async ({ page }) => {
    const target = practices.find((p) => /gameup/i.test(p.title)) ?? practices[0]!
    const word = target.title.split(/\s+/).find((w) => w.length > 5) ?? target.title
    await page.goto('/best-practices')
    await page.getByLabel('Search words').fill(word)
    await page.getByRole('button', { name: 'Search', exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(word).replace(/%20/g, '\\+')}`))
    await expect(resultList(page).getByRole('link', { name: target.title, exact: true }).first()).toBeVisible()
    await expect(page.getByLabel('Search words')).toHaveValue(word)
    // Chips name what is searched, and "Clear all" goes back to everything.
    await expect(page.getByRole('link', { name: new RegExp(`Words: “${word}”`) })).toBeVisible()
    await page.getByRole('link', { name: 'Clear all' }).first().click()
    await expect(page).toHaveURL(/\/best-practices$/)
    await expect(resultsHeading(page)).toContainText(plural(expected.length))
  })

  test('pages through everything, 20 at a time, with plain links', async ({ page }) => {
    await page.goto('/best-practices')
    const seen: string[] = []
    for (let n = 1; ; n++) {
      await expect(resultList(page).getByRole('listitem')).toHaveCount(Math.min(PAGE_SIZE, expected.length - (n - 1) * PAGE_SIZE))
      seen.push(...(await resultList(page).locator('h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))))
      const next = page.getByRole('navigation', { name: 'Pages of results' }).getByRole('link', { name: 'Next page' })
      if ((await next.count()) === 0) break
      await next.click()
      await expect(page).toHaveURL(new RegExp(`page=${n + 1}`))
    }
    expect(seen).toHaveLength(expected.length)
  })

  test('suggests what to try when nothing matches', async ({ page }) => {
    const practice = practices[0]!
    const city = byId.get(practice.city._ref) as unknown as { slug: Slug; state: string }
    const otherState = cities.find((c) => c.state !== city.state)!.state
    await page.goto(`/best-practices?kind=practice&state=${otherState}&city=${city.slug.current}`)
    await expect(resultsHeading(page)).toContainText('0 results')
    await expect(page.getByText('Nothing matches this search yet.')).toBeVisible()
    const suggestion = page.getByRole('link', { name: `Remove ${stateName(otherState)}` })
    await expect(suggestion).toBeVisible()
    await suggestion.click()
    await expectResults(page, { kind: ['practice'], city: [city.slug.current] })
  })

  test('/cities filters by state with a GET form', async ({ page }) => {
    const state = 'TX'
    await page.goto('/cities')
    await page.getByLabel('State', { exact: true }).selectOption(state)
    await page.getByRole('button', { name: 'Show cities' }).click()
    await expect(page).toHaveURL(/\/cities\?state=TX/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Cities in ${stateName(state)}`)
    const main = page.locator('main')
    for (const c of cities) {
      await expect(main.locator(`a[href="/cities/${c.slug.current}"]`)).toHaveCount(c.state === state ? 1 : 0)
    }
  })

  // What the server sends, over HTTP: a page without JavaScript shows exactly that.
  test('a practice shows its address without the copy button', async ({ request }) => {
    const p = practices[0]!
    const page = await fetchHtml(request, `/best-practices/${p.slug.current}`)
    const has = (e: Element) => textOf(e).includes('Link to this practice:')
    expectShown(one($$(page.body, '*').filter((e) => has(e) && !Array.from(e.children).some(has)), 'Link to this practice:'), 'Link to this practice:')
    expectContainsText(one($$(page.main, 'code'), 'main code'), `/best-practices/${p.slug.current}`, 'main code')
    expect(byRole(page.body, 'button', { name: 'Copy link' })).toHaveLength(0)
  })
})

test.describe('the finder with JavaScript', () => {
  test('a box updates the results and the address in place, and the back button restores the filters', async ({ page }) => {
    await page.goto('/best-practices')
    await expect(resultsHeading(page)).toContainText(plural(expected.length))
    await page.evaluate(() => ((window as unknown as { __finderMarker: string }).__finderMarker = 'still here'))

    const kindBox = page.locator('#f-kind-practice')
    await kindBox.check()
    await expect(page).toHaveURL(/\/best-practices\?kind=practice$/)
    await expectResults(page, { kind: ['practice'] })
    await expect(kindBox).toBeFocused()
    await expect(page.getByRole('status').filter({ hasText: 'results' })).toContainText(`${plural(passing(expected, { kind: ['practice'] }).length)}, Kind: Best practices`)

    await openFacet(page, 'topic')
    const topicBox = page.locator(`#f-topic-${TOPIC}`)
    await topicBox.check()
    await expect(page).toHaveURL(new RegExp(`\\?kind=practice&topic=${TOPIC}$`))
    await expectResults(page, { kind: ['practice'], topic: [TOPIC] })
    await expect(topicBox).toBeFocused()
    expect(await page.evaluate(() => (window as unknown as { __finderMarker?: string }).__finderMarker)).toBe('still here')

    await page.goBack()
    await expect(page).toHaveURL(/\/best-practices\?kind=practice$/)
    await expectResults(page, { kind: ['practice'] })
    await expect(topicBox).not.toBeChecked()
    await expect(kindBox).toBeChecked()

    await page.goBack()
    await expect(page).toHaveURL(/\/best-practices$/)
    await expect(resultsHeading(page)).toContainText(plural(expected.length))
    await expect(kindBox).not.toBeChecked()

    await page.goForward()
    await expect(page).toHaveURL(/\/best-practices\?kind=practice$/)
    await expect(kindBox).toBeChecked()
    expect(await page.evaluate(() => (window as unknown as { __finderMarker?: string }).__finderMarker)).toBe('still here')
  })

  test('searching words updates in place with the canonical address', async ({ page }) => {
    await page.goto('/best-practices?kind=practice')
    await page.evaluate(() => ((window as unknown as { __finderMarker: string }).__finderMarker = 'kept'))
    await page.getByLabel('Search words').fill('  police   ')
    await page.getByLabel('Search words').press('Enter')
    await expect(page).toHaveURL(/\/best-practices\?q=police&kind=practice$/)
    await expect(resultsHeading(page)).toContainText(/\d+ results?/)
    expect(await page.evaluate(() => (window as unknown as { __finderMarker?: string }).__finderMarker)).toBe('kept')
  })

  test('the copy-link button copies the practice’s address and says so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    const p = practices[0]!
    await page.goto(`/best-practices/${p.slug.current}`)
    await page.getByRole('button', { name: 'Copy link' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`/best-practices/${p.slug.current}`, page.url()).href)
  })
})

test.describe('the map', () => {
  test('marks each city that has a location, and its table lists exactly those cities', async ({ page }) => {
    await page.goto('/map')
    const markers = page.locator('[data-testid="us-map"] a[data-city]')
    const rows = page.locator('[data-testid="map-table"] tbody tr')
    const located = cities.filter((c) => c.location)
    await expect(rows).toHaveCount(cities.length)
    const markerCities = (await markers.evaluateAll((as) => as.map((a) => a.getAttribute('data-city') ?? ''))).sort()
    const tableCities = (await page.locator('[data-testid="map-table"] tbody tr[data-on-map="yes"]').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-city') ?? ''))).sort()
    expect(markerCities).toEqual(tableCities)
    expect(markerCities).toEqual(located.map((c) => c.slug.current).sort())
    // Each marker links to its city's page and has a name of its own.
    for (const c of located.slice(0, 5)) {
      const marker = page.locator(`[data-testid="us-map"] a[data-city="${c.slug.current}"]`)
      await expect(marker).toHaveAttribute('href', `/cities/${c.slug.current}`)
      await expect(marker).toHaveAccessibleName(new RegExp(`^${c.name}, ${stateName(c.state)}: `))
    }
    // A marker is a link like any other.
    await page.locator(`[data-testid="us-map"] a[data-city="${located[0]!.slug.current}"]`).click()
    await expect(page).toHaveURL(new RegExp(`/cities/${located[0]!.slug.current}$`))
  })
})

/**
 * The finder's states (everything, filtered, nothing found) and the map, every disclosure open: axe,
 * and no sideways scroll at 320 px. A city's page and the cities' index are checked so in
 * pages.spec.ts (a city with practices) and navigation.spec.ts (/cities).
 */
const A11Y_PAGES = [
  { path: '/best-practices', narrow: true },
  { path: `/best-practices?kind=practice&topic=${TOPIC}`, narrow: true },
  { path: '/best-practices?q=zzzzqqq&kind=practice', narrow: false },
  { path: '/map', narrow: true },
]

test.describe('accessibility and small screens', () => {
  for (const { path, narrow } of A11Y_PAGES) {
    test(`${path} has no WCAG 2.2 AA violations that axe can find${narrow ? ', and does not scroll sideways at 320 px' : ''}`, async ({ page }) => {
      await page.goto(path)
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)))
      await expectNoAxeViolations(page)
      if (!narrow) return
      await page.setViewportSize({ width: 320, height: 800 })
      await page.goto(path)
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)))
      const width = await page.evaluate(() => document.documentElement.scrollWidth)
      expect(width, `${path} is ${width}px wide`).toBeLessThanOrEqual(320)
    })
  }
})

// ---------------------------------------------------------------------------------------------
// The finder first (issue 29): the search field in a phone's first screen, results that arrive in
// view, one card per program, and Spanish search over the Spanish translations.

const PHONE = { width: 390, height: 844 }
const FINDERS = [
  { path: '/best-practices', label: 'Search words', search: 'Search', results: /^[\d,]+ results?/ },
  { path: '/es/best-practices', label: 'Palabras de búsqueda', search: 'Buscar', results: /^[\d,.]+ resultados?/ },
] as const

/** Where an element's box ends, in CSS pixels from the top of the page (not of the viewport). */
async function bottomOnPage(page: Page, target: string | Locator) {
  return (typeof target === 'string' ? page.locator(target) : target).evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY)
}

for (const javaScriptEnabled of [false, true]) {
  test.describe(`the finder first on a 390 × 844 phone, ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
    test.use({ javaScriptEnabled, viewport: PHONE })

    for (const f of FINDERS) {
      test(`${f.path}: the search field is in the first screen`, async ({ page }) => {
        await page.goto(f.path)
        const field = page.getByLabel(f.label)
        await expect(field).toBeVisible()
        expect(await bottomOnPage(page, '#finder-q'), `${f.path}: the field ends below the first screen`).toBeLessThanOrEqual(PHONE.height)
        // And its button, so that a thumb can search without scrolling.
        expect(await bottomOnPage(page, page.getByRole('button', { name: f.search, exact: true }))).toBeLessThanOrEqual(PHONE.height)
      })

      test(`${f.path}: a search lands with the results' heading in view`, async ({ page }) => {
        await page.goto(f.path)
        await page.getByLabel(f.label).fill('youth')
        await page.getByRole('button', { name: f.search, exact: true }).click()
        await expect(page).toHaveURL(/[?&]q=youth/)
        await expect(resultsHeading(page)).toContainText(/\d/)
        await expect(resultsHeading(page)).toBeInViewport()
        // The page was scrolled down to the results (past the filters, which come first on a phone).
        expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0)
        if (javaScriptEnabled) await expect(resultsHeading(page)).toBeFocused()
        else await expect(page).toHaveURL(/#results$/)
      })
    }

    test('the home page has a search box in its first screen that lands on the results', async ({ page }) => {
      for (const [home, label, search] of [
        ['/', 'Find what cities have done', 'Search'],
        ['/es', 'Busque lo que han hecho las ciudades', 'Buscar'],
      ] as const) {
        await page.goto(home)
        const field = page.getByRole('search', { name: label }).getByRole('searchbox')
        await expect(field).toBeVisible()
        expect(await bottomOnPage(page, '#home-q'), home).toBeLessThanOrEqual(PHONE.height)
        await field.fill('youth')
        await page.getByRole('search', { name: label }).getByRole('button', { name: search, exact: true }).click()
        await expect(page).toHaveURL(new RegExp(`${home === '/' ? '' : '/es'}/best-practices\\?q=youth#results$`))
        await expect(resultsHeading(page)).toBeInViewport()
        await expect(page.getByLabel(home === '/' ? 'Search words' : 'Palabras de búsqueda')).toHaveValue('youth')
      }
    })
  })
}

// What the server sends, over HTTP (tests/e2e/support/html.ts): the finder's results are in its HTML.
/** The finder's list of results on a page fetched over HTTP. */
const resultListOf = (page: HtmlPage) => one(byRole(page.body, 'list', { name: /^[\d,]+ results?/ }), `${page.path}: results`)

test.describe('one card per program', () => {
  const awards = docs.filter((d) => d._type === 'grantAward') as (Doc & { practice?: { _ref: string }; level: string; round: { _ref: string } })[]
  const winning = practices.filter((p) => awards.some((a) => a.practice?._ref === p._id))

  test('a search for a grant-winning practice gives one card for it, which says it won and counts as a grant-winning program', async ({ request }) => {
    expect(winning.length).toBeGreaterThan(0)
    for (const p of winning.slice(0, 3)) {
      const award = awards.find((a) => a.practice?._ref === p._id)!
      const year = (byId.get(award.round._ref) as unknown as { year: number }).year
      const page = await fetchHtml(request, `/best-practices?q=${encodeURIComponent(p.title)}`)
      const cards = byRole(resultListOf(page), 'listitem').filter((li) => li.querySelector(`h3 a[href="/best-practices/${p.slug.current}"]`))
      const card = one(cards, p.title)
      expectContainsText(card, award.level === 'winner' ? `Won a ${year} police reform grant` : `Honorable mention, ${year} police reform grants`, p.title)
      expectContainsText(card, 'Best practice', p.title)
      // The grant filter finds the same card.
      const grants = await fetchHtml(request, `/best-practices?q=${encodeURIComponent(p.title)}&kind=award`)
      expect($$(resultListOf(grants), `h3 a[href="/best-practices/${p.slug.current}"]`)).toHaveLength(1)
    }
  })

  test('"police" lists each program once, and its count counts programs', async ({ request }) => {
    const hrefs: string[] = []
    let heading = ''
    for (let path: string | null = '/best-practices?q=police'; path; ) {
      const page = await fetchHtml(request, path)
      if (!heading) heading = textOf(one($$(page.body, '#results-heading'), '#results-heading'))
      hrefs.push(...$$(resultListOf(page), 'h3 a').map((a) => a.getAttribute('href') ?? ''))
      const next = byRole(page.body, 'navigation', { name: 'Pages of results' }).flatMap((nav) => byRole(nav, 'link', { name: 'Next page' }))
      path = next.length === 0 ? null : one(next, 'Next page').getAttribute('href')
    }
    expect(hrefs.length).toBeGreaterThan(0)
    expect(new Set(hrefs).size, 'a link shown twice').toBe(hrefs.length)
    expect(heading).toContain(plural(hrefs.length))
  })
})

test.describe('Spanish search', () => {
  const spanishResults = (page: HtmlPage) => one(byRole(page.body, 'list', { name: /^[\d,.]+ resultados?/ }), `${page.path}: resultados`)
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase()
  const translations = docs.filter((d) => d._type === 'translation' && d.language === 'es') as (Doc & {
    document: { _ref: string }
    title?: string
    name?: string
    summary?: string
    description?: string
    quoteTranslation?: string
  })[]
  const spanishText = (t: (typeof translations)[number]) => fold([t.title, t.name, t.summary, t.description, t.quoteTranslation].filter(Boolean).join(' '))
  const searchable = new Set(['bestPractice', 'mayoralStatement', 'organization'])

  for (const [q, pattern] of [
    ['salud mental', /\bsalud mental\b/],
    ['policía', /\bpolicias?\b/],
    ['Exploradores', /\bexplorador(es|as?)?\b/],
  ] as const) {
    test(`/es/best-practices: "${q}" finds the practices whose Spanish text has it, ranked first, in Spanish`, async ({ request }) => {
      const want = translations.filter((t) => searchable.has(String(byId.get(t.document._ref)?._type)) && pattern.test(spanishText(t)))
      expect(want.length, q).toBeGreaterThan(0)
      // Every one is a practice or a statement, whose card shows its Spanish title.
      for (const t of want) expect(t.title, t.document._ref).toBeTruthy()
      const titles = $$(spanishResults(await fetchHtml(request, `/es/best-practices?q=${encodeURIComponent(q)}`)), 'h3').map(textOf)
      expect(titles.length).toBeGreaterThanOrEqual(want.length)
      expect(titles.slice(0, want.length).sort(), q).toEqual(want.map((t) => t.title!).sort())
    })
  }

  test('/es/best-practices: an English word still finds English-only documents, and grant cards are in Spanish', async ({ request }) => {
    expectShown(first(byRole(spanishResults(await fetchHtml(request, '/es/best-practices?q=police')), 'listitem'), 'a result'), 'a result')
    // A grant-winning practice with a translation: one card, in Spanish, saying it won.
    const p = practices.find((x) => docs.some((a) => a._type === 'grantAward' && (a.practice as { _ref?: string } | undefined)?._ref === x._id))!
    const t = translations.find((x) => x.document._ref === p._id)!
    const list = spanishResults(await fetchHtml(request, `/es/best-practices?q=${encodeURIComponent(t.title!)}`))
    const card = one(byRole(list, 'listitem').filter((li) => textOf(li).toLowerCase().includes(t.title!.toLowerCase())), t.title!)
    expect(textOf(card)).toMatch(/Ganó una subvención|Mención honorífica/)
    expectContainsText(card, t.summary!.slice(0, 40), t.title!)
  })

  test('the /es footer gives the former names in Spanish, with no English notes', async ({ request }) => {
    const footer = one($$((await fetchHtml(request, '/es/best-practices')).body, 'footer'), 'footer')
    expectContainsText(footer, 'lanzamiento de 2018', 'footer')
    expect(textOf(footer)).not.toContain('Name at the 2018 launch')
    expect(textOf(footer)).not.toContain('Original title')
    expectContainsText(one($$((await fetchHtml(request, '/best-practices')).body, 'footer'), 'footer'), 'Name at the 2018 launch', 'footer')
  })
})
