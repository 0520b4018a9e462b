import type { Metadata } from 'next'
import { SubmitView, submitMetadata } from '@/components/views/SubmitViews'
import { sendPractice } from '@/app/(site)/submit/actions'

export async function generateMetadata(): Promise<Metadata> {
  return submitMetadata('es')
}

/** Rendered per request (its own idempotency key, the state of a form sent back): blocking, no static shell. */
export const instant = false

/** The submission form in Spanish: the English form's view, action and schema, with Spanish words and messages. */
export default function SubmitPageEs() {
  return <SubmitView lang="es" action={sendPractice} />
}
