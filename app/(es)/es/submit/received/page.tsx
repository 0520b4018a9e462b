import type { Metadata } from 'next'
import { ReceivedView, receivedMetadata } from '@/components/views/ReceivedView'

export const metadata: Metadata = receivedMetadata('es')

/** Rendered per request (the reference is in the address) and small: blocking, no static shell. */
export const instant = false

/** The confirmation in Spanish (a Spanish form is redirected here). */
export default async function SubmissionReceivedPageEs({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return <ReceivedView lang="es" params={await searchParams} />
}
