/**
 * The facts files of ../shared/facts, read by the tests that hold the dataset to them. Only
 * cities.yaml is read here, and only the part of YAML it uses: a list of cities, each a map of
 * scalars, of lists of scalars (`read_from`) and of lists of maps (`population_alt`); a scalar may
 * continue on more deeply indented lines. Anything else is refused, so a change of shape fails loudly.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export const FACTS_DIR = join(__dirname, '..', '..', '..', 'shared', 'facts')
export const CITIES_FACTS = join(FACTS_DIR, 'cities.yaml')
export const factsPresent = existsSync(CITIES_FACTS)

export type AltFigure = { value: number; src: string; note?: string }
export type CityFacts = {
  name: string
  state: string
  population_2020?: number
  population_src?: string
  population_alt: AltFigure[]
  mayor?: string
  mayor_src?: string
} & Record<string, unknown>

function scalar(raw: string): string {
  const text = raw.trim()
  if ((text.startsWith('"') && text.endsWith('"')) || (text.startsWith("'") && text.endsWith("'"))) return text.slice(1, -1)
  return text
}

const asNumber = (key: string, text: string) => {
  if (!/^\d+$/.test(text)) throw new Error(`cities.yaml: ${key} is not a whole number: ${text}`)
  return Number(text)
}

export function parseCitiesYaml(source: string): CityFacts[] {
  const cities: CityFacts[] = []
  let city: Record<string, unknown> | null = null
  let list: unknown[] | null = null
  let item: Record<string, string> | null = null
  let last: { target: Record<string, unknown>; key: string } | null = null
  for (const [index, line] of source.split('\n').entries()) {
    if (/^\s*(#|$)/.test(line)) continue
    const where = `cities.yaml line ${index + 1}`
    let m: RegExpMatchArray | null
    if (line === 'cities:') continue
    if ((m = line.match(/^- (\w+): (.*)$/))) {
      city = { population_alt: [] as AltFigure[], [m[1]!]: scalar(m[2]!) }
      cities.push(city as CityFacts)
      list = item = null
      last = { target: city, key: m[1]! }
    } else if (city && (m = line.match(/^ {2}(\w+):\s*$/))) {
      list = []
      city[m[1]!] = list
      item = null
      last = null
    } else if (city && (m = line.match(/^ {2}(\w+): (.*)$/))) {
      city[m[1]!] = scalar(m[2]!)
      list = item = null
      last = { target: city, key: m[1]! }
    } else if (list && (m = line.match(/^ {2}- (\w+): (.*)$/))) {
      item = { [m[1]!]: scalar(m[2]!) }
      list.push(item)
      last = { target: item, key: m[1]! }
    } else if (list && (m = line.match(/^ {2}- (.*)$/))) {
      list.push(scalar(m[1]!))
      item = null
      last = null
    } else if (item && (m = line.match(/^ {4}(\w+): (.*)$/))) {
      item[m[1]!] = scalar(m[2]!)
      last = { target: item, key: m[1]! }
    } else if (last && /^ {4,}\S/.test(line)) {
      last.target[last.key] = `${String(last.target[last.key])} ${line.trim()}`
    } else {
      throw new Error(`${where}: a shape this reader does not know: ${line}`)
    }
  }
  return cities.map((c) => ({
    ...c,
    population_2020: c.population_2020 === undefined ? undefined : asNumber('population_2020', String(c.population_2020)),
    population_alt: (c.population_alt as unknown as Record<string, string>[]).map((alt) => ({
      value: asNumber('population_alt value', alt.value ?? ''),
      src: alt.src ?? '',
      ...(alt.note ? { note: alt.note } : {}),
    })),
  }))
}

export function loadCityFacts(): CityFacts[] {
  return parseCitiesYaml(readFileSync(CITIES_FACTS, 'utf8'))
}
