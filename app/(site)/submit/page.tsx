import type { Metadata } from 'next'
import { SubmitView, submitMetadata } from '@/components/views/SubmitViews'
import { sendPractice } from './actions'

export async function generateMetadata(): Promise<Metadata> {
  return submitMetadata('en')
}

/** Rendered per request (its own idempotency key, the state of a form sent back): blocking, no static shell. */
export const instant = false

/** The submission form (components/views/SubmitViews.tsx; in Spanish at /es/submit). */
export default function SubmitPage() {
  return <SubmitView lang="en" action={sendPractice} />
}
