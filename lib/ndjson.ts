/**
 * The one NDJSON reader (and writer): one JSON value a line, blank lines skipped. Used by the
 * embedded source, the submissions outbox and its push ledger, the dataset scripts and the tests.
 */
import { readFile } from 'node:fs/promises'

export interface NdjsonLine {
  /** 1-based line number in the text. */
  line: number
  /** The parsed value, unless the line is not JSON. */
  value?: unknown
  /** Why the line could not be parsed. */
  problem?: string
}

/** Every non-blank line, parsed; a line that is not JSON carries a `problem` (this never throws). */
export function ndjsonLines(text: string): NdjsonLine[] {
  const lines: NdjsonLine[] = []
  text.split('\n').forEach((content, index) => {
    if (!content.trim()) return
    try {
      lines.push({ line: index + 1, value: JSON.parse(content) as unknown })
    } catch (error) {
      lines.push({ line: index + 1, problem: `not valid JSON (${(error as Error).message})` })
    }
  })
  return lines
}

/** Every value; the first line that is not JSON throws `<origin>:<line>: not valid JSON (…)`. */
export function parseNdjson<T = unknown>(text: string, origin = 'NDJSON'): T[] {
  return ndjsonLines(text).map(({ line, value, problem }) => {
    if (problem) throw new Error(`${origin}:${line}: ${problem}`)
    return value as T
  })
}

/** The lines of a file, as ndjsonLines; a missing file has none. */
export async function readNdjsonFile(file: string): Promise<NdjsonLine[]> {
  try {
    return ndjsonLines(await readFile(file, 'utf8'))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
}

/** Values as NDJSON text: one line each, ending with a newline ('' for none). */
export function toNdjson(values: readonly unknown[]): string {
  return values.map((value) => `${JSON.stringify(value)}\n`).join('')
}
