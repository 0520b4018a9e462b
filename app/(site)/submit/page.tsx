import type { Metadata } from 'next'
import { cookies } from 'next/headers'
import { PageHeader } from '@/components/PageHeader'
import { SubmissionForm } from '@/components/submit/SubmissionForm'
import { SubmitIntro } from '@/components/submit/SubmitIntro'
import { compactComponentsQuery, fetchContent } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata'
import { FORM_STATE_COOKIE, readFormState } from '@/lib/submissions/form-state'
import { SUBMIT_PATH } from '@/lib/submissions/paths'
import { newIdempotencyKey } from '@/lib/submissions/record'
import { IDEMPOTENCY_KEY_PATTERN } from '@/lib/submissions/schema'

const TITLE = 'Share your city’s practice'
const DESCRIPTION =
  'Mayors and city staff: send the Center a practice that works. Staff review every practice before it appears among the best practices.'

/**
 * Rendered for each request: every form carries its own idempotency key, and a form sent without
 * JavaScript that came back with errors is shown again from the state the handler kept (reading the
 * cookie is what makes the page dynamic).
 */
async function restoredState() {
  return readFormState((await cookies()).get(FORM_STATE_COOKIE)?.value)
}

export async function generateMetadata(): Promise<Metadata> {
  const state = await restoredState()
  const hasErrors = Boolean(state && Object.keys(state.errors).length)
  return pageMetadata({ title: hasErrors ? `Error: ${TITLE}` : TITLE, description: DESCRIPTION, path: SUBMIT_PATH })
}

/** Rendered per request (its own idempotency key, the state of a form sent back): blocking, no static shell. */
export const instant = false

export default async function SubmitPage() {
  const [state, components] = await Promise.all([restoredState(), fetchContent(compactComponentsQuery)])
  const key = state && IDEMPOTENCY_KEY_PATTERN.test(state.values.idempotencyKey) ? state.values.idempotencyKey : newIdempotencyKey()
  return (
    <>
      <PageHeader title={TITLE} crumbs={[{ title: 'Best practices', href: '/best-practices' }, { title: TITLE }]} />
      <SubmitIntro />
      <SubmissionForm
        compactComponents={components.map(({ _id, number, title }) => ({ _id, number, title }))}
        idempotencyKey={key}
        initial={state}
      />
    </>
  )
}
