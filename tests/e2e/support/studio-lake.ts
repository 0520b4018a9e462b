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
import { expect, type Browser, type Page, type TestInfo } from '@playwright/test'
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
  /** The signed-in Studio, in its own browser context. */
  page: Page
  /** CSP violations the page reported (securitypolicyviolation events and console messages). */
  cspViolations: string[]
  /** Console errors, for the report of a failing test. */
  errors: string[]
  /** The lake's answers of 400 and above (some calls may 404: the Studio tolerates them). */
  failed: string[]
  /** Empties the three records (each test checks what happened during it). */
  clear(): void
  close(): Promise<void>
}

/**
 * Opens the Studio signed in as staff (the token where the Studio looks for it, before any script
 * runs) in a browser context of its own, recording CSP violations, console errors and the lake's
 * failed answers. The Studio is loaded once: a spec moves it with `goInStudio`, as staff move from
 * pane to pane, instead of loading its bundle again for every step.
 */
export async function openStudio(browser: Browser, siteUrl: string, path = '/studio'): Promise<StudioPage> {
  // The Studio reaches the lake over HTTPS with a throwaway self-signed certificate (HTTP/2: more
  // streams than a browser opens HTTP/1.1 connections to one host).
  // Reduced motion: the Studio's panes, menus and tooltips then appear without animating, so a click
  // waits for no element to come to rest (and the guide's screenshots catch none mid-way).
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' })
  const page = await context.newPage()
  const state: StudioPage = {
    page,
    cspViolations: [],
    errors: [],
    failed: [],
    clear() {
      for (const list of [state.cspViolations, state.errors, state.failed]) list.length = 0
    },
    close: () => context.close(),
  }
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

/**
 * Takes the open Studio to `path` (an address under /studio: a pane, an intent, a tool) without
 * loading the page again: the Studio's router follows the browser's history, as when staff go back.
 */
export async function goInStudio(page: Page, path: string) {
  await page.evaluate((to) => {
    window.history.pushState(null, '', to)
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }))
  }, path)
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
