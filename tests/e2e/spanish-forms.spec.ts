/**
 * The finder and the submission form in Spanish (/es/best-practices, /es/submit): each answers in
 * Spanish, passes axe and fits a phone; the Spanish finder finds what the English one finds for the
 * same address (computed here from both pages) and switches language with the search kept; a
 * result with no translation is marked English; the Spanish form, without JavaScript and with it,
 * answers in Spanish and is stored like an English one, with its language recorded.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './support/axe'
import { sitemapLocations } from './support/site-crawl'

const REFERENCE = /CICC-\d{4}-[0-9A-HJKMNP-TV-Z]{6}/

test.beforeEach(async ({ page }, testInfo) => {
  // A distinct client address per test (and per retry), away from submit.spec.ts's, so the rate limit never trips.
  const n = (testInfo.testId.split('').reduce((a, c) => (a * 31 + c.charCodeAt(0)) >>> 0, 7) % 250) + 1
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': `203.0.${113 + testInfo.retry}.${n}` })
})

/** The record the server stored under `reference` (null when the test cannot see the outbox). */
function storedRecord(reference: string): Record<string, unknown> | null | undefined {
  const dir = process.env.SUBMISSIONS_DIR
  if (!dir) return null
  let text = ''
  try {
    text = readFileSync(join(dir, 'outbox.ndjson'), 'utf8')
  } catch {
    return undefined
  }
  const line = text.split('\n').find((l) => l.includes(`"reference":"${reference}"`))
  return line ? (JSON.parse(line) as Record<string, unknown>) : undefined
}

/** The number of results a finder page says it shows ("12 results", "12 resultados"). */
async function resultTotal(page: Page): Promise<number> {
  const heading = (await page.locator('#results-heading').textContent()) ?? ''
  const match = /^([\d,]+)\s+(results?|resultados?)\b/.exec(heading.trim())
  expect(match, `a count in "${heading}"`).not.toBeNull()
  return Number(match![1]!.replace(/,/g, ''))
}

const ERRORS_ES = [
  'Escriba el nombre de su ciudad',
  'Seleccione el estado de su ciudad',
  'Escriba su nombre completo',
  'Escriba su cargo',
  'Escriba su correo electrónico',
  'Escriba el nombre de la práctica',
  'Escriba un resumen de la práctica',
  'Describa lo que hizo la ciudad',
  'Seleccione al menos un componente del Pacto que la práctica impulse',
  'Seleccione al menos un tema',
]

async function fillValidEs(page: Page, title: string) {
  await page.getByLabel('Ciudad', { exact: true }).fill('Columbia')
  await page.getByLabel('Estado', { exact: true }).selectOption('SC')
  await page.getByLabel('Nombre completo', { exact: true }).fill('Ada Lovelace')
  await page.getByLabel('Cargo', { exact: true }).fill('Directora de Relaciones Comunitarias')
  await page.getByLabel('Correo electrónico', { exact: true }).fill('ada@columbiasc.gov')
  await page.getByLabel('Número de teléfono (opcional)', { exact: true }).fill('(803) 545-3075')
  await page.getByLabel('Nombre de la práctica', { exact: true }).fill(title)
  await page.getByLabel('Resumen', { exact: true }).fill('Profesionales de salud mental atienden algunas llamadas al 911 junto con la policía.')
  await page.getByLabel('Lo que hizo la ciudad', { exact: true }).fill('La ciudad capacitó a clínicos que acompañan a los agentes en llamadas de crisis.')
  await page.locator('#compactComponents-1').check()
  await page.getByLabel('Desarrollo juvenil', { exact: true }).check()
}

test.describe('the Spanish finder and form pages', () => {
  const pages: [es: string, en: string][] = [
    ['/es/best-practices', '/best-practices'],
    ['/es/best-practices?q=police&topic=training', '/best-practices?q=police&topic=training'],
    ['/es/submit', '/submit'],
    ['/es/submit/received?ref=CICC-2026-7KQ2MX', '/submit/received?ref=CICC-2026-7KQ2MX'],
  ]
  for (const [path, english] of pages) {
    test(`${path}: 200 in Spanish, switch to English with the same query, axe at 1280 px, no sideways scroll at 320 px`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 })
      const response = await page.goto(path)
      expect(response?.status()).toBe(200)
      await expect(page.locator('html')).toHaveAttribute('lang', 'es')
      await expect(page.getByRole('link', { name: 'This page in English' })).toHaveAttribute('href', english)
      await expectNoAxeViolations(page)
      await page.setViewportSize({ width: 320, height: 640 })
      await page.goto(path)
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
    })
  }
})

