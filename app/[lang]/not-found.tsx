import type { Metadata } from 'next'
import { lang as rootLang } from 'next/root-params'
import { NotFoundContent, notFoundMetadata } from '@/components/NotFoundContent'
import { requestLang } from '@/lib/i18n'

/** Not-found files receive no params: the root parameter `lang` is read with next/root-params. */
async function routeLanguage() {
  return requestLang(await rootLang())
}

export async function generateMetadata(): Promise<Metadata> {
  return notFoundMetadata(await routeLanguage())
}

/**
 * The 404 page when a page of the site calls notFound() (a document that exists only as a draft
 * was deleted, in draft mode), inside the site's layout, in the route's language. Addresses no route
 * matches, and detail addresses whose document does not exist, get the same page as a whole document
 * from app/global-not-found.tsx (proxy.ts sends them there).
 */
export default async function NotFound() {
  return <NotFoundContent lang={await routeLanguage()} />
}
