/**
 * The submission form's answer to a form sent without JavaScript, handed from the Server Action to
 * the page rendered after it in the same request.
 *
 * Without JavaScript the browser posts the form and Next renders the form's page again with the
 * action's answer, which React's `useActionState` should show (the errors and what was typed). Under
 * Cache Components, Next 16.4 renders that page's HTML by resuming its prerendered state, and the
 * resume does not hand React the action's answer (`formState`): the page would come back as a blank
 * form, everything typed lost (vercel/next.js#97784 fixes it upstream). So the action also keeps its
 * answer here, keyed by the request it answers, and the page passes it to the form as its first
 * state: the HTML then shows it, and with JavaScript, hydration agrees with it.
 *
 * Keyed by the request's headers object, which Next creates once per request and hands to both the
 * action and the render after it; held weakly, so nothing outlives the request. Nothing is shared
 * between requests or processes.
 */
import 'server-only'
import { headers } from 'next/headers'
import type { SubmitState } from './client'

const answers = new WeakMap<object, SubmitState>()

/** In the Server Action: keeps its answer for the page rendered after it in this request. */
export async function keepAnswerForPage(state: SubmitState): Promise<SubmitState> {
  answers.set(await headers(), state)
  return state
}

/** In the page: the answer of a Server Action run earlier in this request, or null. */
export async function answerSentBack(): Promise<SubmitState> {
  return answers.get(await headers()) ?? null
}
