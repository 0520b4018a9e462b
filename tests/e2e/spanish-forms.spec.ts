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
import { $$, byRole, expectContainsText, expectShown, fetchHtml, first, one, textOf, type HtmlPage } from './support/html'

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
function resultTotal(page: HtmlPage): number {
  const heading = one($$(page.body, '#results-heading'), '#results-heading').textContent ?? ''
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

// Each page's language, its switch to English, axe and 320 px, hreflang and the sitemap: spanish.spec.ts
// (FORM_PAGES, FORM_PAIRS), over HTTP but for axe and the width. What the server sends is read over
// HTTP here too (tests/e2e/support/html.ts); the browser runs the form and the links without JavaScript.

test.describe('the Spanish finder', () => {
  for (const query of ['', 'q=police', 'q=police&topic=training', 'kind=statement&state=TN', 'q=zzzzqqq']) {
    test(`finds as many results as the English finder for "?${query}"`, async ({ request }) => {
      const englishPage = await fetchHtml(request, `/best-practices${query ? `?${query}` : ''}`)
      const english = resultTotal(englishPage)
      const englishCards = $$(englishPage.body, '#results article').length
      const spanishPage = await fetchHtml(request, `/es/best-practices${query ? `?${query}` : ''}`)
      if (query.includes('q=') && english > 0) {
        // Words are searched in the Spanish text and in the English: the Spanish finder finds every
        // English result, and may find more (a Spanish text that has the word too).
        expect(resultTotal(spanishPage)).toBeGreaterThanOrEqual(english)
      } else {
        expect(resultTotal(spanishPage)).toBe(english)
        expect($$(spanishPage.body, '#results article')).toHaveLength(englishCards)
      }
      if (english === 0) {
        // getByText(…): the innermost element that has the words, shown.
        const words = 'Todavía no hay nada que coincida con esta búsqueda.'
        const has = (e: Element) => textOf(e).includes(words)
        expectShown(one($$(spanishPage.main, '*').filter((e) => has(e) && !Array.from(e.children).some(has)), words), words)
      }
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

  test('a result with no Spanish translation is shown in English, marked lang="en"; a translated one in Spanish', async ({ request }) => {
    // Best practices and mayors' statements have translations in the dataset; an award is part of
    // its practice's card, translated with it, but for the one award with no published practice
    // (Central Falls, 2022): its own card, in English.
    const firstCard = async (path: string) => first($$((await fetchHtml(request, path)).body, '#results article'), `${path}: a card`)
    const award = await firstCard('/es/best-practices?kind=award&state=RI')
    expectContainsText(award, 'Central Falls', 'award card')
    expect(one($$(award, 'h3'), 'h3').getAttribute('lang')).toBe('en')
    const practice = await firstCard('/es/best-practices?kind=practice')
    expectContainsText(first($$(practice, 'p'), 'p'), 'Buena práctica', 'practice card')
    expect(one($$(practice, 'h3'), 'h3').getAttribute('lang') ?? '').not.toMatch(/.+/)
    // Its page is English only: the link says so.
    const link = one($$(practice, 'h3 a'), 'h3 a')
    expect(link.getAttribute('hreflang')).toBe('en')
    expect(link.getAttribute('href')).toMatch(/^\/best-practices\//)
    const statement = await firstCard('/es/best-practices?kind=statement')
    expect(one($$(statement, 'h3'), 'h3').getAttribute('lang') ?? '').not.toMatch(/.+/)
    expectContainsText(first($$(statement, 'p'), 'p'), 'Declaración de alcalde', 'statement card')
  })

  test('pages of results are named in Spanish', async ({ request }) => {
    const page = await fetchHtml(request, '/es/best-practices')
    const nav = one(byRole(page.body, 'navigation', { name: 'Páginas de resultados' }), 'Páginas de resultados')
    expectShown(nav, 'Páginas de resultados')
    expect(one(byRole(nav, 'link', { name: 'Siguiente página' }), 'Siguiente página').getAttribute('href')).toMatch(/^\/es\/best-practices\?page=2#results$/)
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

test('an English submission records language "en"', async ({ request }) => {
  for (const [path, language] of [
    ['/submit', 'en'],
    ['/es/submit', 'es'],
  ] as const) {
    const page = await fetchHtml(request, path)
    expect(one($$(page.body, 'input[name="language"]'), `${path}: language`).getAttribute('value')).toBe(language)
  }
})
