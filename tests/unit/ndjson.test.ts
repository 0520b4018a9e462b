import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ndjsonLines, parseNdjson, readNdjsonFile, toNdjson } from '@/lib/ndjson'

describe('the NDJSON reader (lib/ndjson.ts)', () => {
  it('reads one value a line, skipping blank lines, and numbers lines as the file does', () => {
    expect(ndjsonLines('{"a":1}\n\n  \n[2]\n"three"\n')).toEqual([
      { line: 1, value: { a: 1 } },
      { line: 4, value: [2] },
      { line: 5, value: 'three' },
    ])
  })

  it('keeps a line that is not JSON as a problem, and parseNdjson names where it is', () => {
    const text = '{"a":1}\n{"torn":\n'
    expect(ndjsonLines(text)[1]).toMatchObject({ line: 2, problem: expect.stringMatching(/^not valid JSON/) })
    expect(() => parseNdjson(text, 'outbox.ndjson')).toThrow(/^outbox\.ndjson:2: not valid JSON/)
  })

  it('writes what it reads back, and reads a missing file as empty', async () => {
    const values = [{ _id: 'a', text: 'line\nbreak' }, { _id: 'b' }]
    expect(toNdjson(values)).toBe('{"_id":"a","text":"line\\nbreak"}\n{"_id":"b"}\n')
    expect(parseNdjson(toNdjson(values))).toEqual(values)
    expect(toNdjson([])).toBe('')
    const dir = mkdtempSync(join(tmpdir(), 'ndjson-'))
    expect(await readNdjsonFile(join(dir, 'missing.ndjson'))).toEqual([])
    writeFileSync(join(dir, 'some.ndjson'), toNdjson(values))
    expect((await readNdjsonFile(join(dir, 'some.ndjson'))).map((l) => l.value)).toEqual(values)
  })
})
