import type { Metadata } from 'next'
import { ImmigrantsView, sectionMetadata } from '@/components/views/SectionViews'
import { routeLang } from '@/lib/i18n/route'

type Props = { params: Promise<{ lang: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return sectionMetadata('support-for-immigrants-and-minorities', await routeLang(params))
}

export default async function Page({ params }: Props) {
  return <ImmigrantsView lang={await routeLang(params)} />
}
