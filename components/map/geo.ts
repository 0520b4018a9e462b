/**
 * The map's geometry, computed on the server: the outline of the United States and its state
 * borders (us-atlas states-10m, through topojson-client) projected with d3-geo's geoAlbersUsa
 * (Alaska and Hawaii in insets) onto a 975 × 610 drawing, and one marker per city.
 *
 * The drawing is never wider than the page's column (about 1,100 CSS px, 400 on a phone), so the
 * paths are kept to what shows at that size: points on whole units of the drawing, each line
 * simplified (Douglas–Peucker) to within SIMPLIFY units of the original, rings of less than
 * MIN_RING_AREA square units dropped (the smallest islands), and written as relative moves with
 * the fewest characters SVG allows. The paths are sent twice (in the HTML and in the page's RSC
 * payload), so every byte here counts double.
 */
import { geoAlbersUsa, geoPath, type GeoContext } from 'd3-geo'
import { feature, mesh } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import states10m from 'us-atlas/states-10m.json'

export const MAP_WIDTH = 975
export const MAP_HEIGHT = 610
/** How far (in drawing units, about a CSS pixel at the widest) a simplified line may stray. */
const SIMPLIFY = 0.9
/** Closed rings smaller than this (square drawing units) are not drawn. */
const MIN_RING_AREA = 6

type Point = [number, number]

/** geoAlbersUsa at the scale and centre us-atlas's own pre-projected files use (975 × 610). */
export function usProjection() {
  return geoAlbersUsa().scale(1300).translate([MAP_WIDTH / 2, MAP_HEIGHT / 2])
}

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0]
  const dy = b[1] - a[1]
  const length2 = dx * dx + dy * dy
  if (length2 === 0) return Math.hypot(p[0] - a[0], p[1] - a[1])
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2))
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy))
}

/** Douglas–Peucker: the fewest points of `line` that stay within `tolerance` of it (ends kept). */
export function simplifyLine(line: Point[], tolerance: number): Point[] {
  if (line.length <= 2) return line
  const keep = new Uint8Array(line.length)
  keep[0] = 1
  keep[line.length - 1] = 1
  const stack: [number, number][] = [[0, line.length - 1]]
  while (stack.length > 0) {
    const [first, last] = stack.pop()!
    let farthest = -1
    let distance = tolerance
    for (let i = first + 1; i < last; i++) {
      const d = distanceToSegment(line[i]!, line[first]!, line[last]!)
      if (d > distance) {
        distance = d
        farthest = i
      }
    }
    if (farthest >= 0) {
      keep[farthest] = 1
      stack.push([first, farthest], [farthest, last])
    }
  }
  return line.filter((_, i) => keep[i])
}

function ringArea(ring: Point[]): number {
  let twice = 0
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i]!
    const [x2, y2] = ring[(i + 1) % ring.length]!
    twice += x1 * y2 - x2 * y1
  }
  return Math.abs(twice) / 2
}

/** Numbers joined as SVG path data allows: a minus sign separates as well as a space does. */
function numbers(values: number[]): string {
  return values.reduce<string>((out, n, i) => out + (i > 0 && n >= 0 ? ' ' : '') + String(n), '')
}

/** A line or ring as path data: an absolute move, then relative lines (one `l` for all). */
export function pathData(line: Point[], closed: boolean): string {
  const [start, ...rest] = line
  const deltas: number[] = []
  let previous = start!
  for (const p of rest) {
    deltas.push(p[0] - previous[0], p[1] - previous[1])
    previous = p
  }
  return `M${numbers(start!)}${deltas.length > 0 ? `l${numbers(deltas)}` : ''}${closed ? 'z' : ''}`
}

/** A d3 path context that collects lines, then writes them simplified and quantized. */
function compactContext() {
  let out = ''
  let line: Point[] = []
  const end = (closed: boolean) => {
    // Whole units, no point twice in a row.
    const quantized: Point[] = []
    for (const [x, y] of line) {
      const p: Point = [Math.round(x), Math.round(y)]
      const last = quantized[quantized.length - 1]
      if (!last || last[0] !== p[0] || last[1] !== p[1]) quantized.push(p)
    }
    line = []
    if (closed) {
      if (quantized.length > 1 && quantized[0]![0] === quantized[quantized.length - 1]![0] && quantized[0]![1] === quantized[quantized.length - 1]![1]) quantized.pop()
      const simplified = simplifyLine([...quantized, quantized[0]!], SIMPLIFY).slice(0, -1)
      if (simplified.length >= 3 && ringArea(simplified) >= MIN_RING_AREA) out += pathData(simplified, true)
    } else if (quantized.length >= 2) {
      out += pathData(simplifyLine(quantized, SIMPLIFY), false)
    }
  }
  const context: GeoContext & { take(): string } = {
    beginPath() {},
    moveTo(x, y) {
      if (line.length > 0) end(false)
      line = [[x, y]]
    },
    lineTo(x, y) {
      line.push([x, y])
    },
    closePath() {
      end(true)
    },
    arc() {},
    take() {
      if (line.length > 0) end(false)
      const text = out
      out = ''
      return text
    },
  }
  return context
}

export interface Outlines {
  /** The country's outline, filled. */
  nation: string
  /** The borders between states. */
  borders: string
}

let outlines: Outlines | null = null

/** The outline and state borders as SVG path data (computed once per process). */
export function usOutlines(): Outlines {
  if (!outlines) {
    const us = states10m as unknown as Topology<{ states: GeometryCollection; nation: GeometryCollection }>
    const context = compactContext()
    const path = geoPath(usProjection(), context)
    path(feature(us, us.objects.nation))
    const nation = context.take()
    path(mesh(us, us.objects.states, (a, b) => a !== b))
    const borders = context.take()
    outlines = { nation, borders }
  }
  return outlines
}

export interface MapCity {
  _id: string
  name: string
  state: string
  slug: string
  location: { lat: number; lng: number }
  practiceCount: number
  statementCount: number
  awardCount: number
}

export interface Marker<C extends MapCity = MapCity> {
  city: C
  x: number
  y: number
  r: number
  total: number
}

export const MIN_RADIUS = 4
export const MAX_RADIUS = 16

export const totalOf = (c: MapCity) => c.practiceCount + c.statementCount + c.awardCount

/**
 * A marker for each city the projection places (geoAlbersUsa covers the 50 states and DC; it gives
 * null elsewhere, e.g. Puerto Rico), its area proportional to what the city has on the site
 * (practices + statements + awards: a square-root scale of the radius). Largest first, so that
 * small markers are drawn on top and stay clickable.
 */
export function placeCities<C extends MapCity>(cities: readonly C[]): { markers: Marker<C>[]; unplaced: C[] } {
  const projection = usProjection()
  const max = Math.max(1, ...cities.map(totalOf))
  const markers: Marker<C>[] = []
  const unplaced: C[] = []
  for (const city of cities) {
    const point = projection([city.location.lng, city.location.lat])
    if (!point || !Number.isFinite(point[0]) || !Number.isFinite(point[1])) {
      unplaced.push(city)
      continue
    }
    const total = totalOf(city)
    const r = MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(total / max)
    markers.push({ city, x: Math.round(point[0] * 10) / 10, y: Math.round(point[1] * 10) / 10, r: Math.round(r * 10) / 10, total })
  }
  markers.sort((a, b) => b.r - a.r || a.city.name.localeCompare(b.city.name) || a.city._id.localeCompare(b.city._id))
  return { markers, unplaced }
}
