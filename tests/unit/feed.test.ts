import { describe, expect, it } from 'vitest'
import type { FeedItem } from '@/lib/content/models'
import { buildRss, dateFromIso, escapeXml, feedEntries, rfc822, type FeedChannel, type FeedEntry } from '@/lib/feed'

// ---------------------------------------------------------------------------------------------
// A small strict XML reader, enough to prove the feed well-formed and read it back: elements,
// quoted attributes, the five predefined entities and character references, the XML declaration.
// It throws on anything a conforming parser would reject in these documents.

interface XmlElement {
  name: string
  attributes: Record<string, string>
  children: (XmlElement | string)[]
}

const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
const NAME = /^[A-Za-z_][\w.:-]*/
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decode(text: string, where: string): string {
  if (FORBIDDEN.test(text)) throw new Error(`character not allowed in XML in ${where}`)
  return text.replace(/&([^;&\s]*);?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) throw new Error(`unterminated reference "${whole}" in ${where}`)
    if (ref in PREDEFINED) return PREDEFINED[ref]!
    const code = /^#x[0-9a-f]+$/i.test(ref) ? parseInt(ref.slice(2), 16) : /^#\d+$/.test(ref) ? Number(ref.slice(1)) : NaN
    if (Number.isNaN(code)) throw new Error(`unknown entity "${whole}" in ${where}`)
    return String.fromCodePoint(code)
  })
}

function parseXml(xml: string): XmlElement {
  let at = 0
  const fail = (message: string): never => {
    throw new Error(`${message} at offset ${at}: ${JSON.stringify(xml.slice(at, at + 40))}`)
  }
  if (xml.startsWith('<?xml')) {
    const end = xml.indexOf('?>')
    if (end < 0 || !/^<\?xml version="1\.0"( encoding="UTF-8")?\?>$/.test(xml.slice(0, end + 2))) fail('bad XML declaration')
    at = end + 2
  }
  const skipSpace = () => {
    while (/\s/.test(xml[at] ?? '')) at++
  }
  const readName = () => {
    const match = NAME.exec(xml.slice(at))
    if (!match) return fail('expected a name')
    at += match[0].length
    return match[0]
  }
  const readElement = (): XmlElement => {
    if (xml[at] !== '<') fail('expected an element')
    at++
    const element: XmlElement = { name: readName(), attributes: {}, children: [] }
    for (;;) {
      skipSpace()
      if (xml.startsWith('/>', at)) {
        at += 2
        return element
      }
      if (xml[at] === '>') {
        at++
        break
      }
      const attribute = readName()
      if (xml[at] !== '=' || (xml[at + 1] !== '"' && xml[at + 1] !== "'")) fail('expected a quoted attribute value')
      const quote = xml[at + 1]!
      const end = xml.indexOf(quote, at + 2)
      if (end < 0) fail('unterminated attribute')
      const raw = xml.slice(at + 2, end)
      if (raw.includes('<')) fail('"<" in an attribute value')
      if (attribute in element.attributes) fail(`repeated attribute ${attribute}`)
      element.attributes[attribute] = decode(raw, `@${attribute}`)
      at = end + 1
    }
    for (;;) {
      const next = xml.indexOf('<', at)
      if (next < 0) fail(`unclosed <${element.name}>`)
      const text = xml.slice(at, next)
      if (text.includes(']]>')) fail('"]]>" in character data')
      if (text) element.children.push(decode(text, `<${element.name}>`))
      at = next
      if (xml.startsWith('</', at)) {
        at += 2
        const name = readName()
        if (name !== element.name) fail(`</${name}> closes <${element.name}>`)
        skipSpace()
        if (xml[at] !== '>') fail('expected ">"')
        at++
        return element
      }
      element.children.push(readElement())
    }
  }
  skipSpace()
  const root = readElement()
  skipSpace()
  if (at !== xml.length) fail('content after the root element')
  return root
}

const childElements = (e: XmlElement, name: string) => e.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name)
const textOf = (e: XmlElement | undefined) => (e ? e.children.filter((c): c is string => typeof c === 'string').join('') : undefined)
const child = (e: XmlElement, name: string) => childElements(e, name)[0]

