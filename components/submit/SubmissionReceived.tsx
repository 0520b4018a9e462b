import Link from '@/components/Link'
import type { Lang } from '@/lib/i18n/locales'
import { SUBMIT_WORDS } from '@/lib/i18n/submit'
import { submitPathIn } from '@/lib/submissions/paths'

/** The confirmation panel, with the reference number, and what happens next. */
export function SubmissionReceived({ reference, lang }: { reference: string | null; lang: Lang }) {
  const t = SUBMIT_WORDS[lang].received
  return (
    <div className="max-w-[70ch]">
      <div className="rounded border-4 border-navy bg-white p-6">
        <p className="text-xl font-semibold text-navy-deep">{t.thanks}</p>
        {reference ? (
          <p className="mt-3 text-lg">
            {t.reference}
            <br />
            <strong className="mt-1 inline-block font-mono text-2xl tracking-wider" data-testid="reference">
              {reference}
            </strong>
          </p>
        ) : (
          <p className="mt-3">{t.noReference}</p>
        )}
      </div>
      <h2 className="mt-10 text-2xl">{t.next}</h2>
      <ol className="mt-3 list-decimal space-y-2 pl-6">
        {t.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <p className="mt-6">
        <Link href={submitPathIn(lang)}>{t.another}</Link>
      </p>
    </div>
  )
}
