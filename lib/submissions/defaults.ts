/**
 * The store the environment selects, one per configuration per process (kept on globalThis: every
 * request in a process shares one outbox reader), and the rate limit it counts.
 */
import { rateLimitSettings, sanityWriteEnv, submissionsDir } from '../env'
import { createOutboxStore } from './outbox'
import { createSanityStore } from './sanity'
import type { SaveLimit, SubmissionStore } from './store'

const GLOBAL_KEY = Symbol.for('cicc.submissions.singletons')
type Holder = { [GLOBAL_KEY]?: Map<string, unknown> }

function once<T>(key: string, make: () => T): T {
  const holder = globalThis as Holder
  const map = (holder[GLOBAL_KEY] ??= new Map())
  if (!map.has(key)) map.set(key, make())
  return map.get(key) as T
}

/** Sanity when SANITY_PROJECT_ID and SANITY_API_WRITE_TOKEN are set; otherwise the outbox in SUBMISSIONS_DIR. */
export function defaultStore(): SubmissionStore {
  const sanity = sanityWriteEnv()
  if (sanity) {
    const key = JSON.stringify(['sanity', sanity.projectId, sanity.dataset, sanity.apiVersion, sanity.apiHost ?? null, sanity.writeToken])
    return once(key, () => createSanityStore(sanity))
  }
  const dir = submissionsDir()
  return once(JSON.stringify(['outbox', dir]), () => createOutboxStore(dir))
}

export function defaultLimit(): SaveLimit {
  const { limit, windowMs } = rateLimitSettings()
  return { max: limit, windowMs }
}
