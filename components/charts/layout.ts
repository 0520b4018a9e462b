/**
 * Pure layout for the horizontal bar charts of report figures: the scale, each bar's length, where
 * labels and values go, and how values read ("nearly 40%", "1,986", "50 pages"). No React here, so
 * the arithmetic is unit-tested on its own (tests/unit/charts.test.ts).
 *
 * Coordinates are in the SVG's user units; the chart is drawn in a viewBox of `width` units and
 * scaled to the width of its column, so it fits any screen without horizontal scrolling.
 */

export type FigureUnit = 'count' | 'rate' | 'percent' | 'pages' | 'times'

/** One figure of a report, as the chart needs it. */
export interface ChartFigure {
  key: string
  label: string
  value: number
  unit: FigureUnit
  qualifier?: string | null
}

export interface LabelLine {
  text: string
  x: number
  y: number
}

export interface BarLayout {
  key: string
  label: string
  /** The label, wrapped to the chart's width, one baseline per line. */
  labelLines: LabelLine[]
  /** "nearly 40%", "1,986", "50 pages". */
  valueText: string
  x: number
  y: number
  width: number
  height: number
  /** The value's text anchor point; `valueInside` puts it inside the bar's end (light on dark). */
  valueX: number
  valueY: number
  valueInside: boolean
}

export interface Tick {
  value: number
  x: number
  text: string
}

export interface BarChartLayout {
  width: number
  height: number
  unit: FigureUnit
  /** The value drawn at the full width of the chart (100 for percentages). */
  max: number
  bars: BarLayout[]
  ticks: Tick[]
  /** Where the axis line is drawn, below the last bar. */
  axisY: number
  tickLabelY: number
  fontSize: number
  tickFontSize: number
}

export interface BarChartOptions {
  /** Width of the viewBox. */
  width?: number
  fontSize?: number
  tickFontSize?: number
  barHeight?: number
}

/** Average advance of a character as a share of the font size, kept generous for system sans fonts. */
const CHAR_WIDTH = 0.58
const LINE_GAP = 1.3

export function formatNumberValue(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 })
}

/** How a figure's value reads, with its unit and qualifier: "nearly 40%", "1,986", "50 pages". */
export function formatFigureValue(value: number, unit: FigureUnit, qualifier?: string | null): string {
  const number = formatNumberValue(value)
  const withUnit =
    unit === 'percent' ? `${number}%` : unit === 'pages' ? `${number} ${value === 1 ? 'page' : 'pages'}` : unit === 'times' ? `${number}\u00d7` : number
  const q = qualifier?.trim()
  return q ? `${q} ${withUnit}` : withUnit
}

/** The smallest "round" number (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 or 10 times a power of ten) at least `value`. */
export function niceMax(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 1
  const magnitude = 10 ** Math.floor(Math.log10(value))
  for (const step of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
    const candidate = round(step * magnitude)
    if (candidate >= value) return candidate
  }
  return round(10 * magnitude)
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6
}

/** Splits text into lines of at most `maxChars` characters at spaces (a longer word gets a line to itself). */
export function wrapText(text: string, maxChars: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean)
  const lines: string[] = []
  let line = ''
  for (const word of words) {
    if (!line) line = word
    else if (line.length + 1 + word.length <= maxChars) line = `${line} ${word}`
    else {
      lines.push(line)
      line = word
    }
  }
  if (line) lines.push(line)
  return lines
}

/** Estimated width of a line of text in user units. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * CHAR_WIDTH
}

/** The unit a chart uses: its figures' common unit; mixed units are drawn on a plain count scale. */
export function chartUnit(figures: readonly ChartFigure[]): FigureUnit {
  const units = new Set(figures.map((f) => f.unit))
  return units.size === 1 ? figures[0]!.unit : 'count'
}

/** The value at the chart's full width: 100 for percentages (unless a value exceeds it), else a round maximum. */
export function scaleMax(figures: readonly ChartFigure[]): number {
  const largest = Math.max(0, ...figures.map((f) => f.value))
  if (chartUnit(figures) === 'percent' && largest <= 100) return 100
  return niceMax(largest)
}

function tickValues(max: number, unit: FigureUnit): number[] {
  if (unit === 'percent' && max === 100) return [0, 50, 100]
  const half = max / 2
  return Number.isInteger(half) && half > 0 ? [0, half, max] : [0, max]
}

/**
 * Lays out a horizontal bar chart: for each figure, its label on its own line(s), then its bar, with
 * the value after the bar's end (or inside it when there is no room), and an axis with a few ticks.
 */
export function layoutBarChart(figures: readonly ChartFigure[], options: BarChartOptions = {}): BarChartLayout {
  const width = options.width ?? 320
  const fontSize = options.fontSize ?? 15
  const tickFontSize = options.tickFontSize ?? 12
  const barHeight = options.barHeight ?? 22
  const lineHeight = Math.round(fontSize * LINE_GAP)
  const unit = chartUnit(figures)
  const max = scaleMax(figures)
  const maxChars = Math.max(8, Math.floor(width / (fontSize * CHAR_WIDTH)))
  const valuePad = 6

  const bars: BarLayout[] = []
  let y = 0
  for (const figure of figures) {
    if (bars.length > 0) y += 14
    const lines = wrapText(figure.label, maxChars)
    const labelLines = lines.map((text, i) => ({ text, x: 0, y: round(y + fontSize + i * lineHeight) }))
    y += fontSize + (lines.length - 1) * lineHeight + 6
    const share = max > 0 ? Math.min(1, Math.max(0, figure.value) / max) : 0
    const barWidth = round(share * width)
    const valueText = formatFigureValue(figure.value, figure.unit, figure.qualifier)
    const room = width - barWidth - valuePad
    const valueInside = textWidth(valueText, fontSize) > room && barWidth >= textWidth(valueText, fontSize) + 2 * valuePad
    const valueX = valueInside ? round(barWidth - valuePad) : round(Math.min(barWidth + valuePad, width - textWidth(valueText, fontSize)))
    bars.push({
      key: figure.key,
      label: figure.label,
      labelLines,
      valueText,
      x: 0,
      y: round(y),
      width: barWidth,
      height: barHeight,
      valueX,
      valueY: round(y + barHeight / 2 + fontSize * 0.35),
      valueInside,
    })
    y += barHeight
  }

  const axisY = round(y + 8)
  const tickLabelY = round(axisY + tickFontSize + 4)
  const ticks = tickValues(max, unit).map((value) => ({
    value,
    x: round((value / max) * width),
    text: unit === 'percent' ? `${formatNumberValue(value)}%` : formatNumberValue(value),
  }))
  return { width, height: round(tickLabelY + 4), unit, max, bars, ticks, axisY, tickLabelY, fontSize, tickFontSize }
}

/** Figures grouped by their `group`, in the order each group first appears. */
export function groupFigures<T extends { group: string }>(figures: readonly T[]): { group: string; figures: T[] }[] {
  const groups = new Map<string, T[]>()
  for (const figure of figures) {
    const list = groups.get(figure.group)
    if (list) list.push(figure)
    else groups.set(figure.group, [figure])
  }
  return [...groups].map(([group, items]) => ({ group, figures: items }))
}
