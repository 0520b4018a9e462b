import Link from '@/components/Link'
import { SUBMIT_PATH } from '@/lib/submissions/paths'

/** The confirmation panel, with the reference number, and what happens next. */
export function SubmissionReceived({ reference }: { reference: string | null }) {
  return (
    <div className="max-w-[70ch]">
      <div className="rounded border-4 border-navy bg-white p-6">
        <p className="text-xl font-semibold text-navy-deep">Thank you. The Center has received your practice.</p>
        {reference ? (
          <p className="mt-3 text-lg">
            Your reference number is
            <br />
            <strong className="mt-1 inline-block font-mono text-2xl tracking-wider" data-testid="reference">
              {reference}
            </strong>
          </p>
        ) : (
          <p className="mt-3">Keep the email address you gave us to hand: staff will write to you there.</p>
        )}
      </div>
      <h2 className="mt-10 text-2xl">What happens next</h2>
      <ol className="mt-3 list-decimal space-y-2 pl-6">
        <li>The Center’s staff read the practice.</li>
        <li>They may contact you to check facts or ask for more detail. Quote your reference number when you write to them.</li>
        <li>When it is ready, they publish it among the best practices. Nothing you sent appears on the website before then.</li>
      </ol>
      <p className="mt-6">
        <Link href={SUBMIT_PATH}>Share another practice</Link>
      </p>
    </div>
  )
}
