/**
 * Conference staff at work in the real Studio at /studio, in Chromium, on the production build
 * shared by the lake specs (tests/e2e/support/lake-build.ts), against the loopback Content Lake
 * (tests/support/query-server.ts, with what the Studio asks of the API: tests/support/studio-api.ts).
 * The site reads the same lake with Sanity Live and no webhook, so what staff publish reaches the
 * public pages as it would in production.
 *
 * The Studio is loaded once, signed in, in a browser context of its own, and each test takes it
 * where staff would go (an address of the Studio, followed by its router without loading the page
 * again): loading the Studio's bundle is most of a test's time on a slow machine. Visitors' pages
 * open in each test's own context (Playwright's `context`). The tests run one after another on one
 * lake and one `next start`, in order, each on documents the others leave alone; a failed test
 * starts the next one on a fresh worker, with a fresh lake and Studio. The screenshots in
 * docs/images/studio/ (the staff guide, docs/editing.md) are taken here, on every run.
 */
import { expect, test, type Page } from '@playwright/test'
import { decodeHtml as decode } from './support/site-crawl'
import { BUILD_TIMEOUT_MS } from './support/lake-build'
import { fillValid } from './support/submit-form'
import { goInStudio, guideShot, openStudio, startStudioLake, STUDIO_ERROR, waitForDesk, type StudioLake, type StudioPage } from './support/studio-lake'

test.describe.configure({ timeout: 240_000 })

let env: StudioLake
/** The Studio, signed in as staff: loaded once for the file. */
let studio: StudioPage
/** Its page (what each test drives). */
let page: Page

test.beforeAll(async ({ browser }) => {
  test.setTimeout(BUILD_TIMEOUT_MS + 60_000)
  env = await startStudioLake('studio')
  studio = await openStudio(browser, env.site.url)
  page = studio.page
})

test.beforeEach(() => {
  studio.clear()
})

test.afterEach(async ({}, testInfo) => {
  if (studio && testInfo.status !== testInfo.expectedStatus) {
    await testInfo.attach('studio', { body: `lake answers of 400 and above:\n${studio.failed.join('\n')}\n\nconsole errors:\n${studio.errors.join('\n')}` })
    await testInfo.attach('studio.png', { body: await page.screenshot(), contentType: 'image/png' }).catch(() => {})
    console.log(`lake answers of 400 and above:\n${studio.failed.join('\n')}\nconsole errors:\n${studio.errors.join('\n').slice(0, 3000)}`)
  }
})

test.afterAll(async ({}, testInfo) => {
  await studio?.close()
  await env?.stop(testInfo)
})

/** The desk at its root: the Center's structure, the first pane. */
async function openDesk(page: Page) {
  await goInStudio(page, '/studio/structure')
  await waitForDesk(page)
}

/**
 * The search box of the desk's last list pane (by its placeholder: its role is "textbox" or, once
 * the list's results are linked to it, "combobox").
 */
const searchList = (page: Page) => page.getByPlaceholder('Search list').last()

/** Clicks an item of the desk's structure (a pane's list item, which is a link). */
async function openItem(page: Page, name: string | RegExp) {
  const item = page.getByRole('link', { name }).first()
  await expect(item).toBeVisible({ timeout: 30_000 })
  await item.click()
}

