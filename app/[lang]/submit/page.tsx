import type { Metadata } from 'next'
import { SubmitView, submitMetadata } from '@/components/views/SubmitViews'
import { routeLang } from '@/lib/i18n/route'
import { sendPractice } from './actions'

type Props = { params: Promise<{ lang: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return submitMetadata(await routeLang(params))
}

/** Rendered per request (its own idempotency key, the state of a form sent back): blocking, no static shell. */
export const instant = false

/** The submission form (components/views/SubmitViews.tsx): one view, action and schema, the words in the route's language. */
export default async function SubmitPage({ params }: Props) {
  return <SubmitView lang={await routeLang(params)} action={sendPractice} />
}
