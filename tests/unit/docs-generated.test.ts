/** The docs' generated blocks (scripts/docs-blocks.ts) are what the code generates today. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DOCUMENT_TYPES } from '@/lib/content/tags'
import { blockNames, DOCS_WITH_BLOCKS, GENERATORS, regenerate } from '../../scripts/docs-blocks'

describe('generated blocks in the docs', () => {
  it.each(DOCS_WITH_BLOCKS)('%s is up to date (npm run docs:generate rewrites it)', (file) => {
    const text = readFileSync(file, 'utf8')
    expect(blockNames(text).length, 'the file holds at least one block').toBeGreaterThan(0)
    expect(text).toBe(regenerate(text))
  })

  it('every generator has its block in a doc', () => {
    const names = DOCS_WITH_BLOCKS.flatMap((file) => blockNames(readFileSync(file, 'utf8')))
    expect(names.sort()).toEqual(Object.keys(GENERATORS).sort())
  })

  it('notices a stale block and refuses an unknown one', () => {
    const stale = '<!-- generated:webhook-settings -->\n| Filter | old |\n<!-- /generated:webhook-settings -->'
    expect(regenerate(stale)).not.toBe(stale)
    expect(regenerate(stale)).toContain(`"${DOCUMENT_TYPES[0]}"`)
    expect(() => regenerate('<!-- generated:nope -->\nx\n<!-- /generated:nope -->')).toThrow('no generator for the block "nope"')
  })
})
