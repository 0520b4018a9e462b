import type { MetadataRoute } from 'next'
import { siteUrl } from '@/lib/env'

/** Everything public may be crawled; the Studio and the API may not. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/studio', '/api'] },
    sitemap: `${siteUrl()}/sitemap.xml`,
  }
}
