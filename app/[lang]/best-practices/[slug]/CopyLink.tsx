'use client'

import { useRef, useState, useSyncExternalStore } from 'react'

const noSubscription = () => () => {}

/**
 * The practice's address, and (with JavaScript) a button that copies it, with a visible
 * confirmation that is also announced. Without JavaScript, or in print, the plain address shows.
 */
export function CopyLink({ path, url }: { path: string; url: string }) {
  // The address as the reader sees it (their host), once running in the browser; the server's until then.
  const origin = useSyncExternalStore(noSubscription, () => window.location.origin, () => null)
  const address = origin ? `${origin}${path}` : url
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle')
  const text = useRef<HTMLElement>(null)

  async function copy() {
    try {
      await navigator.clipboard.writeText(address)
      setStatus('copied')
    } catch {
      // No clipboard (an insecure page, a refused permission): select the address for the reader.
      const selection = window.getSelection()
      if (text.current && selection) selection.selectAllChildren(text.current)
      setStatus('failed')
    }
  }

  return (
    <div className="mt-4 flex flex-wrap items-center gap-x-3 gap-y-2 text-[0.95rem]">
      <p className="min-w-0">
        <span className="text-muted">Link to this practice: </span>
        <code ref={text} className="[overflow-wrap:anywhere]">
          {address}
        </code>
      </p>
      {origin && (
        <button
          type="button"
          onClick={copy}
          className="min-h-11 rounded border-2 border-navy bg-white px-3 py-1 font-semibold text-navy-deep hover:bg-panel print:hidden"
        >
          Copy link
        </button>
      )}
      <p role="status" className="text-sm font-semibold print:hidden">
        {status === 'copied' && (
          <>
            <span aria-hidden="true">✓ </span>Link copied
          </>
        )}
        {status === 'failed' && 'Could not copy: the link is selected, press Ctrl+C (⌘C on a Mac) to copy it.'}
      </p>
    </div>
  )
}
