import type { Lang } from '@/lib/i18n/locales'
import { SUBMIT_WORDS } from '@/lib/i18n/submit'

/** What the form is for and what happens to what is sent (a server component above the form). */
export function SubmitIntro({ lang }: { lang: Lang }) {
  const [invitation, review, required] = SUBMIT_WORDS[lang].intro
  return (
    <div className="mb-10 max-w-[70ch] space-y-3">
      <p className="text-lg">{invitation}</p>
      <p>{review}</p>
      <p className="text-muted">{required}</p>
    </div>
  )
}
