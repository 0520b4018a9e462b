import { Suspense, type ReactNode } from 'react'

/**
 * A part of a partially prerendered page that depends on the request (the finder's results): the
 * static shell carries `fallback`, and the part streams into the same response. With JavaScript,
 * React puts the part in the fallback's place as it arrives.
 *
 * Without JavaScript, React's swap never runs: the part sits, hidden, in a `<div hidden id="S:…">`
 * at the end of the body. The site's stylesheet (app/(site)/globals.css, "Streamed parts without
 * JavaScript") then hides the fallbacks and shows those parts, placed by flex order right after the
 * main content and before the footer, with the main column's width. It applies only while
 * `<html data-js>` is absent: SCRIPTING_MARKER, the first thing in the body, sets it wherever
 * scripts run. So a visitor without JavaScript still gets the whole page from one HTML response.
 * (The part is then outside the page's `<main>`: a page whose request-time content must stay inside
 * it, such as /cities, renders whole instead.)
 */
export function StreamedInPlace({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <div data-stream-fallback="" aria-busy="true">
          {fallback}
        </div>
      }
    >
      {children}
    </Suspense>
  )
}

/** An inline script: marks the document as one where scripts run. */
export const SCRIPTING_MARKER = "document.documentElement.setAttribute('data-js','')"
