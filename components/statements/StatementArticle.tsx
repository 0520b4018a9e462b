import Link from 'next/link'
import type { Statement, StatementOutput } from '@/lib/content'
import { formatDate } from '@/lib/domain/format'
import { stateName } from '@/lib/domain/states'
import { STATEMENT_OUTPUT_KINDS, titleOf } from '@/lib/domain/vocabulary'
import { cityHref, compactHref } from '@/lib/routes'
import { LinkList } from '@/components/practice/LinkList'

function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join('')
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`
}

function Output({ output }: { output: StatementOutput }) {
  const o = output
  return (
    <li className="border-l-4 border-rule pl-4">
      <p className="text-sm font-semibold uppercase tracking-wider text-accent">{titleOf(STATEMENT_OUTPUT_KINDS, o.kind)}</p>
      <p className="font-semibold">{o.url ? <a href={o.url}>{o.title}</a> : o.title}</p>
      {(o.date || o.languages.length > 0) && (
        <p className="text-sm text-muted">
          {o.date && <time dateTime={o.date}>{formatDate(o.date, o.datePrecision ?? 'day')}</time>}
          {o.date && o.languages.length > 0 && ' · '}
          {o.languages.length > 0 && `In ${joinWords(o.languages)}`}
        </p>
      )}
      {o.description && <p className="mt-1 text-[0.95rem]">{o.description}</p>}
    </li>
  )
}

/**
 * A mayor's statement in the Support for Immigrants and Minorities collection. The article's id is
 * the statement's slug, the anchor `statementHref` links to. The mayor's words are quoted verbatim.
 */
export function StatementArticle({ statement }: { statement: Statement }) {
  const s = statement
  const headingId = `${s.slug}-title`
  return (
    <article id={s.slug} aria-labelledby={headingId} className="scroll-mt-4 rounded border border-rule bg-white p-5 sm:p-6">
      <p className="text-sm font-semibold uppercase tracking-wider text-accent">
        <Link href={cityHref(s.city.slug)} className="text-accent">
          {s.city.name}, {stateName(s.city.state)}
        </Link>
      </p>
      <h3 id={headingId} className="mt-1 text-xl leading-snug">
        {s.title}
      </h3>
      <p className="mt-1 text-muted">
        Mayor {s.mayor.name} · <time dateTime={s.date}>{formatDate(s.date, s.datePrecision)}</time>
      </p>

      {s.quote && (
        <figure className="mt-4 max-w-[70ch]">
          <blockquote className="border-l-4 border-accent py-1 pl-4 font-serif text-lg">
            {/* The quotation marks are drawn by CSS, so the element's text is the mayor's words exactly. */}
            <p className="whitespace-pre-line before:content-['“'] after:content-['”']">{s.quote}</p>
          </blockquote>
          <figcaption className="mt-1 pl-5 text-sm text-muted">Mayor {s.mayor.name}</figcaption>
        </figure>
      )}

      <p className="mt-4 max-w-[70ch]">{s.summary}</p>

      {s.alongside.length > 0 && (
        <p className="mt-3 max-w-[70ch] text-[0.95rem]">
          Issued alongside{' '}
          {s.alongside.map((p, i) => (
            <span key={p._id}>
              {i > 0 && (i === s.alongside.length - 1 ? ' and ' : ', ')}
              {p.name}, {p.role}
            </span>
          ))}
          .
        </p>
      )}

      {s.outputs.length > 0 && (
        <>
          <h4 className="mt-5 font-serif text-lg font-semibold text-navy-deep">What the city produced</h4>
          <ul className="mt-2 space-y-3">
            {s.outputs.map((o) => (
              <Output key={o._key} output={o} />
            ))}
          </ul>
        </>
      )}

      {s.compactComponents.length > 0 && (
        <p className="mt-5 text-sm text-muted">
          Advances the Mayors’ Compact:{' '}
          {s.compactComponents.map((c, i) => (
            <span key={c._id}>
              {i > 0 && '; '}
              <Link href={compactHref(c.number)}>
                component {c.number}, {c.shortTitle}
              </Link>
            </span>
          ))}
        </p>
      )}

      {s.links.length > 0 && (
        <>
          <h4 className="mt-5 font-serif text-lg font-semibold text-navy-deep">Links</h4>
          <LinkList links={s.links} className="mt-2 text-[0.95rem]" />
        </>
      )}
    </article>
  )
}
