'use server'

/**
 * The submission form's Server Action, for both languages (the form's hidden `language` field says
 * which: its messages, its confirmation page, and what the record notes). With JavaScript, React calls it without a reload; without,
 * the browser posts the form and Next renders /submit again with what it returns. Next checks the
 * Origin (a foreign one, or `null`, never reaches it), the body size (next.config.ts) and the action
 * id; the answers go to lib/submissions/receive.ts, which checks and stores them.
 *
 * Received: a redirect to the confirmation. Not received: the errors and what was typed, so the
 * form is shown again as it was sent (nothing is kept on the server between requests).
 */
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { compactComponentsQuery, fetchContent } from '@/lib/content'
import { clientAddress, FORWARDED_CHAIN_HEADER, proxyTrustFromEnv } from '@/lib/security/client-address'
import type { SubmitState } from '@/lib/submissions/client'
import { defaultLimit, defaultStore } from '@/lib/submissions/defaults'
import { receivedHref } from '@/lib/submissions/paths'
import { answersToShowAgain, outcomeErrors, receiveSubmission } from '@/lib/submissions/receive'
import { rawFromEntries, submissionLanguage } from '@/lib/submissions/schema'
import { referenceProof, submissionSecret } from '@/lib/submissions/secret'
import { keepAnswerForPage } from '@/lib/submissions/sent-back'

export async function sendPractice(_previous: SubmitState, form: FormData): Promise<SubmitState> {
  // Reachable by anyone with the action's id, with any arguments: anything but a form is an empty one.
  const raw = rawFromEntries(form instanceof FormData ? form.entries() : [])
  const requestHeaders = await headers()
  const client = clientAddress(requestHeaders.get('x-forwarded-for'), requestHeaders.get(FORWARDED_CHAIN_HEADER), proxyTrustFromEnv())
  const secret = submissionSecret()
  const outcome = await receiveSubmission(raw, client, {
    store: defaultStore(),
    limit: defaultLimit(),
    secret,
    compactComponentIds: async () => (await fetchContent(compactComponentsQuery)).map((component) => component._id),
    log: (message) => console.info(message),
  })
  const lang = submissionLanguage(raw)
  if (outcome.kind === 'accepted') redirect(receivedHref(lang, { reference: outcome.reference, proof: referenceProof(outcome.reference, secret) }))
  if (outcome.kind === 'discarded') redirect(receivedHref(lang))
  // Kept for the page Next renders after a form sent without JavaScript (lib/submissions/sent-back.ts).
  return keepAnswerForPage({ values: answersToShowAgain(raw), errors: outcomeErrors(outcome) })
}
