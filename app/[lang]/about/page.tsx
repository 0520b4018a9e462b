import type { Metadata } from 'next'
import { AboutView, sectionMetadata } from '@/components/views/SectionViews'
import { routeLang } from '@/lib/i18n/route'

type Props = { params: Promise<{ lang: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return sectionMetadata('about', await routeLang(params))
}

export default async function Page({ params }: Props) {
  return <AboutView lang={await routeLang(params)} />
}
