import type { Metadata } from 'next'
import { AboutView, sectionMetadata } from '@/components/views/SectionViews'

export function generateMetadata(): Promise<Metadata> {
  return sectionMetadata('about', 'es')
}

export default function AboutPage() {
  return <AboutView lang="es" />
}
