import { notFound } from 'next/navigation'
import { Section } from '@/components/Section'
import { SectionPage } from '@/components/SectionPage'
import { VideoList } from '@/components/videos/VideoList'
import { centerSectionQuery, fetchContent, videosQuery } from '@/lib/content'
import { englishSectionMetadata } from '@/components/views/SectionViews'
import { englishOnlyParams, englishRoute } from '@/lib/i18n/route'

const SLUG = 'videos'

/** English only: its Spanish address is the designed 404 (lib/pages.ts). */
export const generateStaticParams = englishOnlyParams

type Props = { params: Promise<{ lang: string }> }

export const generateMetadata = englishSectionMetadata(SLUG)

export default async function VideosPage({ params }: Props) {
  const lang = await englishRoute(params)
  const [section, videos] = await Promise.all([fetchContent(centerSectionQuery, { slug: SLUG }), fetchContent(videosQuery)])
  if (!section) notFound()
  const elsewhere = section.links[0]
  return (
    <SectionPage lang={lang}
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
