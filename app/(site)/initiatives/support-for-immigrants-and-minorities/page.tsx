import type { Metadata } from 'next'
import { ImmigrantsView, sectionMetadata } from '@/components/views/SectionViews'

export function generateMetadata(): Promise<Metadata> {
  return sectionMetadata('support-for-immigrants-and-minorities', 'en')
}

export default function SupportForImmigrantsPage() {
  return <ImmigrantsView lang="en" />
}
