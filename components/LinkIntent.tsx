'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/** The site's links (components/Link.tsx) carry this attribute; no other link is touched. */
const SELECTOR = 'a[data-link]'

/** The site link an event happened in, if any. */
function siteLink(event: Event): HTMLAnchorElement | null {
  const target = event.target
  return target instanceof Element ? target.closest<HTMLAnchorElement>(SELECTOR) : null
}

/** The link's address as router.push takes it (path, query, hash), or null when it leaves this origin. */
export function routerHref(anchor: HTMLAnchorElement, here: Location = window.location): string | null {
  let url: URL
  try {
    url = new URL(anchor.href, here.href)
  } catch {
    return null
  }
  if (url.origin !== here.origin) return null
  return `${url.pathname}${url.search}${url.hash}`
}

/**
 * Whether a click on a site link should become a client-side navigation: a plain left click, no
 * modifier key (new tab, new window, download), no target other than this frame, no `download`,
 * same origin, and not a jump within the current page (the browser scrolls to a fragment itself).
 */
export function navigatesClientSide(event: MouseEvent, anchor: HTMLAnchorElement, here: Location = window.location): boolean {
  if (event.defaultPrevented || event.button !== 0) return false
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false
  const target = anchor.getAttribute('target')
  if (target && target !== '_self') return false
  if (anchor.hasAttribute('download')) return false
  const href = routerHref(anchor, here)
  if (href === null) return false
  const url = new URL(href, here.href)
  if (url.hash && url.pathname === here.pathname && url.search === here.search) return false
  return true
}

/**
 * One listener for all the page's links, mounted once in each root layout. It renders nothing.
 * - Intent (the pointer over a link, a touch, keyboard focus) fetches the link's page ahead through
 *   Next's router, once per address: the page is then ready when the reader clicks. Links that only
 *   scroll into view fetch nothing (a phone's data and processor are spent on what is read).
 * - A plain click navigates client-side (router.push), keeping the layout and its state, as Next's
 *   `<Link>` did; every other click (modifier keys, a target, a download, another origin) is left to
 *   the browser. Without JavaScript none of this runs, and the links are ordinary links.
 */
export function LinkIntent() {
  const router = useRouter()
  useEffect(() => {
    const fetched = new Set<string>()
    const intent = (event: Event) => {
      const anchor = siteLink(event)
      if (!anchor || anchor.hasAttribute('download')) return
      const href = routerHref(anchor)
      if (href === null) return
      const page = href.replace(/#.*$/, '')
      if (fetched.has(page) || page === `${window.location.pathname}${window.location.search}`) return
      fetched.add(page)
      router.prefetch(page)
    }
    const click = (event: MouseEvent) => {
      const anchor = siteLink(event)
      if (!anchor || !navigatesClientSide(event, anchor)) return
      event.preventDefault()
      router.push(routerHref(anchor)!, { scroll: anchor.dataset.scroll !== 'false' })
    }
    const passive = { passive: true }
    document.addEventListener('pointerover', intent, passive)
    document.addEventListener('touchstart', intent, passive)
    document.addEventListener('focusin', intent, passive)
    document.addEventListener('click', click)
    return () => {
      document.removeEventListener('pointerover', intent)
      document.removeEventListener('touchstart', intent)
      document.removeEventListener('focusin', intent)
      document.removeEventListener('click', click)
    }
  }, [router])
  return null
}
