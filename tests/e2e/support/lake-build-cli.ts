/**
 * Makes the Content Lake specs' shared build ahead of Playwright (`npm test` runs this beside the
 * site's own build, scripts/test.ts): the record names E2E_RUN_ID, which the test command passes to
 * Playwright too, so the lake specs find the build made and do not build again (lake-build.ts).
 */
import { buildLakeSite } from './lake-build'
import { Output } from './revalidation-server'

if (!process.env.E2E_RUN_ID) throw new Error('E2E_RUN_ID names the Playwright run this build is for: set it (npm test does)')
const output = new Output()
buildLakeSite(output).then(
  () => {
    console.log(output.text())
    process.exit(0)
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
