import type { NextConfig } from 'next'
import { sharedPageCacheRules } from './lib/cache-headers'
import { liveOrigin } from './lib/env'
import { ACTION_BODY_LIMIT } from './lib/security/actions'
import { securityHeaderRules } from './lib/security/headers'
import { loopbackApiHost } from './sanity/api-host'

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // Cache Components: content is cached with 'use cache' + cacheTag + cacheLife (lib/content/index.ts),
  // pages prerender a static shell and stream what depends on the request (docs/caching.md).
  cacheComponents: true,
  // Pages with params not listed by generateStaticParams render whole on first visit and are then
  // kept (ISR), as before; Partial Prefetching would give them a shell to stream into instead.
  partialPrefetching: false,
  // Lets parallel work build into separate folders (NEXT_DIST_DIR=.next-foo); the default is .next.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // The test command (scripts/test.ts) runs `tsc --noEmit` over the whole repository itself, and
  // fails if it fails: its builds skip Next's own TypeScript pass, the same check again. Any other
  // build (production, `npm run build`) keeps it.
  typescript: { ignoreBuildErrors: process.env.TEST_TYPECHECKED === '1' },
  experimental: {
    // app/global-not-found.tsx: the designed 404 as a whole document for addresses no route matches
    // (server-rendered, so it is the same page without JavaScript).
    globalNotFound: true,
    // The submission form's Server Action (app/[lang]/submit/actions.ts): the longest valid form is
    // well under half of this. proxy.ts refuses a larger body first, with 413 (Next would answer 500).
    serverActions: { bodySizeLimit: ACTION_BODY_LIMIT },
    // Not `inlineCss`: Next would send the stylesheet twice in every page (a <style> and again in the
    // RSC payload, 28 KB raw), on every page, where the file is fetched once and cached (docs/caching.md).
  },
  // proxy.ts sees requests as sent, flight headers included, so that it can refuse an RSC request
  // whose router state Next could not parse (it would answer 500).
  skipProxyUrlNormalize: true,
  images: {
    remotePatterns: [{ protocol: 'https', hostname: 'cdn.sanity.io' }],
  },
  // The embedded dataset is read from disk at build and at revalidation; ship it with the server.
  outputFileTracingIncludes: {
    '/**': ['./sanity/dataset/*.ndjson'],
  },
  // Security headers on every response: CSP per part (site, draft preview, Studio), HSTS and the rest
  // (lib/security/headers.ts), the CSP opening connect-src to the Sanity project's API for Live when a
  // project is configured at build time; and a shared-cache lifetime for the finder and the city list
  // (lib/cache-headers.ts).
  async headers() {
    return [...securityHeaderRules({ dev: process.env.NODE_ENV === 'development', liveOrigin: liveOrigin(), studioApiOrigin: loopbackApiHost() }), ...sharedPageCacheRules()]
  },
}

export default nextConfig
