/**
 * `npm run dataset:import` and `npm run dataset:export`, without a real Sanity project: the import's
 * safety check counts documents on the loopback query server (SANITY_API_HOST) and stops short of
 * the sanity CLI with --dry-run; the export's archive handling runs on a tarball made here.
 */
import { execFile, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { countDocuments, readFileFromTarGz, targetClient } from '@/scripts/dataset-lib'
import { publishedDocumentsNdjson } from '@/scripts/dataset-export'
import { decideImport, parseImportArgs } from '@/scripts/dataset-import'
import { startQueryServer, type QueryServer } from '../support/query-server'

describe('the import decision', () => {
  it('imports into an empty dataset', () => {
    expect(decideImport(0, false).proceed).toBe(true)
  })

  it('refuses a dataset with documents unless told to replace', () => {
    const refused = decideImport(12, false)
    expect(refused.proceed).toBe(false)
    expect(refused.message).toMatch(/12 documents/)
    expect(refused.message).toMatch(/--replace/)
    expect(decideImport(12, true).proceed).toBe(true)
  })

  it('reads --replace, DATASET_IMPORT_REPLACE, --file and --dry-run', () => {
    expect(parseImportArgs([], {})).toEqual({ file: 'sanity/dataset/production.ndjson', replace: false, dryRun: false })
    expect(parseImportArgs(['--replace'], {}).replace).toBe(true)
    expect(parseImportArgs([], { DATASET_IMPORT_REPLACE: '1' }).replace).toBe(true)
    expect(parseImportArgs(['--file', 'x.ndjson', '--dry-run'], {})).toMatchObject({ file: 'x.ndjson', dryRun: true })
    expect(() => parseImportArgs(['--force'], {})).toThrow(/Unknown option --force/)
  })
})

describe('the import script against a dataset', () => {
  let full: QueryServer
  let empty: QueryServer
  beforeAll(async () => {
    full = await startQueryServer({
      documents: [
        { _id: 'city-a', _type: 'city' },
        { _id: 'drafts.city-b', _type: 'city' },
        { _id: '_.groups.editors', _type: 'system.group' },
      ],
    })
    empty = await startQueryServer({ documents: [{ _id: '_.groups.editors', _type: 'system.group' }] })
  })
  afterAll(async () => {
    await full.stop()
    await empty.stop()
  })

  /** Runs the script in a child process (asynchronously: the query server answers from this one). */
  const run = (server: QueryServer, args: string[], env: Record<string, string> = {}) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, [join('node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/dataset-import.ts', ...args], {
      encoding: 'utf8',
      timeout: 60_000,
      env: {
        ...process.env,
        NEXT_PUBLIC_SANITY_PROJECT_ID: '',
        SANITY_STUDIO_PROJECT_ID: '',
        SANITY_PROJECT_ID: 'test1234',
        SANITY_DATASET: server.dataset,
        SANITY_API_HOST: server.url,
        SANITY_API_WRITE_TOKEN: server.token,
        SANITY_WRITE_TOKEN: '',
        SANITY_AUTH_TOKEN: '',
        DATASET_IMPORT_REPLACE: '',
        ...env,
      },
    }, (error, stdout, stderr) => resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }))
    })

  it('counts documents and drafts, not system documents', async () => {
    const client = (server: QueryServer) =>
      targetClient({ projectId: 'test1234', dataset: server.dataset, token: server.token, apiHost: server.url })
    expect(await countDocuments(client(full))).toBe(2)
    expect(await countDocuments(client(empty))).toBe(0)
  })

  it('refuses to import into a dataset that has documents', async () => {
    const result = await run(full, ['--dry-run'])
    expect(result.status, result.stderr).toBe(2)
    expect(result.stdout).toMatch(/already holds 2 documents/)
    expect(result.stdout).not.toMatch(/would run/)
  })

  it('imports over them with --replace', async () => {
    const result = await run(full, ['--replace', '--dry-run'])
    expect(result.status, result.stderr).toBe(0)
    expect(result.stdout).toContain(
      'would run `sanity dataset import sanity/dataset/production.ndjson --dataset production --project-id test1234 --replace`',
    )
    expect(result.stdout).not.toContain(full.token)
  })

  it('imports into an empty dataset without being told', async () => {
    const result = await run(empty, ['--dry-run'])
    expect(result.status, result.stderr).toBe(0)
    expect(result.stdout).toMatch(/would run `sanity dataset import sanity\/dataset\/production.ndjson --dataset production --project-id test1234`/)
  })

  it('says what is missing without a project or a token', async () => {
    const noProject = await run(empty, ['--dry-run'], { SANITY_PROJECT_ID: '' })
    expect(noProject.status).toBe(1)
    expect(noProject.stderr).toMatch(/Set SANITY_PROJECT_ID/)
    const noToken = await run(empty, ['--dry-run'], { SANITY_API_WRITE_TOKEN: '', SANITY_WRITE_TOKEN: '', SANITY_AUTH_TOKEN: '' })
    expect(noToken.status).toBe(1)
    expect(noToken.stderr).toMatch(/SANITY_API_WRITE_TOKEN/)
  })
})

describe('the export', () => {
  it('takes data.ndjson out of the CLI\u2019s archive', () => {
    const folder = mkdtempSync(join(tmpdir(), 'export-test-'))
    const inner = join(folder, 'production-export-2026-01-01t00-00-00-000z')
    mkdirSync(inner)
    writeFileSync(join(inner, 'data.ndjson'), '{"_id":"a","_type":"city"}\n')
    writeFileSync(join(inner, 'assets.json'), '{}')
    const made = spawnSync('tar', ['-czf', join(folder, 'export.tar.gz'), '-C', folder, 'production-export-2026-01-01t00-00-00-000z'])
    expect(made.status).toBe(0)
    expect(readFileFromTarGz(readFileSync(join(folder, 'export.tar.gz')), 'data.ndjson')).toBe('{"_id":"a","_type":"city"}\n')
    expect(readFileFromTarGz(readFileSync(join(folder, 'export.tar.gz')), 'nothing.ndjson')).toBeNull()
  })

  it('keeps published content documents only', () => {
    const input = [
      { _id: 'city-a', _type: 'city' },
      { _id: 'drafts.city-a', _type: 'city' },
      { _id: '_.groups.x', _type: 'system.group' },
      { _id: 'sanity-preview-url-secret.1', _type: 'sanity.previewUrlSecret' },
      { _id: 'image-1', _type: 'sanity.imageAsset' },
    ]
      .map((d) => JSON.stringify(d))
      .join('\n')
    expect(publishedDocumentsNdjson(input)).toEqual({ text: '{"_id":"city-a","_type":"city"}\n', kept: 1, dropped: 4 })
  })
})
