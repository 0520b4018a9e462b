/**
 * `npm run bench:check`: reads bench/results.json (or the file given) and fails when a budget of
 * bench/budgets.ts is missed: Lighthouse mobile performance ≥ 95 and accessibility, best practices
 * and SEO = 100 on every page template; a content page ≤ 200 KB transferred; no Studio code on a
 * public page. Prints what it checked and each miss.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { BUDGETS, checkBudgets, type Results } from './budgets'

const file = process.argv[2] ?? join(__dirname, 'results.json')
if (!existsSync(file)) {
  console.error(`bench:check: no ${file}; run npm run bench first.`)
  process.exit(1)
}
const results = JSON.parse(readFileSync(file, 'utf8')) as Results
const misses = checkBudgets(results)
const lh = results.lighthouse && !('skipped' in results.lighthouse) ? results.lighthouse.rows : []

console.log(`bench:check on ${file} (measured ${results.date}, commit ${results.commit?.slice(0, 10) ?? '?'})`)
console.log(
  `budgets: Lighthouse performance ≥ ${BUDGETS.lighthouse.performance}, accessibility/best practices/SEO = 100, ` +
    `≤ ${BUDGETS.maxPageBytes / 1024} KB per page, no Studio code; ${lh.length} templates checked`,
)
if (results.serving && !('skipped' in results.serving)) {
  console.log(`(reported, not enforced) serving goal — ${results.serving.goal}: ${results.serving.goalMet ? 'met' : 'missed'}`)
}
if (misses.length === 0) {
  console.log('all budgets met')
} else {
  console.error(`${misses.length} budget(s) missed:`)
  for (const m of misses) console.error(`  ✗ ${m.what}: ${m.actual} (budget ${m.limit})`)
  process.exit(1)
}
