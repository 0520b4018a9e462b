/**
 * The submission form and its confirmation, in English (/submit) or Spanish (/es/submit): the same
 * form, the same Server Action (app/(site)/submit/actions.ts), the same schema with its messages in
 * the page's language; the form carries its language, which the submission records for staff.
 */
import type { Metadata } from 'next'
import { headers } from 'next/headers'
import Link from '@/components/Link'
import { connection } from 'next/server'
import { PageHeader } from '@/components/PageHeader'
import { SubmissionForm, type SubmissionFormProps } from '@/components/submit/SubmissionForm'
import { SubmissionReceived } from '@/components/submit/SubmissionReceived'
import { SubmitIntro } from '@/components/submit/SubmitIntro'
import { compactComponentsQuery, fetchContent } from '@/lib/content'
import { hrefIn, localePath, type Lang } from '@/lib/i18n/locales'
import { translationsFor } from '@/lib/i18n/server'
import { SUBMIT_WORDS } from '@/lib/i18n/submit'
import { langAttr, translated } from '@/lib/i18n/translate'
import { pageMetadata } from '@/lib/metadata'
import { RECEIVED_PATH, SUBMIT_PATH } from '@/lib/submissions/paths'
import { isReference, newIdempotencyKey } from '@/lib/submissions/record'
import { answerSentBack } from '@/lib/submissions/sent-back'

/**
 * A form sent without JavaScript (a multipart POST to its Server Action) comes back through this page
 * only when it was not received (a received one is redirected to its confirmation), so its title
 * then starts with "Error: ", as GOV.UK asks. With JavaScript, the form sets the title itself.
 */
export async function submitMetadata(lang: Lang): Promise<Metadata> {
  const t = SUBMIT_WORDS[lang]
  const sentBack = /^multipart\/form-data/i.test((await headers()).get('content-type') ?? '')
  return pageMetadata({ title: sentBack ? `${t.errorPrefix}${t.title}` : t.title, description: t.description, path: SUBMIT_PATH, lang, translated: true })
}

/**
 * Rendered for each request (`connection()`): every form carries its own idempotency key. A form
 * sent without JavaScript comes back through this page too, with the Server Action's answer in the
 * form's state (errors and what was typed), handed over by lib/submissions/sent-back.ts.
 */
export async function SubmitView({ lang, action }: { lang: Lang; action: SubmissionFormProps['action'] }) {
  await connection()
  const [components, translations, sentBack] = await Promise.all([fetchContent(compactComponentsQuery), translationsFor(lang), answerSentBack()])
  const t = SUBMIT_WORDS[lang]
  const practices = hrefIn(lang, '/best-practices')
  return (
    <>
      <PageHeader title={t.title} crumbs={[{ title: t.crumbPractices, href: practices.href }, { title: t.title }]} lang={lang} />
      <SubmitIntro lang={lang} />
      <SubmissionForm
        action={action}
        lang={lang}
        compactComponents={components.map((c) => {
          // The component's title in the page's language where translated (the value sent is its id either way).
          const words = translated(c, translations, ['title'] as const, lang)
          return { _id: c._id, number: c.number, title: words.title, ...langAttr(words.lang, lang) }
        })}
        idempotencyKey={newIdempotencyKey()}
        sentBack={sentBack}
      />
    </>
  )
}

export function receivedMetadata(lang: Lang): Metadata {
  const t = SUBMIT_WORDS[lang].received
  return {
    title: t.title,
    description: t.description,
    alternates: { canonical: localePath(lang, RECEIVED_PATH) },
    robots: { index: false, follow: true },
  }
}

/** The confirmation. Only a well-formed reference is shown (the address can be typed by anyone). */
export function ReceivedView({ lang, params }: { lang: Lang; params: Record<string, string | string[] | undefined> }) {
  const { ref } = params
  const reference = typeof ref === 'string' && isReference(ref) ? ref : null
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
