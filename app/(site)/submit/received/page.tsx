import type { Metadata } from 'next'
import { ReceivedView, receivedMetadata } from '@/components/views/ReceivedView'

export const metadata: Metadata = receivedMetadata('en')

/** The confirmation (components/views/ReceivedView.tsx; in Spanish at /es/submit/received). */
export default async function SubmissionReceivedPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return <ReceivedView lang="en" params={await searchParams} />
}
