/**
 * How many client components a page hydrates, read from the RSC payload Next inlines in its HTML
 * (the `self.__next_f.push([1, "…"])` scripts). In that payload a client component is a module
 * row (`5:I[209390, [chunks], "default"]`) and each instance of it on the page is an element whose
 * type is a reference to that row (`["$", "$L5", key, props]`): React hydrates one component per
 * such element. The module's id is named from the build's client reference manifests.
 *
 *   npx tsx bench/hydration.ts --dist .next --origin http://127.0.0.1:3000 / /about …
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** The inline RSC payload of a page, its chunks joined in order. */
export function flightData(html: string): string {
  let text = ''
  for (const m of html.matchAll(/<script>self\.__next_f\.push\((\[[\s\S]*?\])\)<\/script>/g)) {
    const chunk = JSON.parse(m[1]!) as [number, string?]
    if (chunk[0] === 1 && typeof chunk[1] === 'string') text += chunk[1]
  }
  return text
}

export interface ClientCount {
  /** Client component elements in the payload (each hydrates). */
  instances: number
  /** By module (its path from the manifest, else `module <id>`) and export: how many elements. */
  byModule: Record<string, number>
}

/** Counts the client component elements of a flight payload; `names` maps a module id to its path. */
export function countClientComponents(flight: string, names: Map<string, string> = new Map()): ClientCount {
  // Module rows: `<hex id>:I[<module id>,[<chunks>],"<export>"…]` at the start of a line.
  const modules = new Map<string, string>()
  for (const m of flight.matchAll(/(?:^|\n)([0-9a-f]+):I\[("[^"]*"|\d+),\[[^\]]*\],"([^"]*)"/g)) {
    const id = m[2]!.replace(/"/g, '')
    const exportName = m[3]!
    modules.set(m[1]!, `${names.get(id) ?? `module ${id}`}${exportName === 'default' || exportName === '*' || exportName === '' ? '' : ` (${exportName})`}`)
  }
  const byModule: Record<string, number> = {}
  let instances = 0
  for (const m of flight.matchAll(/\["\$","\$L([0-9a-f]+)"/g)) {
    const name = modules.get(m[1]!)
    if (!name) continue
    byModule[name] = (byModule[name] ?? 0) + 1
    instances++
  }
  return { instances, byModule }
}

/** Module id → source path, from every client reference manifest of a build (`[project]/components/Link.tsx`). */
export function clientModuleNames(dist: string): Map<string, string> {
  const names = new Map<string, string>()
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.name.endsWith('client-reference-manifest.js')) {
        for (const m of readFileSync(path, 'utf8').matchAll(/"\[project\]\/([^"]+?)(?: <[^"]*>)?":\{"id":("[^"]*"|\d+)/g)) {
          names.set(m[2]!.replace(/"/g, ''), m[1]!.replace(/^node_modules\//, ''))
        }
      }
    }
  }
  walk(join(dist, 'server', 'app'))
  return names
}

if (process.argv[1] && /hydration\.ts$/.test(process.argv[1])) {
  const args = process.argv.slice(2)
  const value = (name: string) => {
    const i = args.indexOf(`--${name}`)
    return i >= 0 ? args[i + 1] : undefined
  }
  const dist = value('dist') ?? '.next'
  const origin = value('origin') ?? 'http://127.0.0.1:3000'
  const paths = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'))
  const names = clientModuleNames(dist)
  void (async () => {
    for (const path of paths.length ? paths : ['/']) {
      const html = await (await fetch(`${origin}${path}`)).text()
      const flight = flightData(html)
      const count = countClientComponents(flight, names)
      const top = Object.entries(count.byModule).sort((a, b) => b[1] - a[1])
      const kb = (text: string) => `${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`
      console.log(`${path}: ${count.instances} client component instances (HTML ${kb(html)}, RSC payload ${kb(flight)}); ${top.map(([n, c]) => `${n} ${c}`).join(', ')}`)
    }
  })()
}
