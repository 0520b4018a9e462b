import { notFound } from 'next/navigation'
import { SectionPage } from '@/components/SectionPage'
import { GrantProgramDetails, GrantTiers } from '@/components/grants/GrantProgramDetails'
import { GrantRoundSection } from '@/components/grants/GrantRound'
import { LinkSection } from '@/components/practice/LinkList'
import { centerSectionQuery, fetchContent, grantProgramQuery } from '@/lib/content'
import { englishSectionMetadata } from '@/components/views/SectionViews'
import { grantRoundAnchor } from '@/lib/routes'
import { englishOnlyParams, englishRoute } from '@/lib/i18n/route'

const SLUG = 'grants'

/** English only: its Spanish address is the designed 404 (lib/pages.ts). */
export const generateStaticParams = englishOnlyParams

type Props = { params: Promise<{ lang: string }> }

export const generateMetadata = englishSectionMetadata(SLUG)

export default async function GrantsPage({ params }: Props) {
  const lang = await englishRoute(params)
  const [section, program] = await Promise.all([fetchContent(centerSectionQuery, { slug: SLUG }), fetchContent(grantProgramQuery)])
  if (!section) notFound()
  const awardCount = program.rounds.reduce((n, r) => n + r.awards.length, 0)
  return (
    <SectionPage lang={lang}
      section={section}
      before={
        <nav aria-label="Award rounds" className="no-print mb-6">
          <p className="text-sm font-semibold text-muted">Jump to a round</p>
          <ul className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
            {program.rounds.map((r) => (
              <li key={r._id}>
                <a href={`#${grantRoundAnchor(r.year)}`}>{r.year}</a>
              </li>
            ))}
          </ul>
        </nav>
      }
    >
      <GrantProgramDetails program={program} />
      <GrantTiers tiers={program.tiers} />

      <section aria-labelledby="rounds-heading" className="mt-12">
        <h2 id="rounds-heading" className="text-2xl">
          Award rounds, newest first
        </h2>
        <p className="mt-2 max-w-[70ch] text-muted">
          {program.rounds.length} rounds and {awardCount} awards in all. Each program links to its best practice page, where
          there is one.
        </p>
        {program.rounds.map((r) => (
          <GrantRoundSection key={r._id} round={r} />
        ))}
      </section>

      {program.sourceNotes.length > 0 && (
        <section aria-labelledby="differ-heading" className="mt-12">
          <h2 id="differ-heading" className="text-2xl">
            Where sources differ
          </h2>
          <ul className="mt-4 max-w-[70ch] list-disc space-y-2 pl-6">
            {program.sourceNotes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </section>
      )}

      <LinkSection id="program-sources" title="Sources on the program" links={program.sources} />
    </SectionPage>
  )
}
