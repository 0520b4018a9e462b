/** The Studio's config for the sanity CLI, with the project named in the environment (lib/public-env.ts). */
import { createStudioConfig } from './sanity/config'
import { readStudioEnv } from './lib/public-env'

export default createStudioConfig(readStudioEnv())
