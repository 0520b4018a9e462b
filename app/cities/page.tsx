import type { Metadata } from 'next'
import { PageHeader } from '@/components/PageHeader'
import { CityIndex } from '@/components/cities/CityIndex'
import { citiesQuery, fetchContent } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata'

const TITLE = 'Cities'
const LEAD =
  'The cities in the Center’s records, by state: where its best practices, mayors’ statements, grant awards and milestones come from, and whom to contact.'

export function generateMetadata(): Metadata {
  return pageMetadata({ title: TITLE, description: LEAD, path: '/cities' })
}

export default async function CitiesPage() {
  const cities = await fetchContent(citiesQuery)
  return (
    <>
      <PageHeader title={TITLE} lead={LEAD} crumbs={[{ title: TITLE }]} />
      <CityIndex cities={cities} />
    </>
  )
}
