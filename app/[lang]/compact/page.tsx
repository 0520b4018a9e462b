import type { Metadata } from 'next'
import { CompactView, compactMetadata } from '@/components/views/CompactViews'
import { routeLang } from '@/lib/i18n/route'

type Props = { params: Promise<{ lang: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return compactMetadata(await routeLang(params))
}

export default async function CompactPage({ params }: Props) {
  return <CompactView lang={await routeLang(params)} />
}
