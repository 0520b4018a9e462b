/** Fills the submission form (/submit) with valid answers, the practice named `title`. */
import type { Page } from '@playwright/test'

/** The city the practice comes from: Columbia, SC unless a test needs another (a city in the dataset). */
export interface SubmittedCity {
  city: string
  /** The state's two-letter code, as the form's select has it. */
  state: string
}

export async function fillValid(page: Page, title: string, { city, state }: SubmittedCity = { city: 'Columbia', state: 'SC' }) {
  await page.getByLabel('City', { exact: true }).fill(city)
  await page.getByLabel('State', { exact: true }).selectOption(state)
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
