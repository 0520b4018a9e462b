/**
 * The map's geometry, computed on the server: the outline of the United States and its state
 * borders (us-atlas states-10m, through topojson-client) projected with d3-geo's geoAlbersUsa
 * (Alaska and Hawaii in insets) onto a 975 × 610 drawing, and one marker per city.
 *
 * Paths are written with whole pixels and points closer than MIN_STEP pixels to the last one left
 * out (about 35 KB of SVG instead of 150 KB); rings smaller than a few pixels (small islands) drop.
 */
import { geoAlbersUsa, geoPath, type GeoContext } from 'd3-geo'
import { feature, mesh } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import states10m from 'us-atlas/states-10m.json'

export const MAP_WIDTH = 975
export const MAP_HEIGHT = 610
const MIN_STEP = 1.5

/** geoAlbersUsa at the scale and centre us-atlas's own pre-projected files use (975 × 610). */
export function usProjection() {
  return geoAlbersUsa().scale(1300).translate([MAP_WIDTH / 2, MAP_HEIGHT / 2])
}

/** A d3 path context writing compact SVG path data. */
function compactContext() {
  let out = ''
  let ring: string[] = []
  let points = 0
  let last: [number, number] = [NaN, NaN]
  let skipped: [number, number] | null = null
  const flush = () => {
    if (skipped) ring.push(`L${skipped[0]},${skipped[1]}`)
    skipped = null
    out += ring.join('')
    ring = []
  }
  const context: GeoContext & { take(): string } = {
    beginPath() {},
    moveTo(x, y) {
      flush()
      last = [Math.round(x), Math.round(y)]
      ring.push(`M${last[0]},${last[1]}`)
      points = 1
    },
    lineTo(x, y) {
      const p: [number, number] = [Math.round(x), Math.round(y)]
      if (Math.hypot(p[0] - last[0], p[1] - last[1]) < MIN_STEP) {
        skipped = p
        return
      }
      skipped = null
      ring.push(`L${p[0]},${p[1]}`)
      last = p
      points++
    },
    closePath() {
      skipped = null
      if (points < 3) ring = []
      else ring.push('Z')
      flush()
    },
    arc() {},
    take() {
      flush()
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
