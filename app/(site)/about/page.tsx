import type { Metadata } from 'next'
import { AboutView, sectionMetadata } from '@/components/views/SectionViews'

export function generateMetadata(): Promise<Metadata> {
  return sectionMetadata('about', 'en')
}

export default function AboutPage() {
  return <AboutView lang="en" />
}
