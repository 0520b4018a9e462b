import type { Metadata } from 'next'
import { HomeView } from '@/components/views/HomeView'
import { languageAlternates } from '@/lib/i18n'

export const metadata: Metadata = { alternates: { canonical: '/es', languages: languageAlternates('/') } }

export default function SpanishHomePage() {
  return <HomeView lang="es" />
}
