import Link from '@/components/Link'
import type { Statement, StatementOutput } from '@/lib/content'
import { stateName } from '@/lib/domain/states'
import { STATEMENT_OUTPUT_KINDS, titleOf } from '@/lib/domain/vocabulary'
import { dictionary, formatDate, formatList, hrefIn, localePath, type Lang } from '@/lib/i18n'
import { langAttr, type WithLang } from '@/lib/i18n/translate'
import { cityHref, compactHref } from '@/lib/routes'
import { LinkList } from '@/components/practice/LinkList'

function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join('')
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`
}

/** "English (subtitles)" → "inglés (subtítulos)" where the dictionary knows the language; else as written, marked English. */
function languageIn(lang: Lang, name: string): string | null {
  if (lang === 'en') return name
  const names = dictionary(lang).statements.languageNames
  const match = /^(\w+)(?: \((subtitles)\))?$/.exec(name)
  const base = match?.[1] ? names[match[1]] : undefined
  if (!base) return null
  return match?.[2] ? `${base} (subtítulos)` : base
}

function Output({ output, lang }: { output: StatementOutput; lang: Lang }) {
  const o = output
  const t = dictionary(lang).statements
  const english = langAttr('en', lang)
  const languages = o.languages.map((l) => languageIn(lang, l))
  const languagesKnown = languages.every((l): l is string => l !== null)
  return (
    <li className="border-l-4 border-rule pl-4">
      <p className="text-sm font-semibold uppercase tracking-wider text-accent">{t.outputKinds[o.kind] ?? titleOf(STATEMENT_OUTPUT_KINDS, o.kind)}</p>
      <p className="font-semibold" {...english}>
        {o.url ? <a href={o.url}>{o.title}</a> : o.title}
      </p>
      {(o.date || o.languages.length > 0) && (
        <p className="text-sm text-muted">
          {o.date && <time dateTime={o.date}>{formatDate(lang, o.date, o.datePrecision ?? 'day')}</time>}
          {o.date && o.languages.length > 0 && ' · '}
          {o.languages.length > 0 &&
            (lang === 'en' ? (
              `In ${joinWords(o.languages)}`
            ) : languagesKnown ? (
              t.in(formatList(lang, languages))
            ) : (
              <span {...english}>In {joinWords(o.languages)}</span>
            ))}
        </p>
      )}
      {o.description && (
        <p className="mt-1 text-[0.95rem]" {...english}>
          {o.description}
        </p>
      )}
    </li>
  )
}

/**
 * A mayor's statement in the Support for Immigrants and Minorities collection. The article's id is
 * the statement's slug, the anchor `statementHref` links to. The mayor's words are quoted verbatim.
 */
export function StatementArticle({
  statement,
  lang,
}: {
  statement: Statement & Partial<WithLang> & { quoteTranslation?: string | null }
  lang: Lang
}) {
  const s = statement
  const t = dictionary(lang).statements
  const words = langAttr(s.lang ?? lang, lang)
  const headingId = `${s.slug}-title`
  const city = hrefIn(lang, cityHref(s.city.slug))
  return (
    <article id={s.slug} aria-labelledby={headingId} className="scroll-mt-4 rounded border border-rule bg-white p-5 sm:p-6">
      <p className="text-sm font-semibold uppercase tracking-wider text-accent">
        <Link href={city.href} hrefLang={city.lang !== lang ? city.lang : undefined} className="text-accent">
          {s.city.name}, {stateName(s.city.state)}
        </Link>
      </p>
      <h3 id={headingId} className="mt-1 text-xl leading-snug" {...words}>
        {s.title}
      </h3>
      <p className="mt-1 text-muted">
        {t.mayor} {s.mayor.name}
        {s.date && (
          <>
            {' · '}
            <time dateTime={s.date}>{formatDate(lang, s.date, s.datePrecision ?? 'day')}</time>
          </>
        )}
      </p>

      {s.quote && (
        <figure className="mt-4 max-w-[70ch]">
          {/* The mayor's words, verbatim, in the language they were said (the statements are in English). */}
          <blockquote className="border-l-4 border-accent py-1 pl-4 font-serif text-lg" {...langAttr('en', lang)}>
            {/* The quotation marks are drawn by CSS, so the element's text is the mayor's words exactly. */}
            <p className="whitespace-pre-line before:content-['“'] after:content-['”']">{s.quote}</p>
          </blockquote>
          <figcaption className="mt-1 pl-5 text-sm text-muted">
            {t.mayor} {s.mayor.name}
          </figcaption>
        </figure>
      )}
      {s.quote && s.quoteTranslation && (
        <figure className="quote-translation mt-3 max-w-[70ch]" lang={lang}>
          <figcaption className="pl-5 text-sm font-semibold text-muted">{t.translationLabel}</figcaption>
          <blockquote className="mt-1 border-l-4 border-rule py-1 pl-4 font-serif text-lg">
            <p className="whitespace-pre-line before:content-['“'] after:content-['”']">{s.quoteTranslation}</p>
          </blockquote>
        </figure>
      )}

      <p className="mt-4 max-w-[70ch]" {...words}>
        {s.summary}
      </p>

      {s.alongside.length > 0 && (
        <p className="mt-3 max-w-[70ch] text-[0.95rem]">
          {t.issuedAlongside}{' '}
          {s.alongside.map((p, i) => (
            <span key={p._id}>
              {i > 0 && (i === s.alongside.length - 1 ? (lang === 'en' ? ' and ' : ' y ') : ', ')}
              {p.name}, <span {...langAttr('en', lang)}>{p.role}</span>
            </span>
          ))}
          .
        </p>
      )}

      {s.outputs.length > 0 && (
        <>
          <h4 className="mt-5 font-serif text-lg font-semibold text-navy-deep">{t.produced}</h4>
          <ul className="mt-2 space-y-3">
            {s.outputs.map((o) => (
              <Output key={o._key} output={o} lang={lang} />
            ))}
          </ul>
        </>
      )}

      {s.compactComponents.length > 0 && (
        <p className="mt-5 text-sm text-muted">
          {t.advances}{' '}
          {s.compactComponents.map((c, i) => (
            <span key={c._id}>
              {i > 0 && '; '}
              <Link href={localePath(lang, compactHref(c.number))} {...langAttr((c as { lang?: Lang }).lang ?? lang, lang)}>
                {t.component(c.number, c.shortTitle)}
              </Link>
            </span>
          ))}
        </p>
      )}

      {s.links.length > 0 && (
        <>
          <h4 className="mt-5 font-serif text-lg font-semibold text-navy-deep">{t.links}</h4>
          <LinkList links={s.links} className="mt-2 text-[0.95rem]" lang={lang !== 'en' ? 'en' : undefined} />
        </>
      )}
    </article>
  )
}
