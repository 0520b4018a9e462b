import type { Metadata } from 'next'
import { ReceivedView, receivedMetadata } from '@/components/views/ReceivedView'

export const metadata: Metadata = receivedMetadata('en')

/** Rendered per request (the reference is in the address) and small: blocking, no static shell. */
export const instant = false

/** The confirmation (components/views/ReceivedView.tsx; in Spanish at /es/submit/received). */
export default async function SubmissionReceivedPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return <ReceivedView lang="en" params={await searchParams} />
}
