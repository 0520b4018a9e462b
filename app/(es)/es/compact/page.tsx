import type { Metadata } from 'next'
import { CompactView, compactMetadata } from '@/components/views/CompactViews'

export function generateMetadata(): Metadata {
  return compactMetadata('es')
}

export default function CompactPage() {
  return <CompactView lang="es" />
}
