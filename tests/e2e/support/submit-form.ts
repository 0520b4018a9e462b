/** Fills the submission form (/submit) with valid answers, the practice named `title`. */
import type { Page } from '@playwright/test'

export async function fillValid(page: Page, title: string) {
  await page.getByLabel('City', { exact: true }).fill('Columbia')
  await page.getByLabel('State', { exact: true }).selectOption('SC')
  await page.getByLabel('Full name', { exact: true }).fill('Ada Lovelace')
  await page.getByLabel('Job title', { exact: true }).fill('Director of Community Relations')
  await page.getByLabel('Email address', { exact: true }).fill('ada@columbiasc.gov')
  await page.getByLabel('Phone number (optional)', { exact: true }).fill('(803) 545-3075')
  await page.getByLabel('Name of the practice', { exact: true }).fill(title)
  await page.getByLabel('Summary', { exact: true }).fill('Mental health professionals answer some 911 calls alongside officers.')
  await page.getByLabel('What the city did', { exact: true }).fill('The city trained clinicians who ride with officers on crisis calls.')
  await page.locator('#compactComponents-1').check()
  await page.getByLabel('Youth development', { exact: true }).check()
  await page.getByLabel('Links (optional)', { exact: true }).fill('https://www.columbiasc.gov/crisis-response')
}
