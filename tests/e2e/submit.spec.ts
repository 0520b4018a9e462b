/**
 * The submission form (/submit) on the production build, with JavaScript off (the browser posts the
 * form to its Server Action, and the page comes back) and on (checked in the browser, sent without
 * a reload).
 *
 * Every test sends from its own X-Forwarded-For address (the server trusts the loopback as a proxy:
 * playwright.config.ts), so the per-client limit (5 an hour, proved in tests/unit/submissions.test.ts
 * and submit-instances.spec.ts) never trips here. The tests also read the outbox the server wrote.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './support/axe'
import { fillValid } from './support/submit-form'

const REFERENCE = /CICC-\d{4}-[0-9A-HJKMNP-TV-Z]{6}/
const PAYLOAD = `<script>window.__xss = 1</script><b id="injected">bold</b><img src=x onerror="window.__xss = 2">`

test.beforeEach(async ({ page }, testInfo) => {
  // A distinct client address per test (and per retry).
  const n = (testInfo.testId.split('').reduce((a, c) => (a * 31 + c.charCodeAt(0)) >>> 0, 7) % 250) + 1
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': `198.51.${100 + testInfo.retry}.${n}` })
})

function outboxHas(reference: string): boolean | null {
  const dir = process.env.SUBMISSIONS_DIR
  if (!dir) return null
  try {
    return readFileSync(join(dir, 'outbox.ndjson'), 'utf8').includes(`"reference":"${reference}"`)
  } catch {
    return false
  }
}

const REQUIRED_ERRORS = [
  'Enter the name of your city',
  'Select your city’s state',
  'Enter your full name',
  'Enter your job title',
  'Enter your email address',
  'Enter the name of the practice',
  'Enter a summary of the practice',
  'Describe what the city did',
  'Select at least one component of the Compact that the practice advances',
  'Select at least one topic',
]

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('an empty form comes back with an error summary linking to each field', async ({ page }) => {
    await page.goto('/submit')
    await expect(page).toHaveTitle(/^Share your city’s practice/)
    await page.getByRole('button', { name: 'Send the practice' }).click()
    await expect(page).toHaveURL(/\/submit#error-summary$/)
    await expect(page).toHaveTitle(/^Error: Share your city’s practice/)
    const summary = page.locator('#error-summary')
    await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible()
    const links = summary.getByRole('link')
    await expect(links).toHaveText(REQUIRED_ERRORS)
    await expect(links.first()).toHaveAttribute('href', '#city')
    await expect(summary.getByRole('link', { name: 'Select at least one topic' })).toHaveAttribute('href', /^#topics-/)
    // Each link leads to a field that exists, and each field says its problem beside it.
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      await expect(page.locator(href)).toHaveCount(1)
    }
    await expect(page.locator('#email-error')).toHaveText('Error: Enter your email address')
    await expect(page.getByLabel('Email address', { exact: true })).toHaveAttribute('aria-describedby', 'email-error')
    await expect(page.getByLabel('Email address', { exact: true })).toHaveAttribute('aria-invalid', 'true')
    // The browser follows #error-summary to the summary, which takes focus.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('error-summary')
  })

  test('fields keep what was typed, and a corrected form is received with a reference', async ({ page }) => {
    await page.goto('/submit')
    await fillValid(page, 'Crisis response teams (no JavaScript)')
    await page.getByLabel('Email address', { exact: true }).fill('ada at columbia')
    await page.getByLabel('Summary', { exact: true }).fill('Too short')
    await page.getByLabel(/Publish my name/).check()
    await page.getByRole('button', { name: 'Send the practice' }).click()

    await expect(page.locator('#error-summary').getByRole('link')).toHaveText([
      'Enter an email address in the correct format, like name@city.gov',
      'The summary must be 40 characters or more',
    ])
    await expect(page.getByLabel('City', { exact: true })).toHaveValue('Columbia')
    await expect(page.getByLabel('State', { exact: true })).toHaveValue('SC')
    await expect(page.getByLabel('Email address', { exact: true })).toHaveValue('ada at columbia')
    await expect(page.getByLabel('Summary', { exact: true })).toHaveValue('Too short')
    await expect(page.getByLabel('Links (optional)', { exact: true })).toHaveValue('https://www.columbiasc.gov/crisis-response')
    await expect(page.locator('#compactComponents-1')).toBeChecked()
    await expect(page.locator('#compactComponents-2')).not.toBeChecked()
    await expect(page.getByLabel('Youth development', { exact: true })).toBeChecked()
    await expect(page.getByLabel(/Publish my name/)).toBeChecked()

    await page.getByLabel('Email address', { exact: true }).fill('ada@columbiasc.gov')
    await page.getByLabel('Summary', { exact: true }).fill('Mental health professionals answer some 911 calls alongside officers.')
    await page.getByRole('button', { name: 'Send the practice' }).click()
    await expect(page).toHaveURL(/\/submit\/received\?ref=CICC-/)
    await expect(page.getByRole('heading', { level: 1, name: 'Practice received' })).toBeVisible()
    const reference = (await page.getByTestId('reference').textContent()) ?? ''
    expect(reference).toMatch(REFERENCE)
    expect(outboxHas(reference) ?? true).toBe(true)
  })

  test('an HTML or script payload is shown back as text, never as markup', async ({ page }) => {
    let dialogs = 0
    page.on('dialog', (dialog) => {
      dialogs += 1
      void dialog.dismiss()
    })
    await page.goto('/submit')
    await page.getByLabel('City', { exact: true }).fill(PAYLOAD)
    await page.getByLabel('Summary', { exact: true }).fill(`</textarea>${PAYLOAD}`)
    await page.getByRole('button', { name: 'Send the practice' }).click()
    await expect(page.locator('#error-summary')).toBeVisible()
    await expect(page.getByLabel('City', { exact: true })).toHaveValue(PAYLOAD)
    await expect(page.getByLabel('Summary', { exact: true })).toHaveValue(`</textarea>${PAYLOAD}`)
    await expect(page.locator('#injected')).toHaveCount(0)
    await expect(page.locator('main img')).toHaveCount(0)
    const html = await page.content()
    expect(html).not.toContain('<b id="injected">')
    expect(html).toContain('&lt;/textarea&gt;&lt;script&gt;')
    expect(dialogs).toBe(0)
  })
})

// axe needs scripts in the page, so the form the server shows again (as without JavaScript) is
// audited in a page with scripts: the same server-rendered HTML, reached by a plain form POST
// (form.submit() sends the form as the browser would without JavaScript, past React's handler).
test('the form shown again by the server with errors has no WCAG 2.2 AA violations that axe can find', async ({ page }) => {
  await page.goto('/submit')
  await page.getByLabel('City', { exact: true }).fill('Columbia')
  await page.getByLabel('Email address', { exact: true }).fill('not an email')
  const posted = page.waitForResponse((r) => r.request().method() === 'POST')
  await page.locator('form:has(#city)').evaluate((form: HTMLFormElement) => form.submit())
  const answer = await posted
  expect(answer.status()).toBe(200)
  expect(answer.request().headers()['next-action']).toBeUndefined()
  await expect(page.locator('#error-summary').getByRole('link').first()).toHaveText('Select your city’s state')
  await expect(page.getByLabel('City', { exact: true })).toHaveValue('Columbia')
  await expectNoAxeViolations(page)
})

test.describe('with JavaScript', () => {
  test('errors show at once, without sending; the summary takes focus and its links lead to the fields', async ({ page }) => {
    const posts: string[] = []
    page.on('request', (request) => {
      if (request.method() === 'POST') posts.push(request.url())
    })
    await page.goto('/submit')
    await page.getByLabel('City', { exact: true }).fill('Columbia')
    await page.getByRole('button', { name: 'Send the practice' }).click()
    const summary = page.locator('#error-summary')
    await expect(summary.getByRole('link')).toHaveText(REQUIRED_ERRORS.slice(1))
    await expect(summary).toBeFocused()
    await expect(page).toHaveTitle(/^Error: /)
    expect(page.url()).toMatch(/\/submit$/)
    expect(posts).toEqual([])
    await expect(page.getByLabel('City', { exact: true })).toHaveValue('Columbia')

    await summary.getByRole('link', { name: 'Enter your email address' }).click()
    await expect(page.getByLabel('Email address', { exact: true })).toBeFocused()
    await summary.getByRole('link', { name: 'Select at least one topic' }).click()
    await expect(page.locator('input[name="topics"]').first()).toBeFocused()
  })

  test('a valid form is sent without a reload and the confirmation shows the reference', async ({ page }) => {
    await page.goto('/submit')
    await page.evaluate(() => ((window as unknown as { __samePage: boolean }).__samePage = true))
    await fillValid(page, 'Crisis response teams (with JavaScript)')
    const sent = page.waitForRequest((r) => r.method() === 'POST')
    await page.getByRole('button', { name: 'Send the practice' }).click()
    const request = await sent
    // The Server Action, called by React without a reload.
    expect(new URL(request.url()).pathname).toBe('/submit')
    expect(request.headers()['next-action']).toMatch(/^[0-9a-f]{40,}$/)
    await expect(page).toHaveURL(/\/submit\/received\?ref=CICC-/)
    const reference = (await page.getByTestId('reference').textContent()) ?? ''
    expect(reference).toMatch(REFERENCE)
    expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).toBe(true)
    expect(outboxHas(reference) ?? true).toBe(true)
  })

  test('the form with errors shown has no WCAG 2.2 AA violations that axe can find', async ({ page }) => {
    await page.goto('/submit')
    await page.getByRole('button', { name: 'Send the practice' }).click()
    await expect(page.locator('#error-summary')).toBeFocused()
    await expectNoAxeViolations(page)
  })
})

test('the confirmation shows only a well-formed reference', async ({ page }) => {
  await page.goto(`/submit/received?ref=${encodeURIComponent('<script>alert(1)</script>')}`)
  await expect(page.getByRole('heading', { level: 1, name: 'Practice received' })).toBeVisible()
  await expect(page.getByTestId('reference')).toHaveCount(0)
  await expect(page.locator('main')).not.toContainText('alert(1)')
})
