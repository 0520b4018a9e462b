import type { Metadata } from 'next'
import { CompactComponentView, compactComponentMetadata } from '@/components/views/CompactViews'
import { compactNumbersQuery, fetchContent } from '@/lib/content'

type Props = { params: Promise<{ number: string }> }

export async function generateStaticParams() {
  return fetchContent(compactNumbersQuery)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return compactComponentMetadata((await params).number, 'en')
}

export default async function CompactComponentPage({ params }: Props) {
  return <CompactComponentView number={(await params).number} lang="en" />
}
