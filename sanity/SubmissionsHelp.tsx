/**
 * The pane beside "Best practices → Submitted for review" (sanity/structure.ts): where the practices
 * sent through the website's form arrive, and why that list can stay empty (the website's server has
 * no write token, so it keeps them in its outbox). The Studio runs in the browser and cannot see the
 * server's secrets, so it says this plainly rather than guessing; the server says which case it is
 * in its log when it starts (instrumentation.ts). The token's name is lib/env.ts's WRITE_TOKEN_VARIABLE
 * (that module is server only; tests/unit/structure.test.ts checks the two agree).
 */
const box = { padding: '1.25rem', maxWidth: '40rem', lineHeight: 1.5, fontSize: '0.95rem' } as const

export function SubmissionsHelp() {
  return (
    <div style={box}>
      <h2 style={{ fontSize: '1.1rem', margin: '0 0 0.75rem' }}>Where submissions arrive</h2>
      <p>
        Practices that cities send through the website&rsquo;s &ldquo;Share your practice&rdquo; form arrive in
        &ldquo;Submitted for review&rdquo; as drafts, but only when the website&rsquo;s server has a write token for
        this project.
      </p>
      <p>
        Without that token the website keeps each submission in a file on its own server (the outbox) instead, and
        &ldquo;Submitted for review&rdquo; stays empty: nothing is lost, but nothing shows here. The website says so in
        its log each time it starts.
      </p>
      <p>
        If a city tells you it sent a practice and you cannot find it here, ask whoever looks after the website&rsquo;s
        hosting to set <code>SANITY_API_WRITE_TOKEN</code> (an Editor token of this project) and to send the kept
        submissions with <code>npm run submissions:push</code>.
      </p>
    </div>
  )
}