// ---------------------------------------------------------------------------------------------

const HOSTILE = [
  '<script>alert("owned")</script>',
  'Tom & Jerry’s "quotes" and \'apostrophes\'',
  ']]> <![CDATA[ x ]]>',
  '&amp; &lt; &#60; &#x3C; &unknown;',
  '</title></item></channel></rss><rss>',
  'control \u0000\u0001\u0007\u0008\u000B\u000C\u001B\u001F chars',
  'lone \uD800 high and \uDC00 low surrogates, \uFFFE \uFFFF',
  'kept: tab\tnewline\ncarriage\r emoji 🏙️ accents é ü — ñ 中文',
]

const SANITIZED = (text: string) =>
  text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')

describe('escapeXml', () => {
  it('escapes the five special characters', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;')
  })

  it('escapes an existing entity again, so text shows as written', () => {
    expect(escapeXml('&amp;')).toBe('&amp;amp;')
  })

  it('drops characters XML cannot carry and keeps every other', () => {
    expect(escapeXml('a\u0000b\u001Fc\uFFFEd\uD800e\uDFFFf')).toBe('abcdef')
    expect(escapeXml('tab\tline\ncr\r 🏙️ é 中')).toBe('tab\tline\ncr\r 🏙️ é 中')
  })

  it.each(HOSTILE)('reads back as the text itself in an element and an attribute: %j', (text) => {
    const doc = parseXml(`<root a="${escapeXml(text)}">${escapeXml(text)}</root>`)
    // An XML parser normalizes \r\n and \r in text to \n; compare with the same normalization.
    const expected = SANITIZED(text).replace(/\r\n?/g, '\n')
    expect(textOf(doc)?.replace(/\r\n?/g, '\n')).toBe(expected)
    expect(doc.attributes.a?.replace(/\r\n?/g, '\n')).toBe(expected)
  })
})

describe('rfc822 and dateFromIso', () => {
  it('gives RSS dates in GMT', () => {
    expect(rfc822(dateFromIso('2021-09-01'))).toBe('Wed, 01 Sep 2021 00:00:00 GMT')
    expect(rfc822(new Date(Date.UTC(2025, 5, 21, 13, 5, 9)))).toBe('Sat, 21 Jun 2025 13:05:09 GMT')
    expect(rfc822(dateFromIso('2024-02-29'))).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/)
  })

  it('refuses what is not a date', () => {
    expect(() => dateFromIso('yesterday')).toThrow(RangeError)
    expect(() => rfc822(new Date(Number.NaN))).toThrow(RangeError)
  })
})

const city = { _id: 'city-x', name: 'Anytown', state: 'NY', slug: 'anytown-ny', population: 1000 }
const ITEMS: FeedItem[] = [
  { _id: 'b', _type: 'mayoralStatement', title: 'A statement', slug: 'anytown-2019', summary: 'Said <this> & that.', date: '2019-07-01', city },
  { _id: 'a', _type: 'bestPractice', title: 'Crisis "response"', slug: 'crisis-response', summary: 'Sends help.', date: '2025-06-21', city },
  { _id: 'c', _type: 'bestPractice', title: 'Same day, later id', slug: 'same-day', summary: 'Ties break by id.', date: '2025-06-21', city },
]
const CHANNEL: FeedChannel = {
  title: 'The Center: best practices & statements',
  link: 'https://example.org/',
  description: 'What <cities> do',
  selfUrl: 'https://example.org/feed.xml',
}

describe('feedEntries', () => {
  it('puts the newest first, ties by id, with absolute links to the item pages', () => {
    const entries = feedEntries(ITEMS, 'https://example.org/')
    expect(entries.map((e) => e.link)).toEqual([
      'https://example.org/best-practices/crisis-response',
      'https://example.org/best-practices/same-day',
      'https://example.org/initiatives/support-for-immigrants-and-minorities#anytown-2019',
    ])
    expect(entries[2]).toMatchObject({ category: 'Mayor’s statement', description: 'Said <this> & that. (Anytown, NY)' })
    expect(entries[0]!.pubDate.toISOString()).toBe('2025-06-21T00:00:00.000Z')
  })
})

