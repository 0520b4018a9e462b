'use client'

import NextLink from 'next/link'
import { useState, type ComponentProps } from 'react'

type Props = ComponentProps<typeof NextLink>

/**
 * The site's internal link: Next's `<Link>` (client-side navigation once JavaScript runs), which
 * fetches its page ahead once the reader points at or touches it, not whenever it scrolls into view
 * (Next's default). Readers are mostly on phones: a page should not spend their data and their
 * processor on the pages behind all its links (37 KB more on the home page, measured with
 * Lighthouse, each payload then decoded on the main thread). A caller may still ask for `prefetch`.
 *
 * How: the link starts with prefetching off; the reader's intent turns Next's own prefetching on, and
 * Next then fetches the page ahead as it does for a link in view.
 */
export default function Link({ prefetch, onMouseEnter, onTouchStart, ...props }: Props) {
  const [intent, setIntent] = useState(false)
  return (
    <NextLink
      prefetch={intent || prefetch !== undefined ? prefetch : false}
      onMouseEnter={(event) => {
        onMouseEnter?.(event)
        setIntent(true)
      }}
      onTouchStart={(event) => {
        onTouchStart?.(event)
        setIntent(true)
      }}
      {...props}
    />
  )
}
