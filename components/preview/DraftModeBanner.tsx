import { draftMode } from 'next/headers'
import { PreviewControls } from './PreviewControls'

/**
 * Shown only in draft mode (staff previewing from the Studio): says that the page shows drafts and
 * offers a way out, and connects the page to the Studio's Presentation tool. Renders nothing for the
 * public, and nothing while pages are prerendered, so static pages stay static.
 */
export async function DraftModeBanner() {
  const { isEnabled } = await draftMode()
  if (!isEnabled) return null
  return <PreviewControls />
}
