/**
 * The query string the language switch carries to the other language's page: what that page would
 * read from it, in its canonical form, and nothing else. The finder's search (its words and facets,
 * parsed and written again as the finder writes them) and the confirmation's well-formed reference.
 * A city filter is not carried: whether a city exists is known only to the finder's data, and the
 * switch must not repeat what a made-up address put in it (the finder itself drops unknown cities).
 */
import { FINDER_PATH, parseFinderParams, serializeFinderState } from '../search/url'
import { isReference, RECEIVED_PATH } from '../submissions/paths'

export function switchQuery(path: string, query: URLSearchParams): string {
  if (path === FINDER_PATH) return serializeFinderState({ ...parseFinderParams(query), city: [] })
  if (path === RECEIVED_PATH) {
    const ref = query.get('ref')
    return isReference(ref) ? new URLSearchParams({ ref }).toString() : ''
  }
  return ''
}
