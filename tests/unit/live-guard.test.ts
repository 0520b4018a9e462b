/** What the Live refresh action takes from a caller (lib/content/live-guard.ts; issue 28, item 10). */
import { describe, expect, it } from 'vitest'
import { checkSyncTags, createCallWindow, LIVE_CALLS_PER_WINDOW, LIVE_WINDOW_MS, MAX_TAG_LENGTH, MAX_TAGS } from '@/lib/content/live-guard'

describe('checkSyncTags', () => {
  it('takes the Lake’s sync tags, each once', () => {
    expect(checkSyncTags(['sanity:s1:AbC-_x12Qz', 'sanity:s1:AbC-_x12Qz', 'sanity:s1:zz'])).toEqual(['sanity:s1:AbC-_x12Qz', 'sanity:s1:zz'])
  })

  it.each([
    ['not a list', 'sanity:s1:x'],
    ['an empty list', []],
    ['a number', [1]],
    ['another prefix', ['content']],
    ['a page tag', ['type:city']],
    ['the prefix alone', ['sanity:']],
    ['a space', ['sanity:s1 x']],
    ['a newline (log injection)', ['sanity:s1:x\n[live] forged']],
    ['too long', [`sanity:${'a'.repeat(MAX_TAG_LENGTH)}`]],
    ['too many', Array.from({ length: MAX_TAGS + 1 }, (_, i) => `sanity:s1:${i}`)],
    ['an object', { length: 1, 0: 'sanity:s1:x' }],
  ])('refuses %s', (_, tags) => {
    expect(checkSyncTags(tags)).toBeNull()
  })

  it('takes as many as the bound, each as long as the bound', () => {
    expect(checkSyncTags(Array.from({ length: MAX_TAGS }, (_, i) => `sanity:s1:${i}`))).toHaveLength(MAX_TAGS)
    expect(checkSyncTags([`sanity:${'a'.repeat(MAX_TAG_LENGTH - 'sanity:'.length)}`])).toHaveLength(1)
  })
})

describe('createCallWindow', () => {
  it('lets a client call LIVE_CALLS_PER_WINDOW times a window, says once when it refuses, and forgets after the window', () => {
    const window = createCallWindow()
    const t0 = 1_000_000
    for (let i = 0; i < LIVE_CALLS_PER_WINDOW; i++) expect(window.take('203.0.113.1', t0 + i).allowed).toBe(true)
    expect(window.take('203.0.113.1', t0 + 100)).toEqual({ allowed: false, firstRefusal: true })
    expect(window.take('203.0.113.1', t0 + 101)).toEqual({ allowed: false, firstRefusal: false })
    // Another client is not affected.
    expect(window.take('203.0.113.2', t0 + 102).allowed).toBe(true)
    expect(window.take('203.0.113.1', t0 + LIVE_WINDOW_MS).allowed).toBe(true)
  })
})
