import type { Metadata } from 'next'
import { FinderView, finderMetadata, type SearchParams } from '@/components/views/FinderView'

type Props = { searchParams: Promise<SearchParams> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return finderMetadata('es', await searchParams)
}

/** The finder in Spanish (components/views/FinderView.tsx), with the English finder's query string. */
export default async function BuenasPracticasPage({ searchParams }: Props) {
  return <FinderView lang="es" params={await searchParams} />
}
