import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // Lets parallel work build into separate folders (NEXT_DIST_DIR=.next-foo); the default is .next.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  images: {
    remotePatterns: [{ protocol: 'https', hostname: 'cdn.sanity.io' }],
  },
  // The embedded dataset is read from disk at build and at revalidation; ship it with the server.
  outputFileTracingIncludes: {
    '/**': ['./sanity/dataset/*.ndjson'],
  },
}

export default nextConfig
