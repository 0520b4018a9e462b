import { describe, expect, it } from 'vitest'
import { supportersInTimelineOrder } from '@/components/about/supporters'
import {
  chartUnit,
  formatFigureValue,
  groupFigures,
  layoutBarChart,
  niceMax,
  scaleMax,
  textWidth,
  wrapText,
  type ChartFigure,
} from '@/components/charts/layout'
import { citingAny, inDateOrder, machineDate } from '@/components/timeline/dates'
import { loadDatasetFile } from '../support/dataset'

const pct = (key: string, value: number, label = key, qualifier: string | null = null): ChartFigure => ({ key, label, value, unit: 'percent', qualifier })
const count = (key: string, value: number, label = key, qualifier: string | null = null): ChartFigure => ({ key, label, value, unit: 'count', qualifier })

describe('formatFigureValue', () => {
  it('writes percentages, counts and pages with their qualifier', () => {
    expect(formatFigureValue(73, 'percent')).toBe('73%')
    expect(formatFigureValue(14.55, 'percent')).toBe('14.55%')
    expect(formatFigureValue(40, 'percent', 'nearly')).toBe('nearly 40%')
    expect(formatFigureValue(1986, 'count')).toBe('1,986')
    expect(formatFigureValue(4000, 'count', 'nearly')).toBe('nearly 4,000')
    expect(formatFigureValue(50, 'pages')).toBe('50 pages')
    expect(formatFigureValue(1, 'pages')).toBe('1 page')
    expect(formatFigureValue(5, 'count', '  ')).toBe('5')
  })
})

describe('scales', () => {
  it('rounds a maximum up to a round number', () => {
    expect(niceMax(1986)).toBe(2000)
    expect(niceMax(4000)).toBe(4000)
    expect(niceMax(50)).toBe(50)
    expect(niceMax(5)).toBe(5)
    expect(niceMax(4.2)).toBe(5)
    expect(niceMax(101)).toBe(150)
    expect(niceMax(0.3)).toBe(0.3)
    expect(niceMax(0)).toBe(1)
    expect(niceMax(Number.NaN)).toBe(1)
  })

  it('draws percentages on 0–100 and counts on a round maximum', () => {
    expect(scaleMax([pct('a', 5), pct('b', 14.55)])).toBe(100)
    expect(scaleMax([pct('a', 120)])).toBe(150)
    expect(scaleMax([count('a', 1986), count('b', 1879)])).toBe(2000)
    expect(chartUnit([pct('a', 1), count('b', 2)])).toBe('count')
  })
})

describe('wrapText', () => {
  it('breaks at spaces within the width and keeps long words whole', () => {
    expect(wrapText('Felt incidents or expressions of hate are getting worse', 20)).toEqual(['Felt incidents or', 'expressions of hate', 'are getting worse'])
    expect(wrapText('  short  ', 20)).toEqual(['short'])
    expect(wrapText('Supercalifragilistic word', 5)).toEqual(['Supercalifragilistic', 'word'])
    expect(wrapText('', 10)).toEqual([])
  })
})

describe('layoutBarChart', () => {
  it('makes bar lengths proportional to the values on the scale', () => {
    const chart = layoutBarChart([pct('a', 73), pct('b', 59), pct('c', 47)], { width: 400 })
    expect(chart.max).toBe(100)
    expect(chart.bars.map((b) => b.width)).toEqual([292, 236, 188])
    expect(chart.bars.map((b) => b.valueText)).toEqual(['73%', '59%', '47%'])
    expect(chart.ticks.map((t) => [t.x, t.text])).toEqual([
      [0, '0%'],
      [200, '50%'],
      [400, '100%'],
    ])
  })

  it('stacks label, bar and value without overlap, and fits everything in the viewBox', () => {
    const figures = [
      pct('a', 84, 'Felt hate incidents were now prevalent'),
      pct('b', 66, 'Felt incidents or expressions of hate are getting worse'),
      pct('c', 18, 'Experienced episodes of depression following hate incidents'),
    ]
    const chart = layoutBarChart(figures, { width: 320, fontSize: 14 })
    let previousBottom = -Infinity
    for (const bar of chart.bars) {
      for (const line of bar.labelLines) {
        expect(line.y).toBeGreaterThan(previousBottom)
        expect(line.y).toBeLessThanOrEqual(bar.y)
        expect(textWidth(line.text, chart.fontSize)).toBeLessThanOrEqual(chart.width)
      }
      expect(bar.x).toBe(0)
      expect(bar.width).toBeLessThanOrEqual(chart.width)
      expect(bar.valueY).toBeGreaterThan(bar.y)
      expect(bar.valueY).toBeLessThanOrEqual(bar.y + bar.height)
      if (!bar.valueInside) {
        expect(bar.valueX).toBeGreaterThanOrEqual(bar.width)
        expect(bar.valueX + textWidth(bar.valueText, chart.fontSize)).toBeLessThanOrEqual(chart.width + 0.001)
      }
      previousBottom = bar.y + bar.height
    }
    expect(chart.axisY).toBeGreaterThan(previousBottom)
    expect(chart.height).toBeGreaterThan(chart.tickLabelY)
    // The longest label wraps onto a second line.
    expect(chart.bars[2]!.labelLines.length).toBeGreaterThan(1)
  })

  it('puts a value inside a bar that leaves it no room, in the bar’s end', () => {
    const chart = layoutBarChart([count('2017', 1986), count('2018', 1879)], { width: 320 })
    expect(chart.max).toBe(2000)
    const [first] = chart.bars
    expect(first!.valueInside).toBe(true)
    expect(first!.valueX).toBeLessThan(first!.width)
    expect(first!.valueText).toBe('1,986')
  })

  it('keeps qualifiers and draws a single figure at full width of its own scale', () => {
    const chart = layoutBarChart([count('n', 4000, 'Reports submitted', 'nearly')])
    expect(chart.bars[0]!.valueText).toBe('nearly 4,000')
    expect(chart.bars[0]!.width).toBe(chart.width)
    expect(chart.ticks.map((t) => t.text)).toEqual(['0', '2,000', '4,000'])
  })

  it('uses only the ends as ticks when the midpoint is not a whole number', () => {
    const chart = layoutBarChart([count('r', 4), count('i', 5)])
    expect(chart.ticks.map((t) => t.value)).toEqual([0, 5])
  })

  it('handles zero and an empty chart', () => {
    expect(layoutBarChart([count('z', 0)]).bars[0]!.width).toBe(0)
    const empty = layoutBarChart([])
    expect(empty.bars).toEqual([])
    expect(empty.height).toBeGreaterThan(0)
  })
})

