import type { Metadata } from 'next'
import { NotFoundContent, notFoundMetadata } from '@/components/NotFoundContent'

export const metadata: Metadata = notFoundMetadata('en')

/**
 * The 404 page when a page of the site calls notFound() (an unknown practice, city, organization or
 * Compact component), inside the site's layout. Addresses no route matches get the same page from
 * app/global-not-found.tsx.
 */
export default function NotFound() {
  return <NotFoundContent />
}
