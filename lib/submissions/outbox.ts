/**
 * The outbox: an append-only NDJSON file, one SubmissionRecord a line, in SUBMISSIONS_DIR. Used when
 * no Sanity project is configured (the embedded default); `npm run submissions:push` sends it on.
 *
 * Safety: every append happens under an in-process mutex, as ONE write() of the whole line on a
 * file opened for appending (O_APPEND), followed by fsync before the submitter is told it arrived.
 * A line left torn by a crash is skipped when read, and the next append starts on a fresh line.
 * Idempotency: the keys already in the file are read once, then kept in memory.
 */
import { mkdir, open, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { isSubmissionRecord, type SubmissionRecord } from './record'
import type { SubmissionStore } from './store'

export const OUTBOX_FILE = 'outbox.ndjson'

export interface OutboxLine {
  line: number
  record?: SubmissionRecord
  /** Why the line could not be read (torn by a crash, or edited by hand). */
  problem?: string
}

/** Reads every line of an outbox file (missing file: none). */
export async function readOutbox(file: string): Promise<OutboxLine[]> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  const lines: OutboxLine[] = []
  text.split('\n').forEach((content, index) => {
    if (!content.trim()) return
    try {
      const value: unknown = JSON.parse(content)
      lines.push(isSubmissionRecord(value) ? { line: index + 1, record: value } : { line: index + 1, problem: 'not a submission record' })
    } catch {
      lines.push({ line: index + 1, problem: 'not valid JSON (a torn write?)' })
    }
  })
  return lines
}

/** Runs tasks one at a time, in the order they were queued. */
export function createMutex() {
  let tail: Promise<unknown> = Promise.resolve()
  return function exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = tail.then(task, task)
    tail = run.catch(() => undefined)
    return run
  }
}

export interface OutboxStore extends SubmissionStore {
  readonly kind: 'outbox'
  readonly file: string
}

export function createOutboxStore(dir: string): OutboxStore {
  const file = join(dir, OUTBOX_FILE)
  const exclusive = createMutex()
  let known: Map<string, SubmissionRecord> | undefined
  let lineStartChecked = false

  async function load(): Promise<Map<string, SubmissionRecord>> {
    if (!known) {
      const map = new Map<string, SubmissionRecord>()
      for (const { record } of await readOutbox(file)) if (record && !map.has(record.key)) map.set(record.key, record)
      known = map
    }
    return known
  }

  /** When the file does not end with a line break (a torn last line), the next line must start on its own. */
  async function needsLeadingNewline(): Promise<boolean> {
    if (lineStartChecked) return false
    lineStartChecked = true
    const size = await stat(file).then(
      (s) => s.size,
      () => 0,
    )
    if (size === 0) return false
    const handle = await open(file, 'r')
    try {
      const last = Buffer.alloc(1)
      await handle.read(last, 0, 1, size - 1)
      return last[0] !== 0x0a
    } finally {
      await handle.close()
    }
  }

  async function append(record: SubmissionRecord) {
    await mkdir(dir, { recursive: true, mode: 0o700 })
    const created = await stat(file).then(
      () => false,
      () => true,
    )
    const prefix = (await needsLeadingNewline()) ? '\n' : ''
    const bytes = Buffer.from(`${prefix}${JSON.stringify(record)}\n`, 'utf8')
    // 'a' is O_APPEND: the kernel puts each write() at the end of the file, even with other writers.
    const handle = await open(file, 'a', 0o600)
    try {
      let offset = 0
      while (offset < bytes.length) offset += (await handle.write(bytes, offset, bytes.length - offset)).bytesWritten
      await handle.sync()
    } finally {
      await handle.close()
    }
    if (created) await syncDirectory(dir)
  }

  return {
    kind: 'outbox',
    file,
    async find(key) {
      const record = (await load()).get(key)
      return record ? { reference: record.reference, submittedAt: record.submittedAt } : null
    },
    save(record) {
      return exclusive(async () => {
        const map = await load()
        const existing = map.get(record.key)
        if (existing) return { reference: existing.reference, submittedAt: existing.submittedAt, created: false }
        await append(record)
        map.set(record.key, record)
        return { reference: record.reference, submittedAt: record.submittedAt, created: true }
      })
    },
  }
}

/** Makes a new file's name durable too (its directory entry), where the platform allows. */
async function syncDirectory(dir: string) {
  try {
    const handle = await open(dir, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    // Some platforms cannot open or sync a directory; the file's own data is already synced.
  }
}
