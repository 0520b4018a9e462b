/**
 * Builders for the Center's dataset. The seed modules in this folder describe documents in readable
 * TypeScript; scripts/build-dataset.ts turns them into Sanity's NDJSON export format.
 *
 * Conventions:
 * - `_id`s are stable and readable: `<type>-<slug>` (see ID below). No dots: Sanity keeps documents
 *   whose id has a dot (a "path", like `drafts.`) out of unauthenticated reads.
 * - References are written with `ref(id)`; every one must resolve (a test checks).
 * - Array items of objects get a deterministic `_key` from the build script; do not write keys by hand.
 * - Rich text is written with `richText()` in a small markdown-like syntax.
 */

import { createHash } from 'node:crypto'
import { TEXT_LANGUAGE_CODES, type TextLanguage } from '../../schemas/lib/types'

/** The `_key` withKeys gives the array item at `path` ("section-about.keyFacts[0]"). */
export function seedKey(path: string): string {
  return createHash('sha1').update(path).digest('hex').slice(0, 12)
}

export type SeedDoc = { _id: string; _type: string } & Record<string, unknown>

/**
 * Gives every object in an array a stable `_key` derived from its document and path, and drops
 * undefined fields: the same document always serializes to the same bytes.
 */
export function withKeys(value: unknown, path: string): unknown {
  if (Array.isArray(value)) {
    return value.map((item, index) => {
      const next = withKeys(item, `${path}[${index}]`)
      if (next && typeof next === 'object' && !Array.isArray(next) && !('_key' in next)) {
        const key = seedKey(`${path}[${index}]`)
        return { _key: key, ...(next as Record<string, unknown>) }
      }
      return next
    })
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, withKeys(v, `${path}.${k}`)]),
    )
  }
  return value
}

export type Reference = { _type: 'reference'; _ref: string; _weak?: boolean }

export function ref(id: string): Reference {
  return { _type: 'reference', _ref: id }
}

export function slug(current: string): { _type: 'slug'; current: string } {
  return { _type: 'slug', current }
}

export function geopoint(lat: number, lng: number): { _type: 'geopoint'; lat: number; lng: number } {
  return { _type: 'geopoint', lat, lng }
}

export function link(title: string, url: string, publisher?: string) {
  return { _type: 'link', title, url, ...(publisher ? { publisher } : {}) }
}

/** `_id` prefixes by document type. */
export const ID = {
  siteSettings: 'siteSettings',
  grantProgram: 'grantProgram',
  section: (s: string) => `section-${s}`,
  compact: (n: number) => `compactComponent-${n}`,
  activity: (s: string) => `activity-${s}`,
  plan: (scope: 'conference' | 'cities', n: number) => `planAction-${scope}-${n}`,
  milestone: (s: string) => `milestone-${s}`,
  person: (s: string) => `person-${s}`,
  city: (s: string) => `city-${s}`,
  practice: (s: string) => `bestPractice-${s}`,
  statement: (s: string) => `mayoralStatement-${s}`,
  org: (s: string) => `organization-${s}`,
  publication: (s: string) => `publication-${s}`,
  report: (s: string) => `report-${s}`,
  round: (year: number) => `grantRound-${year}`,
  award: (year: number, citySlug: string) => `grantAward-${year}-${citySlug}`,
  video: (s: string) => `video-${s}`,
  indicator: (s: string) => `disparityIndicator-${s}`,
} as const

type Span = { _type: 'span'; text: string; marks: string[] }
type MarkDef =
  | { _type: 'link'; _key: string; href: string }
  | { _type: 'internalLink'; _key: string; reference: Reference }
  | { _type: 'inLanguage'; _key: string; language: TextLanguage }
export type Block = {
  _type: 'block'
  style: 'normal' | 'h2' | 'h3' | 'blockquote'
  listItem?: 'bullet' | 'number'
  level?: number
  markDefs: MarkDef[]
  children: Span[]
}

/**
 * Inline syntax: `[text](https://…)` external link, `[text](ref:city-boston-ma)` internal
 * link, `[text]{en}` words in another language (English here), `*text*` emphasis, `**text**` strong.
 */
function inline(text: string, blockIndex: number): { children: Span[]; markDefs: MarkDef[] } {
  const children: Span[] = []
  const markDefs: MarkDef[] = []
  const pattern = /\[([^\]]+)\]\(([^)\s]+)\)|\*\*([^*]+)\*\*|\*([^*]+)\*|\[([^\]]+)\]\{([a-z]{2})\}/g
  let last = 0
  for (const match of text.matchAll(pattern)) {
    const index = match.index ?? 0
    if (index > last) children.push({ _type: 'span', text: text.slice(last, index), marks: [] })
    if (match[1] !== undefined && match[2] !== undefined) {
      const key = `m${blockIndex}x${markDefs.length}`
      const target = match[2]
      markDefs.push(
        target.startsWith('ref:')
          ? { _type: 'internalLink', _key: key, reference: ref(target.slice(4)) }
          : { _type: 'link', _key: key, href: target },
      )
      children.push({ _type: 'span', text: match[1], marks: [key] })
    } else if (match[3] !== undefined) {
      children.push({ _type: 'span', text: match[3], marks: ['strong'] })
    } else if (match[4] !== undefined) {
      children.push({ _type: 'span', text: match[4], marks: ['em'] })
    } else if (match[5] !== undefined && match[6] !== undefined) {
      const language = match[6]
      if (!isTextLanguage(language))
        throw new Error(`richText: "[${match[5]}]{${language}}" names no language of ${TEXT_LANGUAGE_CODES.join(', ')}`)
      const key = `m${blockIndex}x${markDefs.length}`
      markDefs.push({ _type: 'inLanguage', _key: key, language })
      children.push({ _type: 'span', text: match[5], marks: [key] })
    }
    last = index + match[0].length
  }
  if (last < text.length) children.push({ _type: 'span', text: text.slice(last), marks: [] })
  if (children.length === 0) children.push({ _type: 'span', text: '', marks: [] })
  return { children, markDefs }
}

function isTextLanguage(code: string): code is TextLanguage {
  return (TEXT_LANGUAGE_CODES as readonly string[]).includes(code)
}

/**
 * Rich text from a markdown-like source. Paragraphs are separated by blank lines; a line starting
 * with `## ` is a heading, `### ` a subheading, `> ` a quote, `- ` a bullet item, `1. ` a numbered item.
 */
export function richText(source: string): Block[] {
  const blocks: Block[] = []
  const paragraphs = source
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.trim())
  for (const paragraph of paragraphs) {
    const lines = paragraph.split('\n').map((l) => l.trim())
    const isList = lines.every((l) => /^(- |\d+\. )/.test(l))
    const units = isList ? lines : [lines.join(' ')]
    for (const unit of units) {
      let style: Block['style'] = 'normal'
      let listItem: Block['listItem']
      let text = unit
      if (text.startsWith('### ')) [style, text] = ['h3', text.slice(4)]
      else if (text.startsWith('## ')) [style, text] = ['h2', text.slice(3)]
      else if (text.startsWith('> ')) [style, text] = ['blockquote', text.slice(2)]
      else if (text.startsWith('- ')) [listItem, text] = ['bullet', text.slice(2)]
      else if (/^\d+\. /.test(text)) [listItem, text] = ['number', text.replace(/^\d+\. /, '')]
      const { children, markDefs } = inline(text, blocks.length)
      blocks.push({ _type: 'block', style, ...(listItem ? { listItem, level: 1 } : {}), markDefs, children })
    }
  }
  return blocks
}
