import type { Metadata } from 'next'
import { FinderView, finderMetadata, type SearchParams } from '@/components/views/FinderView'

type Props = { searchParams: Promise<SearchParams> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return finderMetadata('en', await searchParams)
}

/** The finder (components/views/FinderView.tsx; in Spanish at /es/best-practices). */
export default async function BestPracticesPage({ searchParams }: Props) {
  return <FinderView lang="en" params={await searchParams} />
}
