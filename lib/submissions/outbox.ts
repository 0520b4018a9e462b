/**
 * The outbox: an append-only NDJSON file, one SubmissionRecord a line, in SUBMISSIONS_DIR. Used when
 * no Sanity project is configured (the embedded default); `npm run submissions:push` sends it on.
 *
 * Any number of server processes may share one outbox (several `next start` on a machine, or on a
 * shared disk). Each save happens under a lock file (`outbox.lock`, created with O_EXCL; one taken
 * longer than LOCK_STALE_MS ago by a process that died is broken), in which the process reads the
 * lines other processes appended since it last looked, checks the key (a repeat answers with the
 * stored record) and the client's count in the window (the rate limit), and appends the line as ONE
 * write() on a file opened for appending (O_APPEND), fsynced before the submitter is told it arrived.
 * A line left torn by a crash is skipped when read, and the next append starts on a fresh line.
 */
import { mkdir, open, stat, unlink, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import { ndjsonLines, readNdjsonFile, type NdjsonLine } from '../ndjson'
import { isSubmissionRecord, type SubmissionRecord } from './record'
import { retryAfterSeconds, type SubmissionStore } from './store'

export const OUTBOX_FILE = 'outbox.ndjson'
export const OUTBOX_LOCK_FILE = 'outbox.lock'
/** A lock older than this was left by a process that died mid-save (a save takes milliseconds). */
const LOCK_STALE_MS = 10_000
/** How long a save waits for the lock before giving up (the submitter is told to try again). */
const LOCK_TIMEOUT_MS = 15_000

export interface OutboxLine {
  line: number
  record?: SubmissionRecord
  /** Why the line could not be read (torn by a crash, or edited by hand). */
  problem?: string
}

function outboxLine({ line, value, problem }: NdjsonLine): OutboxLine {
  if (problem) return { line, problem: 'not valid JSON (a torn write?)' }
  return isSubmissionRecord(value) ? { line, record: value } : { line, problem: 'not a submission record' }
}

/** Reads every line of an outbox file (missing file: none). */
export async function readOutbox(file: string): Promise<OutboxLine[]> {
  return (await readNdjsonFile(file)).map(outboxLine)
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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Runs the task holding `file` (created exclusively, removed after), across processes. */
export async function withLockFile<T>(file: string, task: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + LOCK_TIMEOUT_MS
  let handle: FileHandle | undefined
  for (let attempt = 0; !handle; attempt++) {
    try {
      handle = await open(file, 'wx', 0o600)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const age = await stat(file).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      )
      if (age > LOCK_STALE_MS) await unlink(file).catch(() => undefined)
      else if (Date.now() > deadline) throw new Error(`the outbox lock ${file} is held too long`)
      else await sleep(Math.min(2 + attempt, 25))
    }
  }
  try {
    return await task()
  } finally {
    await handle.close().catch(() => undefined)
    await unlink(file).catch(() => undefined)
  }
}

export interface OutboxStore extends SubmissionStore {
  readonly kind: 'outbox'
  readonly file: string
}

export function createOutboxStore(dir: string): OutboxStore {
  const file = join(dir, OUTBOX_FILE)
  const lockFile = join(dir, OUTBOX_LOCK_FILE)
  const exclusive = createMutex()
  // What this process has read of the file: the records by key, each client's submission times,
  // and how far it has read (only whole lines; a torn tail is read again once a line ends it).
  let known = new Map<string, SubmissionRecord>()
  let byClient = new Map<string, number[]>()
  let offset = 0
  const serially = createMutex()

  async function readNewLines(): Promise<void> {
    let handle: FileHandle
    try {
      handle = await open(file, 'r')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
      throw error
    }
    try {
      const { size } = await handle.stat()
      if (size < offset) {
        // Replaced or truncated by hand: read it again from the start.
        known = new Map()
        byClient = new Map()
        offset = 0
      }
      if (size === offset) return
      const bytes = Buffer.alloc(size - offset)
      let read = 0
      while (read < bytes.length) {
        const { bytesRead } = await handle.read(bytes, read, bytes.length - read, offset + read)
        if (bytesRead === 0) break
        read += bytesRead
      }
      const end = bytes.subarray(0, read).lastIndexOf(0x0a)
      if (end < 0) return
      for (const parsed of ndjsonLines(bytes.subarray(0, end).toString('utf8'))) {
        const { record } = outboxLine(parsed)
        if (!record || known.has(record.key)) continue
        known.set(record.key, record)
        if (record.client) {
          const times = byClient.get(record.client) ?? []
          times.push(Date.parse(record.submittedAt))
          byClient.set(record.client, times)
        }
      }
      offset += end + 1
    } finally {
      await handle.close()
    }
  }

  /** Catches up with the file: everything written before the call is read when it resolves. */
  function refresh(): Promise<void> {
    return serially(readNewLines)
  }

  async function append(record: SubmissionRecord) {
    const created = await stat(file).then(
      () => false,
      () => true,
    )
    const prefix = (await endsMidLine()) ? '\n' : ''
    const bytes = Buffer.from(`${prefix}${JSON.stringify(record)}\n`, 'utf8')
    // 'a' is O_APPEND: the kernel puts each write() at the end of the file, even with other writers.
    const handle = await open(file, 'a', 0o600)
    try {
      let written = 0
      while (written < bytes.length) written += (await handle.write(bytes, written, bytes.length - written)).bytesWritten
      await handle.sync()
    } finally {
      await handle.close()
    }
    if (created) await syncDirectory(dir)
  }

  /** When the file does not end with a line break (a torn last line), the next line must start on its own. */
  async function endsMidLine(): Promise<boolean> {
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

  return {
    kind: 'outbox',
    file,
    async find(key) {
      await refresh()
      const record = known.get(key)
      return record ? { reference: record.reference, submittedAt: record.submittedAt } : null
    },
    save(record, limit) {
      return exclusive(async () => {
        await mkdir(dir, { recursive: true, mode: 0o700 })
        return withLockFile(lockFile, async () => {
          await refresh()
          const existing = known.get(record.key)
          if (existing) return { status: 'existing' as const, reference: existing.reference, submittedAt: existing.submittedAt }
          if (limit && record.client) {
            const now = Date.parse(record.submittedAt)
            const recent = (byClient.get(record.client) ?? []).filter((t) => t > now - limit.windowMs)
            if (recent.length >= limit.max) {
              return { status: 'limited' as const, retryAfterSeconds: retryAfterSeconds(Math.min(...recent), limit.windowMs, now) }
            }
          }
          await append(record)
          await refresh()
          return { status: 'created' as const, reference: record.reference, submittedAt: record.submittedAt }
        })
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
