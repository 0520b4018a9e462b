/**
 * The confirmation of a submission, in English (/submit/received) or Spanish (/es/submit/received).
 * A module apart from the form's (./SubmitViews.tsx): a page loads the browser code of the client
 * components its modules import, and the confirmation needs none of the form's (its schema alone is
 * 32 KB compressed).
 */
import type { Metadata } from 'next'
import Link from '@/components/Link'
import { PageHeader } from '@/components/PageHeader'
import { SubmissionReceived } from '@/components/submit/SubmissionReceived'
import { hrefIn, localePath, type Lang } from '@/lib/i18n/locales'
import { SUBMIT_WORDS } from '@/lib/i18n/submit'
import { isReference, RECEIVED_PATH, SUBMIT_PATH } from '@/lib/submissions/paths'
import { isReferenceProof, submissionSecret } from '@/lib/submissions/secret'

export function receivedMetadata(lang: Lang): Metadata {
  const t = SUBMIT_WORDS[lang].received
  return {
    title: t.title,
    description: t.description,
    alternates: { canonical: localePath(lang, RECEIVED_PATH) },
    robots: { index: false, follow: true },
  }
}

/**
 * The confirmation. The address can be typed by anyone, so a reference is shown only with the proof
 * the form's action put next to it (lib/submissions/secret.ts): the page says nothing of a
 * submission it has not been shown to be true, and looks nothing up.
 */
export function ReceivedView({ lang, params }: { lang: Lang; params: Record<string, string | string[] | undefined> }) {
  const { ref, proof } = params
  const reference = isReference(ref) && isReferenceProof(ref, proof, submissionSecret()) ? ref : null
  const t = SUBMIT_WORDS[lang]
  const practices = hrefIn(lang, '/best-practices')
  return (
    <>
      <PageHeader
        title={t.received.title}
        crumbs={[
          { title: t.crumbPractices, href: practices.href },
          { title: t.title, href: localePath(lang, SUBMIT_PATH) },
          { title: t.received.title },
        ]}
        lang={lang}
      />
      <SubmissionReceived reference={reference} lang={lang} />
      <p className="mt-8">
        <Link href={practices.href}>{t.received.readPractices}</Link>
      </p>
    </>
  )
}