test.describe('hreflang and the sitemap', () => {
  const pairs: [en: string, es: string][] = [
    ['/best-practices', '/es/best-practices'],
    ['/submit', '/es/submit'],
  ]
  const alternates = (page: Page) =>
    page
      .locator('head link[rel="alternate"][hreflang]')
      .evaluateAll((els) => Object.fromEntries(els.map((el) => [el.getAttribute('hreflang') ?? '', new URL(el.getAttribute('href') ?? '', location.href).pathname])))
  for (const [en, es] of pairs) {
    test(`${en} and ${es} name each other (en, es, x-default), and the sitemap lists both`, async ({ page, request }) => {
      const expected = { en, es, 'x-default': en }
      await page.goto(en)
      expect(await alternates(page)).toEqual(expected)
      await page.goto(es)
      expect(await alternates(page)).toEqual(expected)
      const xml = await (await request.get('/sitemap.xml')).text()
      const locations = sitemapLocations(xml).map((loc) => new URL(loc).pathname)
      expect(locations).toContain(en)
      expect(locations).toContain(es)
      const entry = xml.split('<url>').find((u) => new RegExp(`<loc>[^<]*${es.replace(/\//g, '\\/')}</loc>`).test(u))
      expect(entry, es).toMatch(/hreflang="en"/)
    })
  }
  test('the confirmation is not in the sitemap', async ({ request }) => {
    const xml = await (await request.get('/sitemap.xml')).text()
    expect(sitemapLocations(xml).some((loc) => loc.includes('/submit/received'))).toBe(false)
  })
})

test.describe('the Spanish finder', () => {
  for (const query of ['', 'q=police', 'q=police&topic=training', 'kind=statement&state=TN', 'q=zzzzqqq']) {
    test(`finds as many results as the English finder for "?${query}"`, async ({ page }) => {
      await page.goto(`/best-practices${query ? `?${query}` : ''}`)
      const english = await resultTotal(page)
      const englishCards = await page.locator('#results article').count()
      await page.goto(`/es/best-practices${query ? `?${query}` : ''}`)
      if (query.includes('q=') && english > 0) {
        // Words are searched in the Spanish text and in the English: the Spanish finder finds every
        // English result, and may find more (a Spanish text that has the word too).
        expect(await resultTotal(page)).toBeGreaterThanOrEqual(english)
      } else {
        expect(await resultTotal(page)).toBe(english)
        await expect(page.locator('#results article')).toHaveCount(englishCards)
      }
      if (english === 0) await expect(page.getByText('Todavía no hay nada que coincida con esta búsqueda.')).toBeVisible()
    })
  }

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false })
    test('the language switch keeps the search, both ways, and the form searches in Spanish', async ({ page }) => {
      await page.goto('/best-practices?q=police&topic=training')
      await page.getByRole('link', { name: 'Esta página en español' }).click()
      await expect(page).toHaveURL(/\/es\/best-practices\?q=police&topic=training$/)
      await expect(page.locator('#finder-q')).toHaveValue('police')
      await expect(page.getByLabel(/^Capacitación/)).toBeChecked()
      await page.getByRole('link', { name: 'This page in English' }).click()
      await expect(page).toHaveURL(/\/best-practices\?q=police&topic=training$/)
      await expect(page.locator('html')).toHaveAttribute('lang', 'en')
      await page.goto('/es/best-practices')
      await page.getByLabel('Palabras de búsqueda').fill('youth')
      await page.getByRole('button', { name: 'Buscar', exact: true }).click()
      // The form's GET lands on the results (#results).
      await expect(page).toHaveURL(/\/es\/best-practices\?q=youth(#results)?$/)
    })
  })

  test('a result with no Spanish translation is shown in English, marked lang="en"; a translated one in Spanish', async ({ page }) => {
    // Best practices and mayors' statements have translations in the dataset; an award is part of
    // its practice's card, translated with it, but for the one award with no published practice
    // (Central Falls, 2022): its own card, in English.
    await page.goto('/es/best-practices?kind=award&state=RI')
    const award = page.locator('#results article').first()
    await expect(award).toContainText('Central Falls')
    await expect(award.locator('h4')).toHaveAttribute('lang', 'en')
    await page.goto('/es/best-practices?kind=practice')
    const practice = page.locator('#results article').first()
    await expect(practice.locator('p').first()).toContainText('Buena práctica')
    await expect(practice.locator('h4')).not.toHaveAttribute('lang', /.+/)
    // Its page is English only: the link says so.
    await expect(practice.locator('h4 a')).toHaveAttribute('hreflang', 'en')
    await expect(practice.locator('h4 a')).toHaveAttribute('href', /^\/best-practices\//)
    await page.goto('/es/best-practices?kind=statement')
    const statement = page.locator('#results article').first()
    await expect(statement.locator('h4')).not.toHaveAttribute('lang', /.+/)
    await expect(statement.locator('p').first()).toContainText('Declaración de alcalde')
  })

  test('pages of results are named in Spanish', async ({ page }) => {
    await page.goto('/es/best-practices')
    const nav = page.getByRole('navigation', { name: 'Páginas de resultados' })
    await expect(nav).toBeVisible()
    await expect(nav.getByRole('link', { name: 'Siguiente página' })).toHaveAttribute('href', /^\/es\/best-practices\?page=2#results$/)
  })
})

