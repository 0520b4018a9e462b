import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Section } from '@/components/Section'
import { SectionPage } from '@/components/SectionPage'
import { VideoList } from '@/components/videos/VideoList'
import { centerSectionQuery, fetchContent, videosQuery } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata'
import { SECTION_PATHS } from '@/lib/routes'

const SLUG = 'videos'

export async function generateMetadata(): Promise<Metadata> {
  const section = await fetchContent(centerSectionQuery, { slug: SLUG })
  if (!section) return {}
  return pageMetadata({ title: section.title, description: section.summary, path: SECTION_PATHS[SLUG] })
}

export default async function VideosPage() {
  const [section, videos] = await Promise.all([fetchContent(centerSectionQuery, { slug: SLUG }), fetchContent(videosQuery)])
  if (!section) notFound()
  const elsewhere = section.links[0]
  return (
    <SectionPage
      section={section}
      before={
        videos.length === 0 && (
          <p className="mb-6 max-w-[70ch] rounded border-l-4 border-accent bg-panel p-4 font-semibold">
            No videos are published on this site yet.
            {elsewhere && (
              <>
                {' '}
                <span className="font-normal">
                  See <a href={elsewhere.url}>{elsewhere.title}</a>
                  {elsewhere.publisher && ` (${elsewhere.publisher})`}.
                </span>
              </>
            )}
          </p>
        )
      }
    >
      {videos.length > 0 && (
        <Section id="video-list" title="Videos">
          <VideoList videos={videos} labelledBy="video-list-heading" />
        </Section>
      )}
    </SectionPage>
  )
}
