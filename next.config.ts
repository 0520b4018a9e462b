import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  reactStrictMode: true,
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
