import type { Metadata } from 'next'
import { ReceivedView, receivedMetadata } from '@/components/views/ReceivedView'
import { routeLang } from '@/lib/i18n/route'

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return receivedMetadata(await routeLang(params))
}

/** Rendered per request (the reference is in the address) and small: blocking, no static shell. */
export const instant = false

/** The confirmation (components/views/ReceivedView.tsx), in the language of the form that was sent. */
export default async function SubmissionReceivedPage({ params, searchParams }: Props) {
  return <ReceivedView lang={await routeLang(params)} params={await searchParams} />
}
