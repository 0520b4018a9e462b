import { localePath, type Lang } from '@/lib/i18n/locales'
import { FINDER_PATH } from '@/lib/search/url'

const WORDS = {
  en: {
    label: 'Find what cities have done',
    hint: 'Best practices, mayors’ statements, grant-winning programs. For example: mental health, youth, a city.',
    search: 'Search',
  },
  es: {
    label: 'Busque lo que han hecho las ciudades',
    hint: 'Buenas prácticas, declaraciones de alcaldes, programas premiados. Por ejemplo: salud mental, jóvenes, una ciudad.',
    search: 'Buscar',
  },
} satisfies Record<Lang, unknown>

/**
 * The home page's search box: a plain GET form to the finder (/best-practices, /es/best-practices),
 * whose address ends at the results (`#results`), so that they are in view when the page opens,
 * with or without JavaScript.
 */
export function HomeSearch({ lang }: { lang: Lang }) {
  const t = WORDS[lang]
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
          {t.search}
        </button>
      </div>
    </form>
  )
}
