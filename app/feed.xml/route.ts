/**
 * /feed.xml: RSS 2.0 of the published best practices and the mayors' statements, newest first
 * (lib/feed.ts builds it). Prerendered at build time and kept like a page: it reads only cached
 * content, whose tags and life it takes, so Live and the webhook refresh it with the pages.
 */
import { cacheLife } from 'next/cache'
import { CONTENT_CACHE_LIFE, fetchPublishedContent, feedQuery, siteSettingsQuery } from '@/lib/content'
import { siteUrl } from '@/lib/env'
import { buildRss, feedEntries } from '@/lib/feed'

export async function GET(): Promise<Response> {
  return new Response(await feedXml(), { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } })
}

/** The feed's XML, cached with the tags of the content it reads and the same life. */
async function feedXml(): Promise<string> {
  'use cache'
  cacheLife(CONTENT_CACHE_LIFE)
  const [settings, items] = await Promise.all([fetchPublishedContent(siteSettingsQuery), fetchPublishedContent(feedQuery)])
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
  return xml
}
