import type { Metadata } from 'next'
import { CoalitionView, sectionMetadata } from '@/components/views/SectionViews'

export function generateMetadata(): Promise<Metadata> {
  return sectionMetadata('coalition', 'en')
}

export default function CoalitionPage() {
  return <CoalitionView lang="en" />
}
