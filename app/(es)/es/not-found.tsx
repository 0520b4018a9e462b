import type { Metadata } from 'next'
import { NotFoundContent, notFoundMetadata } from '@/components/NotFoundContent'

export const metadata: Metadata = notFoundMetadata('es')

/** The Spanish 404 page, inside the Spanish layout: for notFound() in a Spanish page and any /es/… address no page matches. */
export default function SpanishNotFound() {
  return <NotFoundContent lang="es" />
}