test('the desk loads with the Center’s structure: sections, singletons, submissions, Missing Spanish', async () => {
  await openDesk(page)
  for (const item of ['Site settings', 'Center sections', 'Mayors’ Compact components', 'Best practices', 'Mayoral statements', 'Cities', 'Videos', 'Translations']) {
    await expect(page.getByRole('link', { name: item }).first(), item).toBeVisible()
  }
  await guideShot(page, 'desk')

  // The Center's sections, each a fixed document.
  await openItem(page, 'Center sections')
  for (const section of ['About the Center', 'Best Practices', 'U.S. Coalition of Cities against Racism and Discrimination']) {
    await expect(page.getByRole('link', { name: section }).first(), section).toBeVisible()
  }
  await openItem(page, 'About the Center')
  await expect(page.getByRole('textbox', { name: /Title/ }).first()).toHaveValue(/About/, { timeout: 20_000 })
  await guideShot(page, 'section')

  // A singleton: the site settings open directly, no list.
  await openItem(page, 'Site settings')
  await expect(page.getByRole('textbox').first()).toBeVisible({ timeout: 20_000 })

  // The submissions list.
  await openItem(page, 'Best practices')
  await openItem(page, 'Submitted for review')
  await expect(page.getByText('Submitted for review').first()).toBeVisible()

  // What still needs Spanish.
  await openItem(page, 'Translations')
  await openItem(page, /^Missing Spanish/)
  await expect(page.getByRole('link', { name: 'Best practices' }).last()).toBeVisible()
  await guideShot(page, 'missing-spanish')

  await expect(page.getByText(STUDIO_ERROR)).toHaveCount(0)
  expect(studio.cspViolations).toEqual([])
})

/** The published document of the lake by id (drafts are `drafts.<id>`). */
const lakeDoc = (id: string) => env.lake.documents().find((doc) => doc._id === id) as Record<string, unknown> | undefined

/** The public page's HTML, as a visitor without JavaScript gets it. */
async function publicHtml(path: string): Promise<{ html: string; cache: string | null }> {
  const response = await fetch(`${env.site.url}${path}`, { signal: AbortSignal.timeout(20_000) })
  expect(response.status, path).toBe(200)
  return { html: await response.text(), cache: response.headers.get('x-nextjs-cache') }
}

/** Opens a document in the Studio's form (the address an "edit" link of the desk leads to). */
async function openDocument(page: Page, id: string, type: string) {
  await goInStudio(page, `/studio/intent/edit/id=${id};type=${type}/`)
  await expect(page.locator('[data-testid="field-title"]').first()).toBeVisible({ timeout: 45_000 })
}

/** The document's main action: Publish (labelled "Published" a moment after publishing). */
const publishButton = (page: Page) => page.locator('[data-testid^="action-publish"]').first()

/** A field of the open document's form, by its path. */
const field = (page: Page, path: string) => page.locator(`[data-testid="field-${path}"]`).first()

/** Replaces a text field's value as a person types it. */
async function retype(page: Page, path: string, value: string) {
  const input = field(page, path).locator('input, textarea').first()
  await input.fill(value)
}

/**
 * The message a field shows: Sanity puts it in the tooltip of the field's validation icon (and the
 * Publish button's tooltip says there are errors).
 */
async function expectFieldMessage(page: Page, scope: ReturnType<Page['locator']>, message: RegExp) {
  const icon = scope.locator('[data-testid="input-validation-icon-error"]').first()
  await expect(icon).toBeVisible({ timeout: 15_000 })
  await icon.hover()
  await expect(page.getByText(message).first()).toBeVisible({ timeout: 10_000 })
}

const IRVING = { id: 'bestPractice-irving-shop-talk', path: '/best-practices/irving-shop-talk' }

test('staff edit a best practice’s summary: it becomes a draft, the public page does not change', async () => {
  await openDesk(page)
  await openItem(page, 'Best practices')
  await openItem(page, 'All best practices')
  await openItem(page, /Shop Talk/)
  await expect(field(page, 'summary').locator('textarea')).toHaveValue(/barbershops/, { timeout: 30_000 })
  const before = String(lakeDoc(IRVING.id)!.summary)

  const summary = 'Irving officers visit barbershops and salons to talk with residents about their concerns, in an edited summary.'
  await retype(page, 'summary', summary)
  // The change is saved as the practice's draft in the lake; the published document is untouched.
  await expect.poll(() => lakeDoc(`drafts.${IRVING.id}`)?.summary, { timeout: 15_000 }).toBe(summary)
  expect(lakeDoc(IRVING.id)!.summary).toBe(before)
  expect(env.lake.studio.actions.map((a) => a.actionType)).toContain('sanity.action.document.edit')
  await expect(publishButton(page)).toBeEnabled()
  await guideShot(page, 'practice-draft')

  const { html } = await publicHtml(IRVING.path)
  expect(html).not.toContain('in an edited summary')
  expect(studio.cspViolations).toEqual([])
})

