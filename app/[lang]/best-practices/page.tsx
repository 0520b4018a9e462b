import type { Metadata } from 'next'
import { FinderView, finderMetadata, type SearchParams } from '@/components/views/FinderView'
import { routeLang } from '@/lib/i18n/route'

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  return finderMetadata(await routeLang(params), await searchParams)
}

/**
 * Rendered whole for each address, in order (`instant = false`: no static shell, no streamed part).
 * Without JavaScript the results must be inside the page's `<main>`, where the form put them; under
 * Cache Components a part streamed after a static shell arrives at the end of the body, in hidden
 * markup that only React's script moves into place. The render is a search over an index kept in
 * memory per content version, from cached content, and shared caches keep it (lib/cache-headers.ts).
 */
export const instant = false

/** The finder (components/views/FinderView.tsx), in the route's language with the same query string. */
export default async function BestPracticesPage({ params, searchParams }: Props) {
  return <FinderView lang={await routeLang(params)} params={await searchParams} />
}
