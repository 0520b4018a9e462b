/**
 * /studio for staff, before a Sanity project is connected (sanity/StudioSetup.tsx): plain words
 * first (what the Studio is, what is missing, whom to ask), a link back to the site, the developer's
 * details folded below, and a page that fits 320 px. And what `next start` says when it starts
 * (instrumentation.ts): with a project but no write token, one line that the form's submissions stay
 * in the outbox and the Studio's "Submitted for review" list stays empty.
 */
import { expect, test } from '@playwright/test'
import { WRITE_TOKEN_VARIABLE } from '../../lib/env'
import { expectNoAxeViolations } from './support/axe'
import { startNextServer, type NextServer } from './support/next-server'

test.describe.configure({ mode: 'serial', timeout: 90_000 })

let site: NextServer

test.beforeAll(async () => {
  test.setTimeout(120_000)
  site = await startNextServer({})
})

test.afterAll(async () => {
  await site?.stop()
})

const DEVELOPER_WORDS = /SANITY_|npm |\.env|NEXT_PUBLIC|dataset:import|README/

for (const javaScriptEnabled of [true, false]) {
  test(`without a project, at 320 px ${javaScriptEnabled ? 'with' : 'without'} JavaScript: plain words first, a link back to the site, the developer’s details folded, no sideways scroll`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 320, height: 640 } })
    const page = await context.newPage()
    try {
      const response = await page.goto(`${site.url}/studio`)
      expect(response?.status()).toBe(200)
      const main = page.getByRole('main')
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Studio is not set up yet')

      // What a staff member sees before opening anything: plain words, no variable, no command.
      const visible = await main.evaluate((el) => (el as HTMLElement).innerText)
      expect(visible).toMatch(/where Conference staff sign in to edit this website/)
      expect(visible).toMatch(/ask whoever looks after this website/)
      expect(visible, 'no developer’s words before the fold').not.toMatch(DEVELOPER_WORDS)
      const details = main.locator('details')
      await expect(details).toHaveCount(1)
      await expect(details).not.toHaveAttribute('open', /.*/)

      // A way back to the site, the first link, and it leads there.
      const back = main.getByRole('link', { name: 'Back to the website' })
      await expect(back).toBeVisible()
      await expect(back).toHaveAttribute('href', '/')
      expect(await main.getByRole('link').count()).toBeGreaterThanOrEqual(1)

      expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scroll, folded').toBeLessThanOrEqual(320)
      // The developer's details, unfolded: every variable and the command, and still 320 px wide.
      await details.locator('summary').click()
      await expect(details).toHaveAttribute('open', '')
      for (const text of ['SANITY_PROJECT_ID', 'SANITY_DATASET', 'SANITY_API_READ_TOKEN', WRITE_TOKEN_VARIABLE, 'npm run dataset:import', 'docs/studio.md', 'README.md']) {
        await expect(details).toContainText(text)
      }
      await expect(details.locator('pre')).toBeVisible()
      expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scroll, unfolded').toBeLessThanOrEqual(320)
      const pre = await details.locator('pre').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }))
      expect(pre.scroll, 'the command wraps instead of being cut').toBeLessThanOrEqual(pre.client)
      // axe runs its script in the page: with JavaScript only.
      if (javaScriptEnabled) await expectNoAxeViolations(page)

      await back.click()
      await expect(page).toHaveURL(`${site.url}/`)
    } finally {
      await context.close()
    }
  })
}

test('the server says at start-up, in one line, that without a write token the submissions stay in the outbox', async () => {
  // A project named, no write token: the case that used to be silent.
  const silent = await startNextServer({ SANITY_PROJECT_ID: 'abc123de', SUBMISSIONS_DIR: '/tmp/e2e-outbox-startup' })
  const withToken = await startNextServer({ SANITY_PROJECT_ID: 'abc123de', [WRITE_TOKEN_VARIABLE]: 'sk-fake-startup-token' })
  try {
    const lines = silent.output().split('\n').filter((line) => line.includes('[submissions]'))
    expect(lines, silent.output()).toHaveLength(1)
    expect(lines[0]).toContain(`No ${WRITE_TOKEN_VARIABLE}`)
    expect(lines[0]).toContain('kept in the outbox /tmp/e2e-outbox-startup')
    expect(lines[0]).toContain('"Submitted for review" list stays empty')

    const told = withToken.output().split('\n').filter((line) => line.includes('[submissions]'))
    expect(told, withToken.output()).toEqual([expect.stringContaining('go to the Sanity project abc123de')])
    expect(withToken.output()).not.toContain('sk-fake-startup-token')
    // Without a project, nothing to say (the server started in beforeAll).
    expect(site.output()).not.toContain('[submissions]')
  } finally {
    await Promise.all([silent.stop(), withToken.stop()])
  }
})
