import type { Metadata } from 'next'
import { HomeView } from '@/components/views/HomeView'
import { languageAlternates, localePath } from '@/lib/i18n'
import { routeLang } from '@/lib/i18n/route'

type Props = { params: Promise<{ lang: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { alternates: { canonical: localePath(await routeLang(params), '/'), languages: languageAlternates('/') } }
}

export default async function HomePage({ params }: Props) {
  return <HomeView lang={await routeLang(params)} />
}
