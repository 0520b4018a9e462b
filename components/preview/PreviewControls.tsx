'use client'

import { VisualEditing } from 'next-sanity/visual-editing/client-component'
import { usePathname, useRouter } from 'next/navigation'
import { publicPath } from '@/lib/i18n/locales'
import { useCallback } from 'react'

type RefreshPayload = { source: 'manual' | 'mutation' | string; livePreviewEnabled?: boolean }

/**
 * The preview banner and the bridge to the Presentation tool (next-sanity's VisualEditing): when
 * staff edit in the Studio, the page re-renders with the new draft.
 */
export function PreviewControls() {
  // The public address (a prerendered page's route is /en/… on the server).
  const pathname = publicPath(usePathname() ?? '/')
  const router = useRouter()
  const refresh = useCallback(
    (payload: RefreshPayload) => {
      if (payload.source === 'manual' || payload.source === 'mutation') {
        return new Promise<void>((resolve) => {
          router.refresh()
          resolve()
        })
      }
      return false as const
    },
    [router],
  )
  return (
    <>
      <div
        role="region"
        aria-label="Draft preview"
        className="fixed inset-x-0 bottom-0 z-50 flex flex-wrap items-center justify-center gap-x-4 gap-y-1 bg-navy-deep px-4 py-2 text-sm text-white"
      >
        <p className="m-0">
          <strong>Preview:</strong> this page shows unpublished drafts. Visitors see the published site.
        </p>
        <form method="post" action={`/api/draft-mode/disable?redirect=${encodeURIComponent(pathname)}`}>
          <button type="submit" className="rounded border border-white px-2 py-0.5 font-semibold text-white underline-offset-2 hover:underline">
            Leave preview
          </button>
        </form>
      </div>
      <VisualEditing refresh={refresh} />
    </>
  )
}
