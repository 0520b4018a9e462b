/**
 * The submission form, in English (/submit) or Spanish (/es/submit): the same
 * form, the same Server Action (app/(site)/submit/actions.ts), the same schema with its messages in
 * the page's language; the form carries its language, which the submission records for staff. Its
 * confirmation is ./ReceivedView.tsx, a module of its own so that it loads none of the form's code.
 */
import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { connection } from 'next/server'
import { PageHeader } from '@/components/PageHeader'
import { SubmissionForm, type SubmissionFormProps } from '@/components/submit/SubmissionForm'
import { SubmitIntro } from '@/components/submit/SubmitIntro'
import { compactComponentsQuery, fetchContent } from '@/lib/content'
import { hrefIn, type Lang } from '@/lib/i18n/locales'
import { translationsFor } from '@/lib/i18n/server'
import { SUBMIT_WORDS } from '@/lib/i18n/submit'
import { langAttr, translated } from '@/lib/i18n/translate'
import { pageMetadata } from '@/lib/metadata'
import { SUBMIT_PATH } from '@/lib/submissions/paths'
import { newIdempotencyKey } from '@/lib/submissions/record'
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
