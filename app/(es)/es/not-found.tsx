import type { Metadata } from 'next'
import { NotFoundContent, notFoundMetadata } from '@/components/NotFoundContent'

export const metadata: Metadata = notFoundMetadata('es')

/** The Spanish 404 page, inside the Spanish layout, for notFound() in a Spanish page (an /es/… address no page matches gets app/global-not-found.tsx in Spanish). */
export default function SpanishNotFound() {
  return <NotFoundContent lang="es" />
}