describe('the report figures in the dataset', () => {
  const reports = loadDatasetFile().filter((d) => d._type === 'report') as unknown as {
    figures: { _key: string; group: string; label: string; value: number; unit: 'count' | 'percent' | 'pages'; qualifier?: string }[]
  }[]

  it('each lay out in groups whose bars fit the chart', () => {
    expect(reports.length).toBeGreaterThan(0)
    for (const report of reports) {
      for (const { figures } of groupFigures(report.figures)) {
        const chart = layoutBarChart(figures.map((f) => ({ key: f._key, label: f.label, value: f.value, unit: f.unit, qualifier: f.qualifier ?? null })))
        expect(chart.bars).toHaveLength(figures.length)
        for (const [i, bar] of chart.bars.entries()) {
          expect(bar.width).toBeGreaterThanOrEqual(0)
          expect(bar.width).toBeLessThanOrEqual(chart.width)
          expect(bar.valueText).toContain(figures[i]!.value.toLocaleString('en-US'))
        }
      }
    }
  })
})

describe('groupFigures', () => {
  it('keeps groups in the order they first appear, and figures in theirs', () => {
    const groups = groupFigures([
      { group: 'A', n: 1 },
      { group: 'B', n: 2 },
      { group: 'A', n: 3 },
    ])
    expect(groups).toEqual([
      { group: 'A', figures: [{ group: 'A', n: 1 }, { group: 'A', n: 3 }] },
      { group: 'B', figures: [{ group: 'B', n: 2 }] },
    ])
  })
})

describe('timeline dates', () => {
  it('gives datetime values at the precision a date is known', () => {
    expect(machineDate('2018-11-13', 'day')).toBe('2018-11-13')
    expect(machineDate('2017-08-01', 'month')).toBe('2017-08')
    expect(machineDate('2016-01-01', 'year')).toBe('2016')
    expect(machineDate('2016-01-01T00:00:00Z')).toBe('2016-01-01')
  })

  it('orders milestones by date, then title', () => {
    const sorted = inDateOrder([
      { date: '2018-06-11', title: 'b' },
      { date: '2013-09-12', title: 'z' },
      { date: '2018-06-11', title: 'a' },
    ])
    expect(sorted.map((m) => `${m.date} ${m.title}`)).toEqual(['2013-09-12 z', '2018-06-11 a', '2018-06-11 b'])
  })

  it('finds the milestones citing a page, whatever its trailing slash or case', () => {
    const items = [
      { id: 1, sources: [{ url: 'https://example.org/a/' }] },
      { id: 2, sources: [{ url: 'https://example.org/b' }] },
      { id: 3, sources: [] },
    ]
    expect(citingAny(items, ['https://EXAMPLE.org/a']).map((i) => i.id)).toEqual([1])
    expect(citingAny(items, [])).toEqual([])
  })
})

describe('business supporters in timeline order', () => {
  it('puts supporters the timeline names first, by first mention, then the rest by name', () => {
    const supporters = [
      { _id: 'coke', name: 'The Coca-Cola Company' },
      { _id: 'comcast', name: 'Comcast' },
      { _id: 'target', name: 'Target' },
      { _id: 'walmart', name: 'Walmart' },
      { _id: 'acme', name: 'Acme' },
    ]
    const milestones = [
      { _id: 'm3', title: 'Grants', date: '2021-01-21', organizations: [{ _id: 'target' }] },
      { _id: 'm2', title: 'Launch', date: '2018-11-13', organizations: [{ _id: 'walmart' }, { _id: 'coke' }] },
      { _id: 'm1', title: 'Established', date: '2018-06-11', organizations: [{ _id: 'walmart' }] },
    ]
    const ordered = supportersInTimelineOrder(supporters, milestones)
    expect(ordered.map((s) => s.supporter._id)).toEqual(['walmart', 'coke', 'target', 'acme', 'comcast'])
    expect(ordered[0]!.milestones.map((m) => m._id)).toEqual(['m1', 'm2'])
    expect(ordered[3]!.milestones).toEqual([])
  })
})
