import type { Metadata } from 'next'
import Link from '@/components/Link'
import { PageHeader } from '@/components/PageHeader'
import { SubmissionReceived } from '@/components/submit/SubmissionReceived'
import { isReference } from '@/lib/submissions/record'
import { RECEIVED_PATH, SUBMIT_PATH } from '@/lib/submissions/paths'

const TITLE = 'Practice received'

export const metadata: Metadata = {
  title: TITLE,
  description: 'Confirmation that the Center received a practice sent in through the website.',
  alternates: { canonical: RECEIVED_PATH },
  robots: { index: false, follow: true },
}

/** The confirmation. Only a well-formed reference is shown (the address can be typed by anyone). */
export default async function SubmissionReceivedPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const { ref } = await searchParams
  const reference = typeof ref === 'string' && isReference(ref) ? ref : null
  return (
    <>
      <PageHeader
        title={TITLE}
        crumbs={[
          { title: 'Best practices', href: '/best-practices' },
          { title: 'Share your city’s practice', href: SUBMIT_PATH },
          { title: TITLE },
        ]}
      />
      <SubmissionReceived reference={reference} />
      <p className="mt-8">
        <Link href="/best-practices">Read the best practices other cities have shared</Link>
      </p>
    </>
  )
}
