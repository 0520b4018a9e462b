import { dictionary, type Lang } from '@/lib/i18n'

/**
 * Said, in the page's language, before content shown in English because its translation is not
 * written yet (the content itself is marked lang="en"). Renders nothing when the text is translated.
 */
export function UntranslatedNote({ lang, textLang, whole = false }: { lang: Lang; textLang: Lang; whole?: boolean }) {
  if (textLang === lang) return null
  const t = dictionary(lang).untranslated
  return (
    <p className="untranslated-note my-4 max-w-[70ch] rounded border-l-4 border-accent bg-panel px-4 py-2 text-[0.95rem]" data-untranslated="">
      {whole ? t.pageNote : t.note}
    </p>
  )
}
