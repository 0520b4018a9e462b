'use client'

import NextLink from 'next/link'
import { useRouter } from 'next/navigation'
import type { ComponentProps } from 'react'

type Props = ComponentProps<typeof NextLink>

/**
 * The site's internal link: Next's `<Link>` (client-side navigation once JavaScript runs), which
 * fetches its page ahead when the reader points at or touches it, not whenever it scrolls into view
 * (Next's default). Readers are mostly on phones: a page should not spend their data and their
 * processor on the pages behind all its links (37 KB more on the home page, measured with
 * Lighthouse, each payload then decoded on the main thread). A caller may still ask for `prefetch`.
 */
export default function Link({ prefetch = false, onMouseEnter, onTouchStart, ...props }: Props) {
  const router = useRouter()
  const fetchAhead = () => {
    if (prefetch === false && typeof props.href === 'string' && props.href.startsWith('/')) router.prefetch(props.href)
  }
  return (
    <NextLink
      prefetch={prefetch}
      onMouseEnter={(event) => {
        onMouseEnter?.(event)
        fetchAhead()
      }}
      onTouchStart={(event) => {
        onTouchStart?.(event)
        fetchAhead()
      }}
      {...props}
    />
  )
}
