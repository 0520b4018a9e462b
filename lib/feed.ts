/**
 * The site's RSS 2.0 feed, built as text: pure functions, no Next.js and no I/O, so tests can feed
 * them anything. app/feed.xml/route.ts fetches the content and serves the result.
 *
 * Every piece of text goes through `escapeXml`, which also drops characters XML 1.0 cannot carry,
 * so no title, summary or slug can break the document or inject markup into it.
 */
import type { FeedItem } from './content/models'
import { practiceHref, statementHref } from './routes'

export interface FeedChannel {
  title: string
  /** The site's home page, absolute. */
  link: string
  description: string
  /** The feed's own address, absolute (atom:link rel="self"). */
  selfUrl: string
  language?: string
}

export interface FeedEntry {
  title: string
  /** Absolute address of the item's page (or its anchor on a page); also its permalink guid. */
  link: string
  description: string
  pubDate: Date
  category: string
}

/**
 * Characters XML 1.0 forbids anywhere in a document, even escaped: C0 controls other than tab,
 * line feed and carriage return, lone surrogates, U+FFFE and U+FFFF.
 */
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

/** Text made safe for XML character data and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHAR, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!)
}

/** RFC 822 date-time as RSS 2.0 wants it, in GMT: `Wed, 01 Sep 2021 00:00:00 GMT`. */
export function rfc822(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid date for the feed')
  return date.toUTCString()
}

/** A calendar date (`2021-09-01`) as midnight UTC. */
export function dateFromIso(isoDate: string): Date {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`)
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a calendar date: ${JSON.stringify(isoDate)}`)
  return date
}

const CATEGORY: Record<FeedItem['_type'], string> = {
  bestPractice: 'Best practice',
  mayoralStatement: 'Mayor’s statement',
}

/** The feed's entries for the feed query's items, newest first, with absolute links on `siteUrl`. */
export function feedEntries(items: readonly FeedItem[], siteUrl: string): FeedEntry[] {
  const base = siteUrl.replace(/\/+$/, '')
  return [...items]
    .sort((a, b) => (a.date === b.date ? a._id.localeCompare(b._id) : a.date < b.date ? 1 : -1))
    .map((item) => ({
      title: item.title,
      link: `${base}${item._type === 'bestPractice' ? practiceHref(item.slug) : statementHref(item.slug)}`,
      description: `${item.summary} (${item.city.name}, ${item.city.state})`,
      pubDate: dateFromIso(item.date),
      category: CATEGORY[item._type],
    }))
}

const element = (name: string, text: string, indent: string) => `${indent}<${name}>${escapeXml(text)}</${name}>`

/** The RSS 2.0 document: channel, then the entries in the order given. */
export function buildRss(channel: FeedChannel, entries: readonly FeedEntry[]): string {
  const newest = entries.reduce<Date | null>((max, e) => (!max || e.pubDate > max ? e.pubDate : max), null)
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    element('title', channel.title, '    '),
    element('link', channel.link, '    '),
    element('description', channel.description, '    '),
    element('language', channel.language ?? 'en-us', '    '),
    `    <atom:link href="${escapeXml(channel.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    ...(newest ? [element('pubDate', rfc822(newest), '    '), element('lastBuildDate', rfc822(newest), '    ')] : []),
  ]
  for (const entry of entries) {
    lines.push(
      '    <item>',
      element('title', entry.title, '      '),
      element('link', entry.link, '      '),
      `      <guid isPermaLink="true">${escapeXml(entry.link)}</guid>`,
      element('description', entry.description, '      '),
      element('category', entry.category, '      '),
      element('pubDate', rfc822(entry.pubDate), '      '),
      '    </item>',
    )
  }
  lines.push('  </channel>', '</rss>', '')
  return lines.join('\n')
}
