/**
 * The Studio at /studio, on the production build started with and without a Sanity project. With
 * one (a made-up id; Sanity's hosted API stubbed in the browser), the Studio loads and shows its
 * login screen with the Center's title. Without one, /studio explains how to set the Studio up.
 */
import { expect, test } from '@playwright/test'
import { studioTitle } from '../../lib/public-env'
import { expectNoAxeViolations } from './support/axe'
import { startNextServer, type NextServer } from './support/next-server'
import { stubSanityApi } from './support/sanity-stub'

test.describe.configure({ mode: 'serial', timeout: 90_000 })

let configured: NextServer
let unconfigured: NextServer

test.beforeAll(async () => {
  test.setTimeout(120_000)
  ;[configured, unconfigured] = await Promise.all([
    startNextServer({ SANITY_PROJECT_ID: 'test1234', SANITY_DATASET: 'production' }),
    startNextServer({}),
  ])
})

test.afterAll(async () => {
  await Promise.all([configured?.stop(), unconfigured?.stop()])
})

test('with a project, the Studio renders its login screen with the Center\u2019s title', async ({ page }) => {
  const sanity = await stubSanityApi(page, configured.url)
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))

  const response = await page.goto(`${configured.url}/studio`)
  expect(response?.status()).toBe(200)
  await expect(page.getByText('Choose login provider')).toBeVisible({ timeout: 45_000 })
  await expect(page.getByText(studioTitle).first()).toBeVisible()
  await expect(page.getByRole('link', { name: /Google/ })).toBeVisible()
  await expect(page).toHaveTitle(/Studio/)
  expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex')

  // The project id reached the browser from the server's environment, not from the build.
  expect(sanity.requests.some((url) => new URL(url).hostname === 'test1234.api.sanity.io')).toBe(true)
  // No site chrome around the Studio.
  await expect(page.locator('header, footer')).toHaveCount(0)
  expect(errors).toEqual([])
})

test('deep Studio addresses load the Studio too', async ({ page }) => {
  await stubSanityApi(page, configured.url)
  const response = await page.goto(`${configured.url}/studio/structure/bestPractices`)
  expect(response?.status()).toBe(200)
  await expect(page.getByText('Choose login provider')).toBeVisible({ timeout: 45_000 })
})

test('without a project, /studio shows the setup page', async ({ page }) => {
  const response = await page.goto(`${unconfigured.url}/studio`)
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Studio is not set up yet')
  const main = page.getByRole('main')
  for (const text of ['SANITY_PROJECT_ID', 'SANITY_DATASET', 'SANITY_API_READ_TOKEN', 'npm run dataset:import', 'README.md', 'docs/editing.md']) {
    await expect(main).toContainText(text)
  }
  // Nothing of the Studio was sent: the page is plain HTML.
  expect(await page.content()).not.toContain('Choose login provider')
  await expectNoAxeViolations(page)
})

test('an invalid project id gets the setup page with a warning, not a crash', async () => {
  const site = await startNextServer({ SANITY_PROJECT_ID: 'Not A Project!' })
  try {
    const response = await fetch(`${site.url}/studio`)
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('is not a valid Sanity project id')
  } finally {
    await site.stop()
  }
})
