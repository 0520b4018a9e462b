import type { Metadata } from 'next'
import { CompactComponentView, compactComponentMetadata } from '@/components/views/CompactViews'
import { compactNumbersQuery, fetchContent } from '@/lib/content'
import { routeLang } from '@/lib/i18n/route'

type Props = { params: Promise<{ lang: string; number: string }> }

/** Every component, in each language the root layout offers. */
export async function generateStaticParams() {
  return fetchContent(compactNumbersQuery)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return compactComponentMetadata((await params).number, await routeLang(params))
}

export default async function CompactComponentPage({ params }: Props) {
  return <CompactComponentView number={(await params).number} lang={await routeLang(params)} />
}
