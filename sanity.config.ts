/** The Studio's config for the sanity CLI, with the project named in the environment (sanity/env.ts). */
import { createStudioConfig } from './sanity/config'
import { readStudioEnv } from './sanity/env'

export default createStudioConfig(readStudioEnv())