describe('buildRss', () => {
  it('makes a well-formed RSS 2.0 document with the channel and every item', () => {
    const xml = buildRss(CHANNEL, feedEntries(ITEMS, 'https://example.org'))
    const rss = parseXml(xml)
    expect(rss.name).toBe('rss')
    expect(rss.attributes.version).toBe('2.0')
    const channel = child(rss, 'channel')!
    expect(textOf(child(channel, 'title'))).toBe(CHANNEL.title)
    expect(textOf(child(channel, 'description'))).toBe(CHANNEL.description)
    expect(child(channel, 'atom:link')?.attributes).toEqual({ href: CHANNEL.selfUrl, rel: 'self', type: 'application/rss+xml' })
    expect(textOf(child(channel, 'lastBuildDate'))).toBe('Sat, 21 Jun 2025 00:00:00 GMT')

    const items = childElements(channel, 'item')
    expect(items).toHaveLength(3)
    const first = items[0]!
    expect(textOf(child(first, 'title'))).toBe('Crisis "response"')
    expect(textOf(child(first, 'link'))).toBe('https://example.org/best-practices/crisis-response')
    expect(child(first, 'guid')?.attributes.isPermaLink).toBe('true')
    expect(textOf(child(first, 'guid'))).toBe(textOf(child(first, 'link')))
    expect(textOf(child(first, 'pubDate'))).toBe('Sat, 21 Jun 2025 00:00:00 GMT')
    for (const item of items) {
      expect(new URL(textOf(child(item, 'link'))!).protocol).toBe('https:')
      expect(Number.isNaN(Date.parse(textOf(child(item, 'pubDate'))!))).toBe(false)
    }
  })

  it('stays well-formed and faithful whatever the text holds', () => {
    const entries: FeedEntry[] = HOSTILE.map((text, i) => ({
      title: text,
      link: `https://example.org/best-practices/x?a=1&b=${i}`,
      description: text,
      category: text,
      pubDate: new Date(Date.UTC(2020, 0, i + 1)),
    }))
    const rss = parseXml(buildRss({ ...CHANNEL, title: HOSTILE.join(' '), description: HOSTILE[0]! }, entries))
    const channel = child(rss, 'channel')!
    const items = childElements(channel, 'item')
    expect(items).toHaveLength(HOSTILE.length)
    items.forEach((item, i) => {
      const expected = SANITIZED(HOSTILE[i]!).replace(/\r\n?/g, '\n')
      expect(textOf(child(item, 'title'))?.replace(/\r\n?/g, '\n')).toBe(expected)
      expect(textOf(child(item, 'description'))?.replace(/\r\n?/g, '\n')).toBe(expected)
      expect(textOf(child(item, 'link'))).toBe(`https://example.org/best-practices/x?a=1&b=${i}`)
    })
    // Nothing the text held became markup: exactly one channel, the items and nothing else.
    expect(childElements(rss, 'channel')).toHaveLength(1)
    expect(rss.children.filter((c) => typeof c !== 'string')).toHaveLength(1)
  })

  it('makes a valid channel without items', () => {
    const rss = parseXml(buildRss(CHANNEL, []))
    const channel = child(rss, 'channel')!
    expect(childElements(channel, 'item')).toHaveLength(0)
    expect(child(channel, 'lastBuildDate')).toBeUndefined()
  })
})

describe('the test’s XML reader', () => {
  it.each([
    ['<a><b></a>', 'closes'],
    ['<a>&nbsp;</a>', 'unknown entity'],
    ['<a>x & y</a>', 'unterminated reference'],
    ['<a x=1/>', 'quoted'],
    ['<a>]]></a>', ']]>'],
    ['<a>\u0001</a>', 'not allowed'],
    ['<a/><b/>', 'after the root'],
  ])('rejects %j', (xml, message) => {
    expect(() => parseXml(xml)).toThrow(message)
  })
})
