/**
 * Next calls `register` once when a server starts (not while building). It prints what the server's
 * configuration means for staff that the pages cannot show, one line each (lib/env.ts
 * `startupNotes`): chiefly, with a Sanity project but no write token, that practices sent through the
 * form are kept in the outbox and the Studio's "Submitted for review" list stays empty.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { startupNotes } = await import('./lib/env')
  try {
    for (const note of startupNotes()) (note.level === 'warn' ? console.warn : console.log)(note.message)
  } catch (error) {
    // A bad value (named by lib/env.ts) is an error where it is read; at start-up it is only reported.
    console.error(`[config] ${(error as Error).message}`)
  }
}
