'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useRef, useTransition, type ReactNode } from 'react'
import { parseFinderParams, serializeFinderState } from '@/lib/search/url'

/**
 * The finder's form. Without JavaScript it is a plain GET form: the browser sends the words and the
 * ticked boxes to `action`, and the server renders the results. With JavaScript, ticking a box (or
 * submitting) pushes the canonical address of the new search with the router: the server renders the
 * results again, the page is not reloaded, focus stays where it was, the back button steps through
 * the searches, and the result count is announced by the status region the server renders.
 *
 * `stateQuery` is the canonical query string the page was rendered for; when it changes (back
 * button, a link), the boxes and the search field are set to match it.
 *
 * The results arrive in view either way: without JavaScript the form's address ends with
 * `#${resultsId}`, so the browser scrolls the new page to the results; with JavaScript, focus moves
 * to the results' heading (`resultsId`-heading) once a search is rendered (not after a box, where
 * focus stays on the box).
 */
export function FinderForm({
  action,
  stateQuery,
  label,
  resultsId = 'results',
  children,
}: {
  action: string
  stateQuery: string
  label: string
  /** The id of the results' container, whose heading is `${resultsId}-heading`. */
  resultsId?: string
  children: ReactNode
}) {
  const router = useRouter()
  const form = useRef<HTMLFormElement>(null)
  const lastFocus = useRef<{ name: string; value: string } | null>(null)
  /** Set by a search (submit): the results' heading takes focus once they are rendered. */
  const focusResults = useRef(false)
  const [pending, startTransition] = useTransition()

  const showResults = () => {
    focusResults.current = false
    const heading = document.getElementById(`${resultsId}-heading`)
    if (!heading) return
    heading.focus({ preventScroll: true })
    heading.scrollIntoView({ block: 'start' })
  }

  useEffect(() => {
    const el = form.current
    if (!el) return
    const params = new URLSearchParams(stateQuery)
    for (const control of Array.from(el.elements)) {
      if (!(control instanceof HTMLInputElement)) continue
      if (control.type === 'checkbox') control.checked = params.getAll(control.name).includes(control.value)
      else if (control.name === 'q' && document.activeElement !== control) control.value = params.get('q') ?? ''
    }
    // A box that left the list (its value no longer has results) took the focus with it: put focus
    // back on the same box if it is still there, else on its group, so keyboard users stay in place.
    const wanted = lastFocus.current
    if (wanted && (document.activeElement === document.body || document.activeElement === null)) {
      const same = Array.from(el.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')).find(
        (c) => c.name === wanted.name && c.value === wanted.value,
      )
      const group = el.querySelector<HTMLElement>(`[data-facet="${wanted.name}"] summary`)
      ;(same ?? group)?.focus()
    }
  }, [stateQuery])

  useEffect(() => {
    if (focusResults.current && !pending) showResults()
    // eslint-disable-next-line react-hooks/exhaustive-deps -- showResults reads only refs and the DOM
  }, [stateQuery, pending])

  function go() {
    const el = form.current
    if (!el) return
    const params = new URLSearchParams()
    for (const [key, value] of new FormData(el)) if (typeof value === 'string') params.append(key, value)
    const query = serializeFinderState(parseFinderParams(params))
    startTransition(() => router.push(query ? `${action}?${query}` : action, { scroll: false }))
    return query
  }

  return (
    <form
      ref={form}
      action={`${action}#${resultsId}`}
      method="get"
      role="search"
      aria-label={label}
      data-pending={pending ? '' : undefined}
      className="group/finder"
      onChange={(event) => {
        const target = event.target
        if (target instanceof HTMLInputElement && target.type === 'checkbox') {
          lastFocus.current = { name: target.name, value: target.value }
          go()
        }
      }}
      onSubmit={(event) => {
        event.preventDefault()
        lastFocus.current = null
        focusResults.current = true
        // The same search again renders nothing new: show its results now.
        if (go() === stateQuery) showResults()
      }}
    >
      {children}
    </form>
  )
}
