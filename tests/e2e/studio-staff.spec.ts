/**
 * Conference staff at work in the real Studio at /studio, in Chromium, on the production build
 * shared by the lake specs (tests/e2e/support/lake-build.ts), against the loopback Content Lake
 * (tests/support/query-server.ts, with what the Studio asks of the API: tests/support/studio-api.ts).
 * The site reads the same lake with Sanity Live and no webhook, so what staff publish reaches the
 * public pages as it would in production.
 *
 * Each test opens its own browser context (Playwright's `page`); the tests run one after another on
 * one lake and one `next start`, in order, each on documents the others leave alone. The screenshots
 * in docs/images/studio/ (the staff guide, docs/editing.md) are taken here, on every run.
 */
import { expect, test, type Page } from '@playwright/test'
import { BUILD_TIMEOUT_MS } from './support/lake-build'
import { guideShot, openStudio, startStudioLake, STUDIO_ERROR, waitForDesk, type StudioLake } from './support/studio-lake'

test.describe.configure({ timeout: 120_000 })
// The Studio reaches the lake over HTTPS with a throwaway self-signed certificate (HTTP/2: more
// streams than a browser opens HTTP/1.1 connections to one host).
test.use({ ignoreHTTPSErrors: true })

let env: StudioLake

test.beforeAll(async () => {
  test.setTimeout(BUILD_TIMEOUT_MS + 60_000)
  env = await startStudioLake('studio')
})

test.afterAll(async ({}, testInfo) => {
  await env?.stop(testInfo)
})

/** Clicks an item of the desk's structure (a pane's list item, which is a link). */
async function openItem(page: Page, name: string | RegExp) {
  await page.getByRole('link', { name }).first().click()
}

test('the desk loads with the Center’s structure: sections, singletons, submissions, Missing Spanish', async ({ page }) => {
  const studio = await openStudio(page, env.site.url)
  await waitForDesk(page)
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
  console.log('listeners', env.lake.studio.listeners())
  await openItem(page, 'Site settings')
  await page.waitForTimeout(3000)
  console.log('listeners', env.lake.studio.listeners(), studio.failed)
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
  console.log(studio.failed.join('\n'), studio.errors.join('\n'))
  expect(studio.cspViolations).toEqual([])
})