const BOSTON = { id: 'bestPractice-boston-youth-and-police-initiative' }

test('validation: a cleared required field and a malformed source address show their messages, and Publish is refused', async () => {
  await openDocument(page, BOSTON.id, 'bestPractice')
  await page.getByRole('tab', { name: 'All fields' }).click()

  await retype(page, 'title', '')
  await expectFieldMessage(page, field(page, 'title'), /^Required$/)

  // A source copied from prose: its sentence's period came along.
  await field(page, 'sources').getByRole('button', { name: /Add item/ }).click()
  // The new link's fields (in the dialog, or wherever the Studio opens the item).
  await page.locator('[data-testid^="field-sources["][data-testid$="].title"] input').last().fill('Copied from an article')
  const urlField = page.locator('[data-testid^="field-sources["][data-testid$="].url"]').last()
  const url = urlField.locator('input').first()
  await url.fill('https://www.wikiwand.com/en/Boston.')
  await expectFieldMessage(page, urlField, /ends with punctuation that belongs to the sentence around it/)
  await guideShot(page, 'validation-punctuation')
  // Without the period: a mirror of Wikipedia, not the original.
  await url.fill('https://www.wikiwand.com/en/Boston')
  await expectFieldMessage(page, urlField, /wikiwand\.com is a mirror site that copies other pages/)
  await guideShot(page, 'validation-mirror')
  await page.keyboard.press('Escape')

  const publish = publishButton(page)
  await expect(publish).toBeDisabled({ timeout: 15_000 })
  await guideShot(page, 'validation-publish-refused')
  expect(env.lake.studio.actions.filter((a) => a.publishedId === BOSTON.id).map((a) => a.actionType)).not.toContain('sanity.action.document.publish')
  expect(studio.cspViolations).toEqual([])
})

const TRENTON = { id: 'bestPractice-trenton-rise', path: '/best-practices/trenton-rise' }
/** The goal: a published change on the public page within this long, with no webhook. */
const LIVE_MS = 5_000

test('publish: the public page shows the new summary within 5 s (Live), the finder finds it, other pages are not regenerated', async ({ context }) => {
  const visitor = await context.newPage()
  await visitor.goto(`${env.site.url}${TRENTON.path}`)
  await expect(visitor.getByRole('heading', { level: 1 })).toContainText('RISE')
  expect((await publicHtml('/videos')).cache).toBe('HIT')
  const queriesBefore = env.lake.requests.length

  await openDocument(page, TRENTON.id, 'bestPractice')
  const summary = 'Trenton’s RISE program takes young people through eight parts of career and personal development, with apprenticeships.'
  await retype(page, 'summary', summary)
  await expect.poll(() => lakeDoc(`drafts.${TRENTON.id}`)?.summary, { timeout: 15_000 }).toBe(summary)
  expect((await publicHtml('/best-practices?q=apprenticeships')).html, 'not found before it is published').not.toContain(TRENTON.path)

  const publish = publishButton(page)
  await expect(publish).toBeEnabled()
  await publish.click()
  // Timed from the moment the lake published it (the Studio's own round trip is not the site's).
  await expect.poll(() => lakeDoc(TRENTON.id)?.summary, { timeout: 15_000 }).toBe(summary)
  const published = env.lake.studio.actions.find((a) => a.actionType === 'sanity.action.document.publish' && a.publishedId === TRENTON.id)!
  await expect(visitor.getByText(summary)).toBeVisible({ timeout: Math.max(0, published.at + LIVE_MS - Date.now()) })
  console.log(`studio: the published summary showed on the open public page ${Date.now() - published.at} ms after the lake published it`)
  expect(lakeDoc(`drafts.${TRENTON.id}`)).toBeUndefined()
  // The Studio counts the publish done when its listener echoed the transaction.
  await expect(publishButton(page)).toBeDisabled({ timeout: 15_000 })
  await guideShot(page, 'practice-published')

  // The finder finds the practice by a word only the new summary has.
  await expect.poll(async () => (await publicHtml('/best-practices?q=apprenticeships')).html.includes(TRENTON.path), { timeout: 15_000 }).toBe(true)
  // A page that does not show the practice was not regenerated.
  expect((await publicHtml('/videos')).cache).toBe('HIT')
  expect(env.lake.requests.slice(queriesBefore).map((r) => r.tag)).not.toContain('website.videos')
  expect(studio.cspViolations).toEqual([])
})

