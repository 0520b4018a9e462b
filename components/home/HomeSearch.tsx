import { dictionary } from '@/lib/i18n'
import { localePath, type Lang } from '@/lib/i18n/locales'
import { FINDER_PATH } from '@/lib/search/url'


/**
 * The home page's search box: a plain GET form to the finder (/best-practices, /es/best-practices),
 * whose address ends at the results (`#results`), so that they are in view when the page opens,
 * with or without JavaScript.
 */
export function HomeSearch({ lang }: { lang: Lang }) {
  const t = dictionary(lang).home.search
  return (
    <form action={`${localePath(lang, FINDER_PATH)}#results`} method="get" role="search" aria-label={t.label} className="mt-6 max-w-2xl">
      <label htmlFor="home-q" className="block text-lg font-semibold">
        {t.label}
      </label>
      <p id="home-q-hint" className="text-sm text-muted">
        {t.hint}
      </p>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          id="home-q"
          type="search"
          name="q"
          maxLength={200}
          autoComplete="off"
          aria-describedby="home-q-hint"
          className="block min-h-11 min-w-0 grow basis-48 rounded border-2 border-navy bg-white px-3 py-2"
        />
        <button type="submit" className="min-h-11 rounded bg-navy px-5 py-2 font-semibold text-white hover:bg-navy-deep">
          {t.submit}
        </button>
      </div>
    </form>
  )
}
