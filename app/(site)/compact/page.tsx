import type { Metadata } from 'next'
import { CompactView, compactMetadata } from '@/components/views/CompactViews'

export function generateMetadata(): Metadata {
  return compactMetadata('en')
}

export default function CompactPage() {
  return <CompactView lang="en" />
}