test('a Spanish translation edited in the Studio and published shows on the /es page', async ({ context }) => {
  // A reader has the Spanish page open: its <SanityLive /> hears of the change (no webhook here).
  const reader = await context.newPage()
  await reader.goto(`${env.site.url}/es/compact/1`)
  await openDesk(page)
  await openItem(page, 'Translations')
  await openItem(page, /^Spanish \(Español\) translations/)
  await searchList(page).fill('Rechazar expresamente')
  await openItem(page, /^Rechazar expresamente el extremismo/)
  await expect(field(page, 'explanation').locator('textarea')).toHaveValue(/rechaza el extremismo/, { timeout: 30_000 })
  const explanation = 'El alcalde declara en público, con claridad, que la ciudad rechaza el extremismo, la supremacía blanca y toda intolerancia.'
  await retype(page, 'explanation', explanation)
  await expect.poll(() => lakeDoc('drafts.translation-es-compactComponent-1')?.explanation, { timeout: 15_000 }).toBe(explanation)
  await guideShot(page, 'translation')
  expect((await publicHtml('/es/compact/1')).html).not.toContain('declara en público')

  await publishButton(page).click()
  await expect.poll(() => lakeDoc('translation-es-compactComponent-1')?.explanation, { timeout: 15_000 }).toBe(explanation)
  await expect(reader.getByText(explanation)).toBeVisible({ timeout: 15_000 })
  await expect.poll(async () => decode((await publicHtml('/es/compact/1')).html).includes(explanation), { timeout: 15_000 }).toBe(true)
  expect(studio.cspViolations).toEqual([])
})

const ALBUQUERQUE = { id: 'bestPractice-albuquerque-community-safety-department', path: '/best-practices/albuquerque-community-safety-department' }

test('the Presentation tool shows a page in draft mode: the draft in the preview, not on the public site', async () => {
  await openDocument(page, ALBUQUERQUE.id, 'bestPractice')
  const summary = 'A draft for the preview: Albuquerque sends trained civilian responders, not police, to calls about homelessness and addiction.'
  await retype(page, 'summary', summary)
  await expect.poll(() => lakeDoc(`drafts.${ALBUQUERQUE.id}`)?.summary, { timeout: 15_000 }).toBe(summary)

  await goInStudio(page, `/studio/presentation?preview=${encodeURIComponent(ALBUQUERQUE.path)}`)
  const preview = page.frameLocator('iframe').first()
  await expect(preview.getByText(summary)).toBeVisible({ timeout: 45_000 })
  // The page is in the frame, but the tool covers it ("Loading.", then "Connecting.") until the
  // page's Visual Editing has answered the Studio; if it never does, the cover says it cannot connect.
  await expect(page.getByText(/^(Loading|Connecting|Refreshing)\.$/)).toHaveCount(0, { timeout: 45_000 })
  await expect(page.getByText(/Unable to connect|Could not connect to the preview/)).toHaveCount(0)
  // The pointer off the document's buttons (their tooltips), on the tool bar's empty middle.
  await page.mouse.move(960, 24)
  await guideShot(page, 'presentation')
  // The public site still shows the published summary.
  const { html } = await publicHtml(ALBUQUERQUE.path)
  expect(decode(html)).not.toContain(summary)
  expect(decode(html)).toContain(String(lakeDoc(ALBUQUERQUE.id)!.summary))
  expect(studio.cspViolations).toEqual([])
})

