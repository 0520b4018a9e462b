import { defineCliConfig } from 'sanity/cli'
import { readStudioEnv } from './lib/public-env'
import { TYPEGEN } from './sanity/typegen'

/**
 * The sanity CLI (`sanity schema validate`, `sanity dataset import|export`, `sanity documents …`)
 * works on the project and dataset named in the environment (see lib/public-env.ts and docs/studio.md's
 * "Sanity Studio" section). The Studio itself is embedded in the site at /studio, so there is no
 * separate `sanity deploy`.
 */
const { projectId, dataset } = readStudioEnv()

export default defineCliConfig({
  api: { projectId: projectId || 'unconfigured', dataset },
  // The Studio ships with the site (next build), at the version pinned in package.json.
  deployment: { autoUpdates: false },
  // Sanity TypeGen (`npm run typegen`; `npm run typegen:check` in `npm test`): see sanity/typegen.ts.
  typegen: TYPEGEN,
})
