/**
 * The real Studio at /studio, signed in as Conference staff, against the loopback Content Lake
 * (tests/support/query-server.ts with tests/support/studio-api.ts): for the studio-*.spec.ts specs.
 *
 * The site is the production build shared by the lake specs (./lake-build.ts), served from its own
 * copy with `next start`; its Studio talks to the lake on LAKE_PORT (SANITY_API_HOST, a loopback
 * address: sanity/api-host.ts), and the site reads the same lake with Live and no webhook. The site's
 * write token is the lake's, so the public submission form writes its drafts there.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, type Page, type TestInfo } from '@playwright/test'
import { DATASET_FILE } from '../../support/dataset'
import { startQueryServer, type QueryServer } from '../../support/query-server'
import { LAKE_DATASET, LAKE_PORT, LAKE_PROJECT_ID, LAKE_SITE_PORT, lakeBuild, lakeBuildEnv, siteDistDir, tearDownLakeSpec, type LakeBuild } from './lake-build'
import { Output, ROOT, startSite, type RunningSite } from './revalidation-server'

/** The token the lake takes: staff's in the Studio, and the site's read and write token. */
export const STAFF_TOKEN = 'sk-loopback-staff'
/** Where the Studio keeps its token (node_modules/sanity: `__studio_auth_token_<projectId>`). */
export const TOKEN_KEY = `__studio_auth_token_${LAKE_PROJECT_ID}`
/** The screenshots the staff guide (docs/editing.md) shows: taken by the specs on every run. */
export const GUIDE_IMAGES = join(ROOT, 'docs', 'images', 'studio')

export interface StudioLake {
  build: LakeBuild
  lake: QueryServer
  site: RunningSite
  output: Output
  stop(testInfo: TestInfo): Promise<void>
}

export async function startStudioLake(name: string): Promise<StudioLake> {
  const build = await lakeBuild()
  const lake = await startQueryServer({ file: DATASET_FILE, dataset: LAKE_DATASET, token: STAFF_TOKEN, port: LAKE_PORT, projectId: LAKE_PROJECT_ID })
  const servedFrom = siteDistDir(name)
  const output = new Output()
  let site: RunningSite
  try {
    // No revalidation secret: nothing but Live tells the site of a change.
    site = await startSite(
      LAKE_SITE_PORT,
      lakeBuildEnv(servedFrom, { SANITY_REVALIDATE_SECRET: '', SANITY_API_READ_TOKEN: STAFF_TOKEN, SANITY_WRITE_TOKEN: STAFF_TOKEN, TRUSTED_PROXY_ADDRESSES: '127.0.0.1,::1' }),
      output,
      30_000,
    )
  } catch (error) {
    await lake.stop()
    throw error
  }
  return {
    build,
    lake,
    site,
    output,
    stop: (testInfo) => tearDownLakeSpec([site, lake], servedFrom, output, testInfo.outputPath('next-server.log')),
  }
}

export interface StudioPage {
  /** CSP violations the page reported (securitypolicyviolation events and console messages). */
  cspViolations: string[]
  /** Console errors, for the report of a failing test. */
  errors: string[]
  /** The lake's answers of 400 and above (some calls may 404: the Studio tolerates them). */
  failed: string[]
}

/**
 * Signs the page in as staff (the token where the Studio looks for it, before any script runs) and
 * records CSP violations; then opens `path` of the Studio.
 */
export async function openStudio(page: Page, siteUrl: string, path = '/studio'): Promise<StudioPage> {
  const state: StudioPage = { cspViolations: [], errors: [], failed: [] }
  await page.addInitScript(
    ([key, token]) => {
      window.localStorage.setItem(key!, JSON.stringify({ token }))
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`)
      })
    },
    [TOKEN_KEY, STAFF_TOKEN],
  )
  page.on('console', (message) => {
    if (message.type() !== 'error') return
    const text = message.text()
    state.errors.push(text)
    if (/Content Security Policy|CSP violation/i.test(text)) state.cspViolations.push(text)
  })
  page.on('response', async (response) => {
    if (response.status() < 400 || new URL(response.url()).port !== String(LAKE_PORT)) return
    const body = await response.text().catch(() => '')
    state.failed.push(`${response.status()} ${response.request().method()} ${response.url()} ${body.slice(0, 300)}`)
  })
  await page.goto(`${siteUrl}${path}`)
  return state
}

/** The Studio's navigation pane of the desk, once it shows the Center's structure. */
export async function waitForDesk(page: Page) {
  await expect(page.getByRole('link', { name: 'Center sections' }).first()).toBeVisible({ timeout: 45_000 })
}

/** Saves a screenshot for the staff guide (docs/images/studio/<name>.png). */
export async function guideShot(page: Page, name: string) {
  mkdirSync(GUIDE_IMAGES, { recursive: true })
  await page.screenshot({ path: join(GUIDE_IMAGES, `${name}.png`) })
}

/** An error screen of the Studio (a crashed tool, a structure error, a failed list). */
export const STUDIO_ERROR = /unable to recover|Encountered an error|Could not fetch list items|Something went wrong|An error occurred/i