test('a practice sent through the public form appears under Submitted for review; staff publish it as a best practice', async ({ browser, context }) => {
  const title = 'Volunteer translators at city offices'
  // A visitor has the city's page open: its <SanityLive /> hears of the publish (no webhook here).
  const visitor = await context.newPage()
  await visitor.goto(`${env.site.url}/cities/irving-tx`)
  // A city's staff member sends the practice through the public form, without JavaScript.
  const sender = await browser.newContext({ javaScriptEnabled: false })
  const form = await sender.newPage()
  await form.goto(`${env.site.url}/submit`)
  await fillValid(form, title, { city: 'Irving', state: 'TX' })
  await form.getByRole('button', { name: 'Send the practice' }).click()
  await expect(form).toHaveURL(/\/submit\/received\?ref=CICC-/)
  await sender.close()
  const draft = env.lake.documents().find((doc) => doc._id.startsWith('drafts.') && doc.title === title)
  expect(draft, 'the submission is a draft in the lake').toBeTruthy()

  await openDesk(page)
  await openItem(page, 'Best practices')
  await openItem(page, 'Submitted for review')
  await openItem(page, new RegExp(title))
  await expect(field(page, 'title').locator('input')).toHaveValue(title, { timeout: 30_000 })
  await guideShot(page, 'submission')

  // A submission has no web address yet: staff generate it from the title.
  await field(page, 'slug').getByRole('button', { name: 'Generate' }).click()
  await expect.poll(() => (lakeDoc(draft!._id)?.slug as { current?: string } | undefined)?.current, { timeout: 15_000 }).toBeTruthy()
  await page.getByRole('tab', { name: 'Review and status' }).click()
  await field(page, 'status').getByRole('radio', { name: 'Published' }).check()
  await field(page, 'publishedAt').locator('input').first().fill('2026-12-07')
  await field(page, 'publishedAt').locator('input').first().press('Enter')
  const publishedId = draft!._id.replace(/^drafts\./, '')
  await expect.poll(() => lakeDoc(draft!._id)?.status, { timeout: 15_000 }).toBe('published')
  const publish = publishButton(page)
  await expect(publish).toBeEnabled({ timeout: 15_000 })
  await publish.click()
  await expect.poll(() => lakeDoc(publishedId)?.title, { timeout: 15_000 }).toBe(title)

  const slug = (lakeDoc(publishedId)!.slug as { current?: string } | undefined)?.current
  await expect(visitor.getByText(title).first()).toBeVisible({ timeout: 15_000 })
  await expect.poll(async () => decode((await publicHtml('/cities/irving-tx')).html).includes(title), { timeout: 15_000 }).toBe(true)
  if (slug) expect(decode((await publicHtml(`/best-practices/${slug}`)).html)).toContain(title)
  expect(studio.cspViolations).toEqual([])
})

const VICKSBURG = { id: 'city-vicksburg-ms', path: '/cities/vicksburg-ms', practice: 'bestPractice-vicksburg-warren-county-youth-development-center' }

/** The draft in the lake with this title (a new document's id is the Studio's, a UUID). */
const draftOf = (title: string) => env.lake.documents().find((doc) => doc._id.startsWith('drafts.') && doc.title === title) as Record<string, unknown> | undefined

