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
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

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
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } },
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
