/**
 * The store and the rate limiter the environment selects, one of each per configuration per process
 * (kept on globalThis: every request shares one outbox mutex and one count of submissions).
 */
import { rateLimitSettings, sanityWriteEnv, submissionsDir } from './env'
import { createOutboxStore } from './outbox'
import { createRateLimiter, type RateLimiter } from './rate-limit'
import { createSanityStore } from './sanity'
import type { SubmissionStore } from './store'

const GLOBAL_KEY = Symbol.for('cicc.submissions.singletons')
type Holder = { [GLOBAL_KEY]?: Map<string, unknown> }

function once<T>(key: string, make: () => T): T {
  const holder = globalThis as Holder
  const map = (holder[GLOBAL_KEY] ??= new Map())
  if (!map.has(key)) map.set(key, make())
  return map.get(key) as T
}

/** Sanity when SANITY_PROJECT_ID and SANITY_WRITE_TOKEN are set; otherwise the outbox in SUBMISSIONS_DIR. */
export function defaultStore(): SubmissionStore {
  const sanity = sanityWriteEnv()
  if (sanity) {
    const key = JSON.stringify(['sanity', sanity.projectId, sanity.dataset, sanity.apiVersion, sanity.apiHost ?? null, sanity.writeToken])
    return once(key, () => createSanityStore(sanity))
  }
  const dir = submissionsDir()
  return once(JSON.stringify(['outbox', dir]), () => createOutboxStore(dir))
}

export function defaultLimiter(): RateLimiter {
  const settings = rateLimitSettings()
  return once(JSON.stringify(['limiter', settings]), () => createRateLimiter(settings))
}
