import type { Metadata } from 'next'
import { SubmitView, submitMetadata } from '@/components/views/SubmitViews'
import { sendPractice } from './actions'

export async function generateMetadata(): Promise<Metadata> {
  return submitMetadata('en')
}

/** The submission form (components/views/SubmitViews.tsx; in Spanish at /es/submit). */
export default function SubmitPage() {
  return <SubmitView lang="en" action={sendPractice} />
}
