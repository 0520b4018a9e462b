/**
 * Which server references a client may call (proxy.ts asks before Next reads the body). Next lists
 * every Server Action and every `'use cache'` function of the build in
 * <distDir>/server/server-reference-manifest.json, with the file each comes from, and calls any of
 * them for a POST that names its id. The site means two to be called from a browser:
 *
 *   app/[lang]/submit/actions.ts   the submission form
 *   lib/content/live-action.ts     <SanityLive />'s refresh (components/ContentLive.tsx)
 *
 * Every other id is refused: the cached functions (lib/content/cached.ts says why they can be
 * called at all), and next-sanity's own Live action, registered by next-sanity/live although the
 * site gives <SanityLive /> its own. When the manifest cannot be read (outside a build: unit tests),
 * only the id's own kind is checked (lib/security/actions.ts, isCacheFunctionId).
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

export const CALLABLE_ACTION_FILES: readonly string[] = ['app/[lang]/submit/actions.ts', 'lib/content/live-action.ts']

let callable: ReadonlySet<string> | null | undefined

/** The ids of the callable actions in this build, or null when the build's manifest cannot be read. */
export function callableActionIds(): ReadonlySet<string> | null {
  if (callable !== undefined) return callable
  try {
    const file = resolve(/* turbopackIgnore: true */ process.cwd(), process.env.NEXT_DIST_DIR || '.next', 'server', 'server-reference-manifest.json')
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, { filename?: string }>>
    const ids = new Set<string>()
    for (const runtime of ['node', 'edge']) {
      for (const [id, entry] of Object.entries(manifest[runtime] ?? {})) if (CALLABLE_ACTION_FILES.includes(entry.filename ?? '')) ids.add(id)
    }
    callable = ids
  } catch {
    callable = null
  }
  return callable
}
