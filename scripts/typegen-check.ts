/**
 * `npm run typegen:check` (part of `npm test`): fails when the committed schema.json or
 * sanity.types.ts is not what `npm run typegen` makes of the schemas and queries now. It extracts
 * the schema and generates the types into a temporary folder, with the same settings (the `typegen`
 * key of sanity.cli.ts), and compares; the committed files are left as they are.
 */
import { spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { configDefinition, runTypegenGenerate } from '@sanity/codegen'
import { TYPEGEN } from '../sanity/typegen'

const root = resolve(import.meta.dirname, '..')

/** Whether the committed file differs from the fresh one, once the fresh one names the committed schema file. */
async function differs(committed: string, fresh: string, freshSchema: string): Promise<boolean> {
  const [a, b] = await Promise.all([readFile(join(root, committed), 'utf8').catch(() => null), readFile(fresh, 'utf8')])
  return a !== b.replaceAll(`// Source: ${relative(root, freshSchema)}\n`, `// Source: ${relative(root, TYPEGEN.schema)}\n`)
}

async function main(): Promise<number> {
  // Inside the project (tmp/ is ignored): `sanity schema extract --path` is taken from the project root.
  await mkdir(join(root, 'tmp'), { recursive: true })
  const dir = await mkdtemp(join(root, 'tmp', 'typegen-check-'))
  try {
    const schema = join(dir, 'schema.json')
    const extract = spawnSync(
      join(root, 'node_modules/.bin/sanity'),
      ['schema', 'extract', '--enforce-required-fields', '--path', relative(root, schema)],
      { cwd: root, encoding: 'utf8', env: { ...process.env, SANITY_TELEMETRY_DISABLED: '1' } },
    )
    if (extract.status !== 0) {
      console.error(`sanity schema extract failed:\n${extract.stdout}\n${extract.stderr}`)
      return 1
    }
    const types = join(dir, 'sanity.types.ts')
    // Parsed as the CLI parses its config, so the defaults (formatting with prettier) are the same.
    await runTypegenGenerate({ config: configDefinition.parse({ ...TYPEGEN, schema, generates: types }), workDir: root })

    const stale = [
      ...((await differs(TYPEGEN.schema, schema, schema)) ? [TYPEGEN.schema] : []),
      ...((await differs(TYPEGEN.generates, types, schema)) ? [TYPEGEN.generates] : []),
    ]
    if (stale.length > 0) {
      console.error(
        `Stale TypeGen output: ${stale.join(' and ')} ${stale.length > 1 ? 'differ' : 'differs'} from what the schemas ` +
          `and lib/content/queries.ts make now. Run \`npm run typegen\` and commit the result.`,
      )
      return 1
    }
    console.log(`TypeGen output is fresh (${TYPEGEN.schema}, ${TYPEGEN.generates}).`)
    return 0
  } finally {
    if (!process.env.TYPEGEN_CHECK_KEEP) await rm(dir, { recursive: true, force: true })
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
