/**
 * /feed.xml: RSS 2.0 of the published best practices and the mayors' statements, newest first
 * (lib/feed.ts builds it). Generated at build time and kept like a page: its content fetches carry
 * the tags of the types they read, so the revalidation webhook refreshes it with the pages.
 */
import { fetchContent, feedQuery, siteSettingsQuery } from '@/lib/content'
import { siteUrl } from '@/lib/env'
import { buildRss, feedEntries } from '@/lib/feed'

export const dynamic = 'force-static'
export const revalidate = 3600

export async function GET(): Promise<Response> {
  const [settings, items] = await Promise.all([fetchContent(siteSettingsQuery), fetchContent(feedQuery)])
  const base = siteUrl()
  const xml = buildRss(
    {
      title: `${settings.name}: best practices and mayors’ statements`,
      link: `${base}/`,
      description: settings.metaDescription,
      selfUrl: `${base}/feed.xml`,
      language: 'en-us',
    },
    feedEntries(items, base),
  )
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } })
}
