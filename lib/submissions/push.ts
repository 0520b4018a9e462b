/**
 * Sends the outbox to a Sanity dataset: each record becomes its `bestPractice` draft (createIfNotExists,
 * so a record sent twice still makes one document), and each one sent is written to the sent-ledger
 * (`sent.ndjson` beside the outbox, fsynced line by line), so the next run skips it. One push at a time
 * per folder (`push.lock`). The outbox itself is never changed.
 */
import type { SanityClient } from '@sanity/client'
import { mkdir, open, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { readNdjsonFile } from '../ndjson'
import { OUTBOX_FILE, readOutbox } from './outbox'
import { sendRecord } from './sanity'

export const LEDGER_FILE = 'sent.ndjson'
export const LOCK_FILE = 'push.lock'

export interface LedgerEntry {
  id: string
  reference: string
  /** `<projectId>/<dataset>`: a record is sent once to each dataset. */
  target: string
  sentAt: string
  /** False when the draft was already in the dataset (sent before the ledger recorded it). */
  created: boolean
  /** The city document linked, or null when staff must set the city from `submission.city`. */
  cityId: string | null
}

export interface PushOptions {
  dir: string
  client: SanityClient
  target: { projectId: string; dataset: string }
  dryRun?: boolean
  now?: () => Date
  log?: (message: string) => void
}

export interface PushReport {
  /** References sent in this run (or that would be, with dryRun). */
  sent: string[]
  /** Records sent to this dataset by an earlier run. */
  alreadySent: number
  /** Outbox lines that could not be read, with why. */
  problems: { line: number; problem: string }[]
}

export async function readLedger(dir: string): Promise<LedgerEntry[]> {
  const lines = await readNdjsonValues(join(dir, LEDGER_FILE))
  return lines.filter((entry): entry is LedgerEntry => Boolean(entry && typeof entry === 'object' && 'id' in entry && 'target' in entry))
}

async function readNdjsonValues(file: string): Promise<unknown[]> {
  // A torn last line is left out: that record was not confirmed, so it is sent (again) next time.
  return (await readNdjsonFile(file)).flatMap(({ value, problem }) => (problem ? [] : [value]))
}

async function appendLine(file: string, value: unknown) {
  const handle = await open(file, 'a', 0o600)
  try {
    await handle.write(`${JSON.stringify(value)}\n`)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

async function withLock<T>(dir: string, task: () => Promise<T>): Promise<T> {
  await mkdir(dir, { recursive: true, mode: 0o700 })
  const lock = join(dir, LOCK_FILE)
  let handle
  try {
    handle = await open(lock, 'wx', 0o600)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new Error(`Another push is running (${lock} exists). If none is, delete that file and run the push again.`)
    }
    throw error
  }
  try {
    await handle.write(`${process.pid} ${new Date().toISOString()}\n`)
    await handle.close()
    return await task()
  } finally {
    await rm(lock, { force: true })
  }
}

export async function pushOutbox({
  dir,
  client,
  target,
  dryRun = false,
  now = () => new Date(),
  log = () => undefined,
}: PushOptions): Promise<PushReport> {
  return withLock(dir, async () => {
    const targetName = `${target.projectId}/${target.dataset}`
    const ledger = await readLedger(dir)
    const done = new Set(ledger.filter((entry) => entry.target === targetName).map((entry) => entry.id))
    const report: PushReport = { sent: [], alreadySent: 0, problems: [] }
    for (const line of await readOutbox(join(dir, OUTBOX_FILE))) {
      if (!line.record) {
        report.problems.push({ line: line.line, problem: line.problem ?? 'unreadable' })
        log(`outbox line ${line.line} skipped: ${line.problem}`)
        continue
      }
      const record = line.record
      if (done.has(record.id)) {
        report.alreadySent += 1
        continue
      }
      done.add(record.id)
      if (dryRun) {
        report.sent.push(record.reference)
        log(`would send ${record.reference}`)
        continue
      }
      const sent = await sendRecord(client, record)
      const missing = record.practice.compactComponents.filter((id) => !sent.targets.compactComponentIds.includes(id))
      await appendLine(join(dir, LEDGER_FILE), {
        id: record.id,
        reference: record.reference,
        target: targetName,
        sentAt: now().toISOString(),
        created: sent.created,
        cityId: sent.targets.cityId,
      } satisfies LedgerEntry)
      report.sent.push(record.reference)
      log(
        `sent ${record.reference} as drafts.${record.id}${sent.created ? '' : ' (already there)'}` +
          (sent.targets.cityId ? '' : `; no city document for ${record.city.name}, ${record.city.state}: staff set it`) +
          (missing.length ? `; components not in the dataset, left out: ${missing.join(', ')}` : ''),
      )
    }
    return report
  })
}
