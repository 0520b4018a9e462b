/**
 * Loads the Center's dataset (sanity/dataset/production.ndjson) into a real Sanity project:
 *
 *   SANITY_PROJECT_ID=… SANITY_DATASET=production SANITY_API_WRITE_TOKEN=… npm run dataset:import
 *
 * It first counts the documents already in the target dataset and refuses to go on when there are
 * any, so staff work is never overwritten by accident. To import anyway (documents with the same
 * ids are replaced; others are left alone), add `-- --replace` or set DATASET_IMPORT_REPLACE=1.
 *
 * Options: `--file <ndjson>` imports another file; `--dry-run` checks and prints the command only.
 */
import { existsSync } from 'node:fs'
import { UsageError, runWhenMain, countDocuments, datasetTarget, runSanityCli, targetClient } from './dataset-lib'

export const DEFAULT_IMPORT_FILE = 'sanity/dataset/production.ndjson'

export interface ImportOptions {
  file: string
  replace: boolean
  dryRun: boolean
}

export function parseImportArgs(argv: readonly string[], env: Record<string, string | undefined> = process.env): ImportOptions {
  const options: ImportOptions = {
    file: DEFAULT_IMPORT_FILE,
    replace: /^(1|true|yes)$/i.test(env.DATASET_IMPORT_REPLACE ?? ''),
    dryRun: false,
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--replace') options.replace = true
    else if (arg === '--dry-run') options.dryRun = true
    else if (arg === '--file') {
      const file = argv[++i]
      if (!file) throw new UsageError('--file needs a path')
      options.file = file
    } else throw new UsageError(`Unknown option ${arg}. Use --replace, --file <ndjson> or --dry-run.`)
  }
  return options
}

/** Whether to import into a dataset holding `count` documents. */
export function decideImport(count: number, replace: boolean): { proceed: boolean; message: string } {
  if (count === 0) return { proceed: true, message: 'The dataset is empty: importing.' }
  if (replace) {
    return {
      proceed: true,
      message: `The dataset holds ${count} documents; --replace given: documents with the same ids will be replaced.`,
    }
  }
  return {
    proceed: false,
    message:
      `The dataset already holds ${count} documents, so nothing was imported (staff edits would be overwritten).\n` +
      'To replace the documents that have the same ids, run `npm run dataset:import -- --replace` ' +
      '(or set DATASET_IMPORT_REPLACE=1). Export it first with `npm run dataset:export` to keep a copy.',
  }
}

export async function main(argv: readonly string[]): Promise<number> {
  const options = parseImportArgs(argv)
  if (!existsSync(options.file)) throw new UsageError(`No such file: ${options.file}`)
  const target = datasetTarget(process.env, 'write')
  const count = await countDocuments(targetClient(target))
  const decision = decideImport(count, options.replace)
  console.log(`Project ${target.projectId}, dataset "${target.dataset}". ${decision.message}`)
  if (!decision.proceed) return 2

  const args = ['dataset', 'import', options.file, '--dataset', target.dataset, '--project-id', target.projectId]
  if (options.replace) args.push('--replace')
  if (options.dryRun) {
    console.log(`Dry run: would run \`sanity ${args.join(' ')}\``)
    return 0
  }
  // The token goes through the environment, never the command line (visible to other processes).
  return runSanityCli(args, { SANITY_IMPORT_TOKEN: target.token })
}

runWhenMain(import.meta.url, main)
