/**
 * Lighthouse runs for `npm run bench`, on one headless Chromium for all of them.
 *
 * The bench (bench/run.ts) starts this with plain Node, writes one job a line on stdin
 * (`{"url": "…", "out": "/path/report.json"}`), and reads one answer a line on stdout
 * (`{"ok": true}` or `{"error": "…"}`) once the report is written. It is a separate process
 * because tsx, which runs the bench, wraps functions in a `__name` helper that Lighthouse's page
 * scripts (sent to the browser as source text) do not have there.
 *
 * The same settings as the Lighthouse CLI (mobile, simulated throttling, chrome-launcher's flags
 * and the bench's), but one Chromium for every run and no full-page screenshot, which no score
 * reads: starting Chromium and loading Lighthouse cost about 7 s of a CLI run's 18, and the
 * screenshot about 2 s. Lighthouse clears the origin's storage and cache before each run.
 */
import { writeFileSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'

const chrome = await launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
})
const answer = (message) => process.stdout.write(`${JSON.stringify(message)}\n`)

try {
  for await (const line of createInterface({ input: process.stdin })) {
    if (!line.trim()) continue
    try {
      const { url, out } = JSON.parse(line)
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        maxWaitForLoad: 60_000,
        disableFullPageScreenshot: true,
      })
      if (!result) throw new Error('Lighthouse returned no result')
      const failure = result.lhr.runtimeError
      if (failure) throw new Error(`${failure.code}: ${failure.message}`)
      writeFileSync(out, String(result.report))
      answer({ ok: true })
    } catch (error) {
      answer({ error: error instanceof Error ? error.message : String(error) })
    }
  }
} finally {
  chrome.kill()
}