test.describe('the Spanish form without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('sent empty, it comes back with its error summary in Spanish; answers are kept; a valid one is stored with language "es"', async ({ page }) => {
    await page.goto('/es/submit')
    await expect(page).toHaveTitle(/^Comparta la práctica de su ciudad/)
    await page.getByRole('button', { name: 'Enviar la práctica' }).click()
    await expect(page).toHaveURL(/\/es\/submit#error-summary$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'es')
    await expect(page).toHaveTitle(/^Error: Comparta la práctica de su ciudad/)
    const summary = page.locator('#error-summary')
    await expect(summary.getByRole('heading', { name: 'Hay un problema' })).toBeVisible()
    await expect(summary.getByRole('link')).toHaveText(ERRORS_ES)
    await expect(page.locator('#email-error')).toHaveText('Error: Escriba su correo electrónico')

    await fillValidEs(page, 'Equipos de respuesta a crisis (sin JavaScript)')
    await page.getByLabel('Correo electrónico', { exact: true }).fill('ada en columbia')
    await page.getByRole('button', { name: 'Enviar la práctica' }).click()
    await expect(summary.getByRole('link')).toHaveText(['Escriba un correo electrónico con el formato correcto, como nombre@ciudad.gov'])
    await expect(page.getByLabel('Ciudad', { exact: true })).toHaveValue('Columbia')
    await expect(page.getByLabel('Estado', { exact: true })).toHaveValue('SC')
    await expect(page.getByLabel('Nombre de la práctica', { exact: true })).toHaveValue('Equipos de respuesta a crisis (sin JavaScript)')
    await expect(page.getByLabel('Correo electrónico', { exact: true })).toHaveValue('ada en columbia')
    await expect(page.locator('#compactComponents-1')).toBeChecked()
    await expect(page.getByLabel('Desarrollo juvenil', { exact: true })).toBeChecked()

    await page.getByLabel('Correo electrónico', { exact: true }).fill('ada@columbiasc.gov')
    await page.getByRole('button', { name: 'Enviar la práctica' }).click()
    await expect(page).toHaveURL(/\/es\/submit\/received\?ref=CICC-/)
    await expect(page.getByRole('heading', { level: 1, name: 'Práctica recibida' })).toBeVisible()
    const reference = (await page.getByTestId('reference').textContent()) ?? ''
    expect(reference).toMatch(REFERENCE)
    const record = storedRecord(reference)
    if (record !== null) expect(record?.language).toBe('es')
    if (record) expect((record.practice as { title: string }).title).toBe('Equipos de respuesta a crisis (sin JavaScript)')
  })
})

test.describe('the Spanish form with JavaScript', () => {
  test('errors show in Spanish before sending; a valid one is sent without a reload and stored with language "es"', async ({ page }) => {
    await page.goto('/es/submit')
    await page.getByRole('button', { name: 'Enviar la práctica' }).click()
    await expect(page.locator('#error-summary').getByRole('link')).toHaveText(ERRORS_ES)
    await expect(page).toHaveURL(/\/es\/submit$/)
    await expectNoAxeViolations(page)
    await fillValidEs(page, 'Equipos de respuesta a crisis (con JavaScript)')
    await page.getByRole('button', { name: 'Enviar la práctica' }).click()
    await expect(page).toHaveURL(/\/es\/submit\/received\?ref=CICC-/)
    const reference = (await page.getByTestId('reference').textContent()) ?? ''
    expect(reference).toMatch(REFERENCE)
    const record = storedRecord(reference)
    if (record !== null) expect(record?.language).toBe('es')
  })
})

test('an English submission records language "en"', async ({ page }) => {
  await page.goto('/submit')
  await expect(page.locator('input[name="language"]')).toHaveValue('en')
  await page.goto('/es/submit')
  await expect(page.locator('input[name="language"]')).toHaveValue('es')
})
