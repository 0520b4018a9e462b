/**
 * The A / B / C table of the Lighthouse part, from bench/results.json: every template (C) next to
 * the floor (A, a bare Next page) and to itself without scripts (B), with the gap to B and whether
 * the template meets its budgets against A. `npm run bench` prints it; bench/README.md shows it as
 * a generated block (scripts/docs-blocks.ts, `npm run docs:generate`), never copied by hand.
 */
import { checkBudgets, floorLimits, type LighthouseResults, type LighthouseRow, type Results } from './budgets'

const kb = (bytes: number) => (bytes / 1024).toFixed(1)
const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0')

/** The Lighthouse part when it measured the floor, else null. */
function measuredWithFloor(results: Results): (LighthouseResults & { floor: LighthouseRow }) | null {
  const lh = results.lighthouse
  if (!lh || 'skipped' in lh || !lh.floor) return null
  return lh as LighthouseResults & { floor: LighthouseRow }
}

export const FLOOR_TABLE_HEADERS = [
  'template',
  'path',
  'perf. A / B / C',
  'TBT ms A / B / C',
  'LCP ms A / B / C',
  'KB A / B / C',
  'C − B: perf., TBT',
  'budgets',
]

/** One line per template: A, B and C side by side, the gap to B, and the budgets against A (met, or what missed). */
export function floorTableRows(results: Results): string[][] {
  const lh = measuredWithFloor(results)
  if (!lh) return []
  const a = lh.floor
  const limits = floorLimits(a)
  const misses = checkBudgets(results)
  return lh.rows.map((c) => {
    const b = lh.stripped?.find((s) => s.path === c.path)
    const trio = (f: (r: LighthouseRow) => number | string) => `${f(a)} / ${b ? f(b) : '–'} / ${f(c)}`
    const missed = [
      c.scores.performance < limits.performance ? 'perf.' : '',
      c.tbtMs > limits.tbtMs ? 'TBT' : '',
      c.lcpMs > limits.lcpMs ? 'LCP' : '',
      c.totalBytes > limits.bytes ? 'bytes' : '',
      ...misses.filter((m) => m.what.startsWith(`${c.template} (${c.path}) `) && !/performance$|total blocking|largest contentful|bytes over/.test(m.what)).map((m) => m.what.slice(`${c.template} (${c.path}) `.length)),
    ].filter(Boolean)
    return [
      c.template,
      `\`${c.path}\``,
      trio((r) => r.scores.performance),
      trio((r) => r.tbtMs),
      trio((r) => r.lcpMs),
      trio((r) => kb(r.totalBytes)),
      b ? `${signed(c.scores.performance - b.scores.performance)}, ${signed(c.tbtMs - b.tbtMs)} ms` : '–',
      missed.length === 0 ? 'met' : `missed: ${missed.join(', ')}`,
    ]
  })
}

/** A Markdown table. */
export function markdownTable(headers: string[], rows: string[][]): string {
  const numeric = (i: number) => i >= 2 && i <= 5
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map((_, i) => (numeric(i) ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n')
}

/** What the table is: the run, the machine's BenchmarkIndex, the floor and the limits it sets. */
export function floorSummary(results: Results): string {
  const lh = measuredWithFloor(results)
  if (!lh) {
    return (
      `bench/results.json holds no run that measured the floor (its Lighthouse part is of ${results.date.slice(0, 10)}, ` +
      `commit ${results.commit.slice(0, 7)}, before the floor was part of the bench): run \`npm run bench\`, then \`npm run docs:generate\`.`
    )
  }
  const a = lh.floor
  const limits = floorLimits(a)
  const index = lh.benchmarkIndex
  return [
    `${results.mode === 'quick' ? 'Quick' : 'Full'} run of ${(lh.measuredAt ?? results.date).slice(0, 10)}, commit ${results.commit.slice(0, 7)}${results.dirty ? ' (with uncommitted changes)' : ''}; ` +
      `${lh.browser ?? 'Chromium'}; Lighthouse's BenchmarkIndex ${index ? `${index.median} (${index.min}–${index.max} over ${index.runs} runs)` : 'not reported'}. ` +
      `A, B and C each the median of ${a.runs} runs or more (${lh.order ?? 'interleaved'}).`,
    '',
    `The floor (A) scored ${a.scores.performance}, TBT ${a.tbtMs} ms, LCP ${a.lcpMs} ms, ${kb(a.totalBytes)} KB; so each template's budgets: ` +
      `performance ≥ ${limits.performance}, TBT ≤ ${limits.tbtMs} ms, LCP ≤ ${limits.lcpMs} ms, ≤ ${kb(limits.bytes)} KB.`,
  ].join('\n')
}

/** The block of bench/README.md: the summary and the table. */
export function floorBlock(results: Results): string {
  const rows = floorTableRows(results)
  return rows.length === 0 ? floorSummary(results) : `${floorSummary(results)}\n\n${markdownTable(FLOOR_TABLE_HEADERS, rows)}`
}
