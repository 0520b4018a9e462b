import Link from '@/components/Link'
import { stateName } from '@/lib/domain/states'
import { FINDER_WORDS } from '@/lib/i18n/finder'
import { hrefIn, type Lang } from '@/lib/i18n/locales'
import { langAttr, NO_TRANSLATIONS, translated, type TranslationMap } from '@/lib/i18n/translate'
import { kindTitleIn, topicTitleIn } from '@/lib/i18n/vocabulary'
import { cityHref, compactHref } from '@/lib/routes'
import type { SearchDoc } from '@/lib/search/documents'

/** Cuts long text at a word, with an ellipsis. */
export function excerpt(text: string, max = 280): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 40)).replace(/[\s,;:.–—-]+$/, '')}…`
}

/** The Compact numbers of a card, each link a box of at least 24 × 24 px. */
const NUMBERS_CLASS =
  'flex flex-wrap gap-1.5 [&_a]:inline-flex [&_a]:min-h-6 [&_a]:min-w-6 [&_a]:items-center [&_a]:justify-center [&_a]:rounded [&_a]:border [&_a]:border-rule [&_a]:px-1.5 [&_a]:text-muted'

/** A link to a page in `lang` where it has one, else to the English page, marked as English. */
function LocalLink({ path, lang, className, children }: { path: string; lang: Lang; className?: string; children: React.ReactNode }) {
  const target = hrefIn(lang, path)
  return (
    <Link href={target.href} hrefLang={target.lang === lang ? undefined : target.lang} className={className}>
      {children}
    </Link>
  )
}

/**
 * A card's title and summary: the document's translation laid over it by the Spanish finder
 * (lib/search/translate.ts), else the page's translations by the site's rule, else the original.
 */
function cardWords(doc: SearchDoc, lang: Lang, translations: TranslationMap): { title: string; titleLang: Lang; summary: string; summaryLang: Lang } {
  const tr = lang === 'en' ? undefined : doc.translation
  if (tr?.summary) return { title: tr.title ?? doc.title, titleLang: tr.title ? lang : 'en', summary: tr.summary, summaryLang: lang }
  const words = translated({ _id: doc.id, title: doc.title, summary: doc.summary }, translations, ['title', 'summary'] as const, lang)
  return { title: words.title, titleLang: words.lang, summary: words.summary, summaryLang: words.lang }
}

/**
 * One result of the finder: what kind it is, the grants it won, its title (the link), its city, summary and facets. In
 * Spanish the site's words are Spanish; the document's title and summary are Spanish when its
 * translation has both, else English, marked `lang="en"`; the link goes to the document's page,
 * which is English (marked `hreflang="en"`) where it has no Spanish version.
 */
export function ResultCard({
  doc,
  lang = 'en',
  translations = NO_TRANSLATIONS,
  componentTitles,
}: {
  doc: SearchDoc
  lang?: Lang
  translations?: TranslationMap
  /** The Compact components' short titles in `lang`, by number, where translated. */
  componentTitles?: ReadonlyMap<number, string>
}) {
  const t = FINDER_WORDS[lang]
  const kind = kindTitleIn(lang, doc.kind, 'one')
  const label = lang === 'en' || !doc.labelOf ? doc.label : t.label(doc.labelOf)
  const meta = lang === 'en' || !doc.mayor ? doc.meta : doc.meta.map((m) => (m === `Mayor ${doc.mayor}` ? t.card.mayor(doc.mayor!) : m))
  const words = cardWords(doc, lang, translations)
  const link = hrefIn(lang, doc.href)
  return (
    <article className="flex h-full flex-col rounded border border-rule bg-white p-5">
      <p className="text-sm font-semibold text-accent">
        {kind}
        {label && <span className="font-normal text-muted"> · {label}</span>}
      </p>
      {doc.awards?.map((a) => (
        <p key={a.year} className="mt-1 text-sm font-semibold text-navy-deep">
          {t.card.award(a)}
        </p>
      ))}
      <h3 className="mt-1 font-serif text-lg leading-snug text-navy-deep" {...langAttr(words.titleLang, lang)}>
        <Link href={link.href} hrefLang={link.lang === lang ? undefined : link.lang}>
          {words.title}
        </Link>
      </h3>
      {(doc.city || meta.length > 0) && (
        <p className="mt-1 text-sm text-muted">
          {doc.city && (
            <LocalLink path={cityHref(doc.city.slug)} lang={lang} className="text-muted">
              {doc.city.name}, {stateName(doc.city.state)}
            </LocalLink>
          )}
          {meta.map((m, i) => (
            <span key={m}>
              {doc.city || i > 0 ? ' · ' : ''}
              {m}
            </span>
          ))}
        </p>
      )}
      <p className="mt-3 text-[0.95rem] [overflow-wrap:anywhere]" {...langAttr(words.summaryLang, lang)}>
        {excerpt(words.summary)}
      </p>
      {(doc.components.length > 0 || doc.topics.length > 0) && (
        <dl className="mt-auto space-y-1 pt-3 text-sm text-muted">
          {doc.components.length > 0 && (
            <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <dt>{t.card.compact}</dt>
              {/* Each number a 24 × 24 px target at least (WCAG 2.2, 2.5.8), named with its component's title. */}
              {/* The numbers' look is written once here, not on each number (in the markup and again in the RSC payload). */}
              <dd className={NUMBERS_CLASS}>
                {doc.components.map((c) => (
                  <LocalLink key={c.number} path={compactHref(c.number)} lang={lang}>
                    {c.number}
                    <span className="sr-only" {...langAttr(lang === 'en' || componentTitles?.has(c.number) ? lang : 'en', lang)}>
                      . {(lang !== 'en' && componentTitles?.get(c.number)) || c.shortTitle}
                    </span>
                  </LocalLink>
                ))}
              </dd>
            </div>
          )}
          {doc.topics.length > 0 && (
            <div>
              <dt className="inline">{t.card.topics}</dt>
              <dd className="inline">{doc.topics.map((tp) => topicTitleIn(lang, tp)).join('; ')}</dd>
            </div>
          )}
        </dl>
      )}
    </article>
  )
}
