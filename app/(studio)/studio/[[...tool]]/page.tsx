import type { Metadata } from 'next'
import { connection } from 'next/server'
import { metadata as studioMetadata, viewport as studioViewport } from 'next-sanity/studio'
import { StudioApp } from '@/sanity/StudioApp'
import { StudioSetup } from '@/sanity/StudioSetup'
import { loopbackApiHost } from '@/sanity/api-host'
import { isValidProjectId, readStudioEnv, studioTitle } from '@/lib/env'

export const metadata: Metadata = { ...studioMetadata, title: `Studio \u2013 ${studioTitle}` }
export const viewport = studioViewport

/** The Studio renders in the browser; the server only decides which (per request): blocking, no static shell. */
export const instant = false

/**
 * /studio and everything under it: the Sanity Studio for Conference staff, or, while no Sanity
 * project is configured, a page that says how to set one up. The project is read from the
 * environment on each request, so the same build serves any project.
 */
export default async function StudioPage() {
  await connection()
  const env = readStudioEnv()
  if (!env.projectId || !isValidProjectId(env.projectId)) return <StudioSetup invalidProjectId={env.projectId || null} />
  return <StudioApp projectId={env.projectId} dataset={env.dataset} apiHost={loopbackApiHost()} />
}
