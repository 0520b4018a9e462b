import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { connection } from 'next/server'
import { PageHeader } from '@/components/PageHeader'
import { SubmissionForm } from '@/components/submit/SubmissionForm'
import { SubmitIntro } from '@/components/submit/SubmitIntro'
import { compactComponentsQuery, fetchContent } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata'
import { SUBMIT_PATH } from '@/lib/submissions/paths'
import { newIdempotencyKey } from '@/lib/submissions/record'
import { sendPractice } from './actions'

const TITLE = 'Share your city’s practice'
const DESCRIPTION =
  'Mayors and city staff: send the Center a practice that works. Staff review every practice before it appears among the best practices.'

/**
 * A form sent without JavaScript (a multipart POST to its Server Action) comes back through this page
 * only when it was not received (a received one is redirected to its confirmation), so its title
 * then starts with "Error: ", as GOV.UK asks. With JavaScript, the form sets the title itself.
 */
export async function generateMetadata(): Promise<Metadata> {
  const sentBack = /^multipart\/form-data/i.test((await headers()).get('content-type') ?? '')
  return pageMetadata({ title: sentBack ? `Error: ${TITLE}` : TITLE, description: DESCRIPTION, path: SUBMIT_PATH })
}

/** Rendered per request (its own idempotency key, the state of a form sent back): blocking, no static shell. */
export const instant = false

/**
 * Rendered for each request (`connection()`): every form carries its own idempotency key. A form
 * sent without JavaScript comes back through this page too, with the Server Action's answer in the
 * form's state (errors and what was typed).
 */
export default async function SubmitPage() {
  await connection()
  const components = await fetchContent(compactComponentsQuery)
  return (
    <>
      <PageHeader title={TITLE} crumbs={[{ title: 'Best practices', href: '/best-practices' }, { title: TITLE }]} />
      <SubmitIntro />
      <SubmissionForm
        action={sendPractice}
        compactComponents={components.map(({ _id, number, title }) => ({ _id, number, title }))}
        idempotencyKey={newIdempotencyKey()}
      />
    </>
  )
}
