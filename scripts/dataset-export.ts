/**
 * Writes a Sanity project's dataset back to NDJSON, the format of sanity/dataset/production.ndjson:
 *
 *   SANITY_PROJECT_ID=… SANITY_DATASET=production SANITY_API_READ_TOKEN=… npm run dataset:export
 *
 * `sanity dataset export` writes a .tar.gz (the documents as data.ndjson, plus asset files); this
 * script runs it without assets and drafts into a temporary folder, takes data.ndjson out of the
 * archive, drops Sanity's system documents, and writes the published documents to
 * sanity/dataset/<dataset>.export.ndjson (or `--out <file>`). Serve it with CENTER_DATASET_FILE, or
 * compare it with the committed dataset. (Writing over sanity/dataset/production.ndjson is allowed
 * with --out, but that file is built from sanity/seed/, and a test flags the difference.)
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseNdjson, toNdjson } from '../lib/ndjson'
import { UsageError, runWhenMain, datasetTarget, readFileFromTarGz, runSanityCli } from './dataset-lib'

export function parseExportArgs(argv: readonly string[], dataset: string): { out: string } {
  let out = join('sanity', 'dataset', `${dataset}.export.ndjson`)
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') {
      const value = argv[++i]
      if (!value) throw new UsageError('--out needs a path')
      out = value
    } else throw new UsageError(`Unknown option ${argv[i]}. Use --out <file>.`)
  }
  return { out }
}

/** Keeps published content documents only: no system documents (`_.…`), drafts, versions or `sanity.*` types. */
export function publishedDocumentsNdjson(ndjson: string): { text: string; kept: number; dropped: number } {
  const docs = parseNdjson<{ _id: string; _type: string }>(ndjson, 'data.ndjson')
  const kept = docs.filter((doc) => !(doc._id.includes('.') || doc._type.startsWith('sanity.') || doc._type.startsWith('system.')))
  return { text: toNdjson(kept), kept: kept.length, dropped: docs.length - kept.length }
}

export async function main(argv: readonly string[]): Promise<number> {
  const target = datasetTarget(process.env, 'read')
  const { out } = parseExportArgs(argv, target.dataset)
  const folder = mkdtempSync(join(tmpdir(), 'center-export-'))
  try {
    const archive = join(folder, `${target.dataset}.tar.gz`)
    const code = runSanityCli(
      ['dataset', 'export', target.dataset, archive, '--project-id', target.projectId, '--no-assets', '--no-drafts', '--overwrite'],
      { SANITY_AUTH_TOKEN: target.token },
    )
    if (code !== 0) return code
    const data = readFileFromTarGz(readFileSync(archive), 'data.ndjson')
    if (data === null) throw new Error(`No data.ndjson in ${archive}`)
    const { text, kept, dropped } = publishedDocumentsNdjson(data)
    writeFileSync(out, text)
    console.log(`Wrote ${kept} documents to ${out}${dropped ? ` (left out ${dropped} system or draft documents)` : ''}.`)
    return 0
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

runWhenMain(import.meta.url, main)
