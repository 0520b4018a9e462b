/**
 * What /studio shows while no Sanity project is configured: what to set, how to load the Center's
 * dataset, and where the README explains it. A plain server-rendered page (no Studio code).
 */
import { studioTitle } from '../lib/public-env'

const css = `
.setup { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1f24; background: #f6f7f9; min-height: 100vh; line-height: 1.55; }
.setup main { max-width: 46rem; margin: 0 auto; padding: 3rem 1.25rem 4rem; }
.setup h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 1rem; color: #15325c; }
.setup h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; color: #15325c; }
.setup p, .setup li { font-size: 1rem; }
.setup .eyebrow { font-size: .9rem; font-weight: 600; letter-spacing: .02em; color: #3d4651; margin: 0 0 .25rem; }
.setup code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .92em; background: #e8ebf0; padding: .05em .3em; border-radius: 3px; }
.setup pre { background: #14202e; color: #f1f4f8; padding: 1rem; border-radius: 6px; overflow-x: auto; }
.setup pre code { background: none; padding: 0; color: inherit; }
.setup table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
.setup th, .setup td { text-align: left; vertical-align: top; border-bottom: 1px solid #cfd5dd; padding: .5rem .5rem .5rem 0; }
.setup .notice { border-left: 4px solid #9a4a00; background: #fff4e5; padding: .75rem 1rem; }
.setup a { color: #0b4fa3; }
`

export function StudioSetup({ invalidProjectId }: { invalidProjectId: string | null }) {
  return (
    <div className="setup">
      <style>{css}</style>
      <main>
        <p className="eyebrow">{studioTitle}</p>
        <h1>The Studio is not connected to a Sanity project yet</h1>
        {invalidProjectId ? (
          <p className="notice" role="alert">
            The project id <code>{invalidProjectId}</code> is not a valid Sanity project id. Project ids use lowercase letters,
            digits and dashes, like <code>abc123de</code>.
          </p>
        ) : null}
        <p>
          This is where Conference staff edit the website&rsquo;s content. Until the site is given a Sanity project, the public
          pages show the Center&rsquo;s dataset that ships with the code, and there is nothing to edit here.
        </p>

        <h2>1. Name the project</h2>
        <p>Set these variables where the site runs (for example in <code>.env.local</code>), then restart it:</p>
        <table>
          <thead>
            <tr>
              <th scope="col">Variable</th>
              <th scope="col">What it is</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>
                <code>SANITY_PROJECT_ID</code>
              </td>
              <td>
                The project id from sanity.io/manage (<code>SANITY_STUDIO_PROJECT_ID</code> or{' '}
                <code>NEXT_PUBLIC_SANITY_PROJECT_ID</code> work too).
              </td>
            </tr>
            <tr>
              <td>
                <code>SANITY_DATASET</code>
              </td>
              <td>
                The dataset, usually <code>production</code>.
              </td>
            </tr>
            <tr>
              <td>
                <code>SANITY_API_READ_TOKEN</code>
              </td>
              <td>A Viewer token, kept on the server, for previewing drafts on the site.</td>
            </tr>
          </tbody>
        </table>
        <p>
          In the project&rsquo;s settings (API &rarr; CORS origins), add this site&rsquo;s address with
          &ldquo;Allow credentials&rdquo; checked, so staff can sign in here.
        </p>

        <h2>2. Load the Center&rsquo;s dataset</h2>
        <p>With an Editor token from the project&rsquo;s API settings, import the dataset that ships with the site:</p>
        <pre>
          <code>SANITY_API_WRITE_TOKEN=&hellip; npm run dataset:import</code>
        </pre>
        <p>
          The import refuses to touch a dataset that already has documents, unless you add <code>-- --replace</code>.
        </p>

        <h2>3. More help</h2>
        <p>
          The section &ldquo;Sanity Studio&rdquo; of the repository&rsquo;s <code>README.md</code> explains every variable,
          and <code>docs/editing.md</code> is the guide for staff: adding a best practice, previewing, publishing.
        </p>
      </main>
    </div>
  )
}
