import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'
import { textContrast } from './contrast'

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/**
 * Runs axe on the page and fails with a readable list of every violation and where it is. axe files
 * the text whose contrast it cannot decide under "incomplete" (white text on white went there: the
 * current page of the finder's pagination); each such element is measured here from the browser's
 * computed styles, and one under 4.5:1 (3:1 for large text) fails as a violation would. An element
 * whose background is an image or a gradient, or that is visually hidden, cannot be measured so and
 * is listed as such, which fails too: a page's colours should be decidable.
 */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  const report = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  )
  const undecided = results.incomplete.filter((r) => r.id === 'color-contrast').flatMap((r) => r.nodes.map((n) => n.target.join(' ')))
  for (const selector of undecided) {
    const problem = await contrastProblem(page, selector)
    if (problem) report.push(`color-contrast (axe: incomplete): ${selector}: ${problem}`)
  }
  expect(report, report.join('\n')).toEqual([])
}

/** Why the text of `selector` fails contrast, or null when it passes or is not shown. */
async function contrastProblem(page: Page, selector: string): Promise<string | null> {
  const element = page.locator(selector).first()
  // The page may have re-rendered since axe ran (the finder updates in place): nothing left to measure.
  if ((await page.locator(selector).count()) === 0) return null
  const measured = await textContrast(element)
  if ('hidden' in measured) return null
  if ('undecidable' in measured) return `cannot be measured: ${measured.undecidable}`
  return measured.ratio < measured.needed ? `${measured.color} on ${measured.background}: ${measured.ratio.toFixed(2)}:1, under ${measured.needed}:1` : null
}
