import { randomUUID } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defineConfig, devices } from '@playwright/test'

/**
 * End-to-end and accessibility tests run against the production build (`next build` first, then
 * `next start`), in Debian's Chromium: Playwright cannot download its own browsers here.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100)
// A fresh outbox for each run: the submission form's limit is counted there (the tests read it too).
// Set here, it reaches the server and every worker.
process.env.SUBMISSIONS_DIR ??= mkdtempSync(join(tmpdir(), 'e2e-submissions-'))
// Names this run: the shared Content Lake build (tests/e2e/support/lake-build.ts) is this run's.
process.env.E2E_RUN_ID ??= randomUUID()
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

const desktop = { ...devices['Desktop Chrome'], channel: undefined }
const LAKE_SPECS = [/[\/]faults\.spec\.ts$/, /[\/]revalidation\.spec\.ts$/, /[\/]live\.spec\.ts$/, /[\/]studio-staff\.spec\.ts$/]

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    // The specs that run the site against the loopback Content Lake share one production build
    // (tests/e2e/support/lake-build.ts), made by whichever of them runs first. The lake's address is
    // fixed in that build, so they run one after another on one worker; listed first, they start at
    // once, and the other workers run `desktop` meanwhile. (Not a setup project: Playwright runs a
    // project that depends on one only after every project of the setup's phase, `desktop` included.)
    { name: 'lake', use: desktop, testMatch: LAKE_SPECS, workers: 1 },
    { name: 'desktop', use: desktop, testIgnore: LAKE_SPECS },
  ],
  webServer: {
    command: `npx next start --hostname 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    // The tests stand in for a proxy on the loopback: each sends its own X-Forwarded-For, believed
    // because it comes from 127.0.0.1 (see lib/security/client-address.ts).
    env: {
      NEXT_TELEMETRY_DISABLED: '1',
      SANITY_PROJECT_ID: '',
      SANITY_DATASET: '',
      SUBMISSIONS_DIR: process.env.SUBMISSIONS_DIR,
      TRUSTED_PROXY_ADDRESSES: '127.0.0.1,::1',
    },
  },
})
