/**
 * What /studio shows while no Sanity project is configured. First, for the Conference staff member
 * who opens it: in plain words what the Studio is, what is missing, whom to ask, and a way back to
 * the website. Below, folded (a native <details>, no JavaScript): what the developer sets, how to
 * load the Center's dataset, and where docs/studio.md explains it. A plain server-rendered page (no
 * Studio code) that fits a 320 px screen: long names and the command wrap instead of overflowing.
 */
import Link from 'next/link'
import { studioTitle } from '../lib/public-env'

const css = `
.setup { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1f24; background: #f6f7f9; min-height: 100vh; line-height: 1.55; }
.setup main { max-width: 46rem; margin: 0 auto; padding: 2.5rem 1rem 4rem; }
.setup h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 1rem; color: #15325c; }
.setup h2 { font-size: 1.15rem; margin: 1.75rem 0 .5rem; color: #15325c; }
.setup p, .setup li, .setup dd { font-size: 1rem; }
.setup .eyebrow { font-size: .9rem; font-weight: 600; letter-spacing: .02em; color: #3d4651; margin: 0 0 .25rem; }
.setup code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .92em; background: #e8ebf0; padding: .05em .3em; border-radius: 3px; overflow-wrap: anywhere; }
.setup pre { background: #14202e; color: #f1f4f8; padding: .75rem 1rem; border-radius: 6px; white-space: pre-wrap; overflow-wrap: anywhere; margin: .5rem 0; }
.setup pre code { background: none; padding: 0; color: inherit; }
.setup dl { margin: .5rem 0; }
.setup dt { font-weight: 600; margin-top: .75rem; }
.setup dd { margin: .15rem 0 0; }
.setup .notice { border-left: 4px solid #9a4a00; background: #fff4e5; padding: .75rem 1rem; }
.setup .back { font-size: 1.05rem; font-weight: 600; }
.setup a { color: #0b4fa3; }
.setup a:focus-visible, .setup summary:focus-visible { outline: 3px solid #0d2240; outline-offset: 2px; box-shadow: 0 0 0 6px #f2b632; }
.setup details { margin-top: 2rem; border-top: 1px solid #cfd5dd; padding-top: 1rem; }
.setup summary { cursor: pointer; font-weight: 600; color: #15325c; font-size: 1.05rem; }
`

export function StudioSetup({ invalidProjectId }: { invalidProjectId: string | null }) {
  return (
    <div className="setup">
      <style>{css}</style>
      <main>
        <p className="eyebrow">{studioTitle}</p>
        <h1>The Studio is not set up yet</h1>
        <p>
          The Studio is where Conference staff sign in to edit this website: its best practices, mayors&rsquo; statements,
          cities and sections, and the practices cities send in. It keeps the content in an online service called Sanity,
          and this website has not been connected to a Sanity account yet, so there is nothing to sign in to here.
        </p>
        {invalidProjectId ? (
          <p className="notice" role="alert">
            Someone has started to connect it, but the project id they gave is not a valid one, so the Studio cannot open.
          </p>
        ) : null}
        <p>
          The public website works as it is, with the Center&rsquo;s content that was installed with it. To start editing,
          ask whoever looks after this website&rsquo;s hosting and code for the Center to connect the Studio; send them
          this page&rsquo;s address. What they need is under &ldquo;For the developer&rdquo; below.
        </p>
        <p className="back">
          <Link href="/" prefetch={false}>
            Back to the website
          </Link>
        </p>

        <details>
          <summary>For the developer: connecting a Sanity project</summary>

          {invalidProjectId ? (
            <p>
              The project id <code>{invalidProjectId}</code> is not a valid Sanity project id. Project ids use lowercase
              letters, digits and dashes, like <code>abc123de</code>.
            </p>
          ) : null}

          <h2>1. Name the project</h2>
          <p>Set these variables where the site runs (for example in <code>.env.local</code>), then restart it:</p>
          <dl>
            <dt>
              <code>SANITY_PROJECT_ID</code>
            </dt>
            <dd>
              The project id from sanity.io/manage (<code>SANITY_STUDIO_PROJECT_ID</code> or{' '}
              <code>NEXT_PUBLIC_SANITY_PROJECT_ID</code> work too).
            </dd>
            <dt>
              <code>SANITY_DATASET</code>
            </dt>
            <dd>
              The dataset, usually <code>production</code>.
            </dd>
            <dt>
              <code>SANITY_API_READ_TOKEN</code>
            </dt>
            <dd>A Viewer token, kept on the server, for previewing drafts on the site.</dd>
            <dt>
              <code>SANITY_API_WRITE_TOKEN</code>
            </dt>
            <dd>
              An Editor token, kept on the server. With it, practices sent through the site&rsquo;s form arrive in the
              Studio as drafts under &ldquo;Best practices &rarr; Submitted for review&rdquo;. Without it they are kept
              in the outbox folder on the server (<code>SUBMISSIONS_DIR</code>, default <code>.data/submissions</code>),
              the Studio&rsquo;s list stays empty, and the site says so in its log when it starts;{' '}
              <code>npm run submissions:push</code> sends them later. The dataset import below uses the same token.
            </dd>
          </dl>
          <p>
            In the project&rsquo;s settings (API &rarr; CORS origins), add this site&rsquo;s address with &ldquo;Allow
            credentials&rdquo; checked, so staff can sign in here.
          </p>

          <h2>2. Load the Center&rsquo;s dataset</h2>
          <p>With the Editor token, import the dataset that ships with the site:</p>
          <pre>
            <code>SANITY_API_WRITE_TOKEN=&hellip; npm run dataset:import</code>
          </pre>
          <p>
            The import refuses to touch a dataset that already has documents, unless you add <code>-- --replace</code>.
          </p>

          <h2>3. More help</h2>
          <p>
            The repository&rsquo;s <code>docs/studio.md</code> explains every variable (its table is also in
            <code>README.md</code>), and <code>docs/editing.md</code> is the guide for staff: adding a best practice, previewing,
            publishing.
          </p>
        </details>
      </main>
    </div>
  )
}
