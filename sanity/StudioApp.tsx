'use client'

/**
 * The Studio in the browser: next-sanity's NextStudio with the Center's config, built for the project
 * the server names. This module (and with it `sanity`) is only ever loaded by /studio.
 */
import { NextStudio } from 'next-sanity/studio/client-component'
import { useMemo } from 'react'
import { createStudioConfig } from './config'
import type { StudioEnv } from '../lib/public-env'

/** `apiHost`: the tests' loopback Content Lake (sanity/api-host.ts), else null. */
export function StudioApp({ projectId, dataset, apiHost = null }: StudioEnv & { apiHost?: string | null }) {
  const config = useMemo(() => createStudioConfig({ projectId, dataset }, { apiHost }), [projectId, dataset, apiHost])
  return <NextStudio config={config} />
}
