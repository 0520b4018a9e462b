/**
 * `npm run submissions:push [-- --dry-run]`: sends the submissions in the outbox (SUBMISSIONS_DIR,
 * default .data/submissions) to the Sanity dataset named by SANITY_PROJECT_ID and SANITY_DATASET, as
 * drafts staff review under Best practices → Submitted for review. Needs SANITY_API_WRITE_TOKEN. Each
 * submission is sent once: what was sent is recorded in sent.ndjson beside the outbox.
 */
import { submissionsDir, sanityWriteEnv } from '../lib/env'
import { pushOutbox } from '../lib/submissions/push'
import { createSanityWriteClient } from '../lib/submissions/sanity'

async function main() {
  const dryRun = process.argv.includes('--dry-run')
  const env = sanityWriteEnv()
  if (!env) {
    console.error('Set SANITY_PROJECT_ID, SANITY_DATASET and SANITY_API_WRITE_TOKEN (an Editor token) to push submissions.')
    process.exitCode = 2
    return
  }
  const dir = submissionsDir()
  console.log(`${dryRun ? 'Checking' : 'Sending'} the outbox in ${dir} to ${env.projectId}/${env.dataset}`)
  const report = await pushOutbox({
    dir,
    client: createSanityWriteClient(env),
    target: { projectId: env.projectId, dataset: env.dataset },
    dryRun,
    log: (message) => console.log(`  ${message}`),
  })
  console.log(
    `${dryRun ? 'Would send' : 'Sent'} ${report.sent.length}; already sent before: ${report.alreadySent}; unreadable lines: ${report.problems.length}`,
  )
  if (report.problems.length) process.exitCode = 1
}

main().catch((error: unknown) => {
  console.error((error as Error).message)
  process.exitCode = 1
})