test('staff create a best practice from its template, fill the required fields and publish it: site, finder, city page', async ({ context }) => {
  // A visitor has the city's page open: its <SanityLive /> hears of the publish (no webhook here).
  const visitor = await context.newPage()
  await visitor.goto(`${env.site.url}${VICKSBURG.path}`)
  const cityPractice = lakeDoc(VICKSBURG.practice)!
  await openDesk(page)
  await openItem(page, 'Best practices')
  await openItem(page, 'By city')
  await searchList(page).fill('Vicksburg')
  await openItem(page, /^Vicksburg/)
  // The list of the city's practices offers the city's template as its one "create" button.
  await page.getByRole('link', { name: 'Best practice for a city' }).click()
  // The Studio opens a new document under an id of its own (a UUID, in the address).
  // (Its parameters follow, encoded: `;<id>%2Ctemplate%3DbestPractice-for-city%2C<the city, base64>`.)
  const NEW_ID = /;([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})%2Ctemplate%3DbestPractice-for-city/
  await expect(page).toHaveURL(NEW_ID, { timeout: 30_000 })
  const newId = NEW_ID.exec(page.url())![1]!
  await expect(field(page, 'title').locator('input')).toBeVisible({ timeout: 30_000 })

  const title = 'Riverfront youth rowing club'
  await field(page, 'title').locator('input').fill(title)
  // The first edit creates the draft, with what the template filled in: the city.
  await expect.poll(() => draftOf(title)?._id, { timeout: 15_000 }).toBe(`drafts.${newId}`)
  expect(draftOf(title)!.city).toEqual({ _type: 'reference', _ref: VICKSBURG.id })
  expect(env.lake.studio.actions.find((a) => a.publishedId === newId)?.actionType).toBe('sanity.action.document.create')
  await field(page, 'slug').getByRole('button', { name: 'Generate' }).click()
  await field(page, 'summary').locator('textarea').fill('Young people in Vicksburg learn to row on the river with volunteer coaches after school, twice a week.')
  await field(page, 'approach').locator('textarea').fill('Volunteer coaches meet students at the riverfront after school, teach water safety first, then rowing in pairs.')
  // The component is a reference: staff search the components by a word of the title and pick one.
  // The results are options in a popover outside the field (as the desk's list items are options
  // too: the one to click is found by its text, `6. Supporting Targeted Communities and …`).
  const components = field(page, 'compactComponents')
  await components.getByRole('button', { name: /Add item/ }).click()
  await components.getByRole('combobox').last().fill('targeted')
  await page.getByRole('option').filter({ hasText: /^6\. Supporting Targeted Communities/ }).click()
  await expect.poll(() => draftOf(title)?.compactComponents, { timeout: 15_000 }).toEqual([expect.objectContaining({ _ref: 'compactComponent-6' })])
  await field(page, 'topics').getByRole('checkbox', { name: 'Youth development' }).check()
  await field(page, 'title').scrollIntoViewIfNeeded()
  await guideShot(page, 'new-practice')
  await page.getByRole('tab', { name: 'Contact' }).click()
  await field(page, 'contact').getByRole('checkbox', { name: /Refer readers to the Center/ }).check()
  await page.getByRole('tab', { name: 'Review and status' }).click()
  await field(page, 'publishedAt').locator('input').first().fill('2026-12-07')
  await field(page, 'publishedAt').locator('input').first().press('Enter')

  const publish = publishButton(page)
  await expect(publish).toBeEnabled({ timeout: 20_000 })
  await publish.click()
  await expect.poll(() => lakeDoc(newId)?.title, { timeout: 15_000 }).toBe(title)
  const created = lakeDoc(newId)!
  expect(created.city).toEqual({ _type: 'reference', _ref: VICKSBURG.id })
  expect(created.compactComponents).toEqual([expect.objectContaining({ _ref: 'compactComponent-6' })])
  expect(lakeDoc(`drafts.${newId}`)).toBeUndefined()
  // The city's other practice was not touched.
  expect(lakeDoc(VICKSBURG.practice)).toEqual(cityPractice)
  expect(lakeDoc(`drafts.${VICKSBURG.practice}`)).toBeUndefined()
  await expect(publishButton(page)).toBeDisabled({ timeout: 15_000 })
  const slug = (created.slug as { current: string }).current
  expect(slug).toBe('riverfront-youth-rowing-club')
  await expect(visitor.getByText(title).first()).toBeVisible({ timeout: 15_000 })
  expect(decode((await publicHtml(`/best-practices/${slug}`)).html)).toContain(title)
  await expect.poll(async () => decode((await publicHtml('/best-practices?q=rowing')).html).includes(`/best-practices/${slug}`), { timeout: 15_000 }).toBe(true)
  await expect.poll(async () => decode((await publicHtml(VICKSBURG.path)).html).includes(title), { timeout: 15_000 }).toBe(true)
  expect(studio.cspViolations).toEqual([])
})
