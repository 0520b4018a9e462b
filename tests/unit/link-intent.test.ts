// @vitest-environment jsdom
/**
 * The site's links (components/Link.tsx: a server-rendered <a>) and the one listener that gives them
 * fetching on intent and client-side navigation (components/LinkIntent.tsx), with Next's router
 * replaced by a recording one.
 */
import { act, createElement } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const router = { prefetch: vi.fn(), push: vi.fn() }
vi.mock('next/navigation', () => ({ useRouter: () => router }))

const { default: Link } = await import('@/components/Link')
const { LinkIntent } = await import('@/components/LinkIntent')

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

let root: Root
let host: HTMLElement

function page(html: string) {
  document.body.insertAdjacentHTML('afterbegin', `<main>${html}</main>`)
}

function anchor(href: string): HTMLAnchorElement {
  return document.querySelector<HTMLAnchorElement>(`a[href="${href}"]`)!
}

function click(target: Element, init: MouseEventInit = {}): MouseEvent {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init })
  target.dispatchEvent(event)
  return event
}

beforeEach(async () => {
  router.prefetch.mockClear()
  router.push.mockClear()
  window.history.replaceState(null, '', '/about')
  host = document.createElement('div')
  document.body.append(host)
  root = createRoot(host)
  await act(async () => root.render(createElement(LinkIntent)))
})

afterEach(async () => {
  await act(async () => root.unmount())
  document.body.innerHTML = ''
})

describe('Link', () => {
  it('is a plain <a> marked for the listener, with no client component of its own', () => {
    const html = renderToStaticMarkup(createElement(Link, { href: '/compact', className: 'x', hrefLang: 'es' }, 'The Compact'))
    expect(html).toBe('<a href="/compact" data-link="" class="x" hrefLang="es">The Compact</a>')
    expect(renderToStaticMarkup(createElement(Link, { href: '/best-practices?topic=a', scroll: false }, 'a'))).toContain('data-scroll="false"')
  })
})

describe('LinkIntent', () => {
  it('fetches a link’s page ahead when the reader points at, touches or focuses it, once per page', () => {
    page(renderToStaticMarkup(createElement('div', null, createElement(Link, { href: '/compact' }, createElement('span', null, 'The Compact')), createElement(Link, { href: '/cities#list' }, 'Cities'), createElement(Link, { href: '/map' }, 'Map'))))
    anchor('/compact').querySelector('span')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }))
    anchor('/compact').dispatchEvent(new PointerEvent('pointerover', { bubbles: true }))
    anchor('/cities#list').dispatchEvent(new Event('touchstart', { bubbles: true }))
    anchor('/map').focus()
    expect(router.prefetch.mock.calls).toEqual([['/compact'], ['/cities'], ['/map']])
  })

  it('fetches nothing for a link merely in view, another site’s link, a download or the page itself', () => {
    page('<a href="/compact">not a site link</a><a data-link href="https://example.org/">out</a><a data-link download href="/report.pdf">pdf</a><a data-link href="/about#top">here</a>')
    window.dispatchEvent(new Event('scroll'))
    for (const a of document.querySelectorAll('a')) a.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }))
    expect(router.prefetch).not.toHaveBeenCalled()
  })

  it('turns a plain click into a client-side navigation, keeping the scroll where the link asks', () => {
    page(renderToStaticMarkup(createElement('div', null, createElement(Link, { href: '/compact?x=1#c2' }, 'a'), createElement(Link, { href: '/best-practices?topic=t', scroll: false }, 'b'))))
    expect(click(anchor('/compact?x=1#c2')).defaultPrevented).toBe(true)
    expect(click(anchor('/best-practices?topic=t')).defaultPrevented).toBe(true)
    expect(router.push.mock.calls).toEqual([
      ['/compact?x=1#c2', { scroll: true }],
      ['/best-practices?topic=t', { scroll: false }],
    ])
  })

  it('leaves to the browser a click with a modifier key or another button, a target, a download, another origin or a jump within the page', () => {
    page('<a data-link href="/compact">c</a><a data-link target="_blank" href="/map">m</a><a data-link download href="/r.pdf">r</a><a data-link href="https://example.org/x">x</a><a data-link href="#part">p</a><a href="/cities">plain</a>')
    const c = anchor('/compact')
    const left = [
      click(c, { metaKey: true }),
      click(c, { ctrlKey: true }),
      click(c, { shiftKey: true }),
      click(c, { altKey: true }),
      click(c, { button: 1 }),
      click(anchor('/map')),
      click(anchor('/r.pdf')),
      click(anchor('https://example.org/x')),
      click(anchor('#part')),
      click(anchor('/cities')),
    ]
    expect(left.map((e) => e.defaultPrevented)).toEqual(left.map(() => false))
    expect(router.push).not.toHaveBeenCalled()
  })

  it('stops listening when unmounted', async () => {
    page('<a data-link href="/compact">c</a>')
    await act(async () => root.unmount())
    anchor('/compact').dispatchEvent(new PointerEvent('pointerover', { bubbles: true }))
    expect(click(anchor('/compact')).defaultPrevented).toBe(false)
    expect(router.prefetch).not.toHaveBeenCalled()
    root = createRoot(host)
  })
})
