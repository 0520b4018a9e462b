/**
 * `npm run bench:check [results.json] [--root dir]`: reads bench/results.json (or the file given)
 * and fails
 * - when the source tree (bench/fingerprint.ts) differs from the one the results measured, naming
 *   each file changed, added or removed: figures of other code prove nothing about this code;
 * - when a budget of bench/budgets.ts is missed: on every page template, against the floor (A, a bare
 *   Next page) of the same run, Lighthouse mobile performance ≥ A − 2 (100 if A scores 100), total
 *   blocking time ≤ A + 50 ms, largest contentful paint ≤ A + 200 ms, bytes ≤ A + 40 KB, each the
 *   median of ≥ 3 runs; accessibility, best practices and SEO 100; a page ≤ 200 KB transferred; no
 *   Studio code on a public page; the recipe at ≥ 0.5× plain nginx with p99 < 50 ms; the finder's
 *   first byte ≤ 3× a prerendered page's;
 * - when the Lighthouse part measured only some templates (`--templates`), or a quick run lacks one
 *   of its kinds of page (QUICK_TEMPLATES: a quick run measures one template of each kind).
 * Prints what it checked and each miss. Full and quick runs (`npm run bench -- --quick`) both count.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { BUDGETS, checkBudgets, checkTree, floorLimits, type Results } from './budgets'

const args = process.argv.slice(2)
const rootAt = args.indexOf('--root')
const root = rootAt >= 0 ? resolve(args[rootAt + 1] ?? '.') : join(__dirname, '..')
const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--root') ?? join(__dirname, 'results.json')
if (!existsSync(file)) {
  console.error(`bench:check: no ${file}; run npm run bench first.`)
  process.exit(1)
}
const results = JSON.parse(readFileSync(file, 'utf8')) as Results
const lighthouse = results.lighthouse && !('skipped' in results.lighthouse) ? results.lighthouse : null
const lh = lighthouse?.rows ?? []
const floor = lighthouse?.floor
const limits = floor ? floorLimits(floor) : null

console.log(`bench:check on ${file} (${results.mode ?? 'full'} run of ${results.date}, commit ${results.commit?.slice(0, 10) ?? '?'}), tree ${root}`)
console.log(
  `budgets: against the floor (A${floor ? `: performance ${floor.scores.performance}, TBT ${floor.tbtMs} ms, LCP ${floor.lcpMs} ms, ${(floor.totalBytes / 1024).toFixed(1)} KB, ${floor.runs} runs` : ': not measured'}), ` +
    `${limits ? `performance ≥ ${limits.performance}, TBT ≤ ${limits.tbtMs} ms, LCP ≤ ${limits.lcpMs} ms, ≤ ${(limits.bytes / 1024).toFixed(1)} KB` : 'each template'}, ` +
    `medians of ≥ ${BUDGETS.floor.minRuns} runs; accessibility/best practices/SEO = 100, ` +
    `≤ ${BUDGETS.maxPageBytes / 1024} KB per page, no Studio code, recipe ≥ ${BUDGETS.recipe.minShareOfPlainNginx}× plain nginx ` +
    `with p99 < ${BUDGETS.recipe.maxP99Ms} ms; ${lh.length} templates checked`,
)
const treeMisses = checkTree(results, root)
if (treeMisses.length > 0) {
  console.error('✗ the results measured another tree: run npm run bench (or npm run bench -- --quick) again.')
  for (const m of treeMisses) {
    console.error(`  ${m.actual}${m.files ? ':' : ''}`)
    for (const f of m.files ?? []) console.error(`    ${f}`)
  }
  process.exit(1)
}
console.log(`the tree is the one measured (${results.fingerprint!.digest.slice(0, 12)}, ${Object.keys(results.fingerprint!.files).length} files)`)
const misses = checkBudgets(results)
if (misses.length === 0) {
  console.log('all budgets met')
} else {
  console.error(`${misses.length} budget(s) missed:`)
  for (const m of misses) console.error(`  ✗ ${m.what}: ${m.actual} (budget ${m.limit})`)
  process.exit(1)
}
