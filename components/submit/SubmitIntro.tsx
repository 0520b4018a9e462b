/** What the form is for and what happens to what is sent (a server component above the form). */
export function SubmitIntro() {
  return (
    <div className="mb-10 max-w-[70ch] space-y-3">
      <p className="text-lg">
        Mayors and their staff are invited to tell the Center about an initiative that works, so that other cities can learn from it.
      </p>
      <p>
        The Center’s staff read every practice sent in, and may contact you about it. Nothing you send appears on this website until they
        have reviewed it.
      </p>
      <p className="text-muted">All questions are required unless they say “(optional)”.</p>
    </div>
  )
}
