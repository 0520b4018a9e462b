/**
 * Checks of a page's server HTML without a browser: the page is fetched with Playwright's `request`
 * fixture and parsed by jsdom (a real HTML parser; no script runs, nothing else is loaded). For tests
 * that assert only what the server sends (texts, links, attributes, counts), this is the same check
 * as a page load in Chromium at a fraction of the cost. Behaviour, layout and axe stay in the browser.
 *
 * The helpers follow Playwright's own rules where they replace its locators:
 * - texts are `textContent` with whitespace collapsed (as `toHaveText` / `toContainText`);
 * - roles are the elements' implicit or explicit ARIA roles, names are computed from
 *   `aria-labelledby`, `aria-label`, then the content (image `alt`s included), and an element hidden
 *   from everyone (`hidden`, `aria-hidden="true"`, inline `display:none`, Tailwind's `hidden` at the
 *   tests' 1280 px viewport, the content of a closed `<details>`) counts as absent, as `getByRole` and `toBeVisible` would have it;
 * - a string name matches case-insensitively as a substring, `exact` matches the whole name, a
 *   RegExp is tested against it;
 * - `one()` is Playwright's strict mode: an assertion on a locator fails when it matches several.
 * What HTML alone cannot tell (stylesheet rules, sizes) is left to the browser tests of each template
 * (axe and the 320 px checks in the same spec files).
 */
import { expect, type APIRequestContext } from '@playwright/test'
import { JSDOM } from 'jsdom'

export interface HtmlPage {
  path: string
  status: number
  document: Document
  body: Element
  main: Element
}

/** Fetches `path` and parses it; expects `status` (200 by default) and an HTML document with a `<main>`. */
export async function fetchHtml(request: APIRequestContext, path: string, status = 200): Promise<HtmlPage> {
  const response = await request.get(path)
  expect(response.status(), path).toBe(status)
  expect(response.headers()['content-type'] ?? '', `${path} is HTML`).toContain('text/html')
  const { document } = new JSDOM(await response.text()).window
  const main = document.querySelector('main')
  expect(main, `${path} has a <main>`).not.toBeNull()
  return { path, status: response.status(), document, body: document.body, main: main! }
}

/** What `open()` checks in the browser tests: 200 and exactly one visible level-1 heading. */
export async function openHtml(request: APIRequestContext, path: string): Promise<HtmlPage> {
  const page = await fetchHtml(request, path)
  expect(byRole(page.body, 'heading', { level: 1 }), `${path}: one h1`).toHaveLength(1)
  return page
}

/** Playwright's whitespace normalization of texts. */
export const normalize = (s: string) => s.replace(/\u200b/g, '').trim().replace(/\s+/g, ' ')

/** An element's text as `toHaveText` / `toContainText` read it: its `textContent`, whitespace collapsed. */
export const textOf = (el: Element) => normalize(el.textContent ?? '')

/** Whether the element or an ancestor is hidden in the HTML itself. */
export function isHidden(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const tag = e.tagName.toLowerCase()
    if (tag === 'template' || tag === 'script' || tag === 'style' || tag === 'noscript' || tag === 'head') return true
    if (e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true') return true
    if (/(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(e.getAttribute('style') ?? '')) return true
    if (hiddenByClass(e.getAttribute('class') ?? '')) return true
    // A closed <details> shows only its <summary>.
    const parent = e.parentElement
    if (parent?.tagName.toLowerCase() === 'details' && !parent.hasAttribute('open') && tag !== 'summary') return true
  }
  return false
}

/** Tailwind's display utilities at the tests' viewport (Desktop Chrome, 1280 px wide: sm, md, lg and xl apply). */
const BREAKPOINTS = ['', 'sm:', 'md:', 'lg:', 'xl:']
const SHOWN = /^(block|flex|inline|inline-block|inline-flex|grid|inline-grid|table|table-cell|table-row|contents|flow-root|list-item)$/
function hiddenByClass(className: string): boolean {
  const classes = className.split(/\s+/)
  let hidden = false
  for (const bp of BREAKPOINTS) {
    for (const c of classes) {
      if (!c.startsWith(bp) || (bp === '' && c.includes(':'))) continue
      const utility = c.slice(bp.length)
      if (utility === 'hidden') hidden = true
      else if (SHOWN.test(utility)) hidden = false
    }
  }
  return hidden
}

/** `toBeVisible()` as far as HTML can tell: present and not hidden by the markup. */
export function expectShown(el: Element | undefined | null, what: string) {
  expect(el, `${what}: present`).toBeTruthy()
  expect(isHidden(el!), `${what}: not hidden`).toBe(false)
}

const BLOCK = new Set(['address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul'])

function nameFromContent(node: Node): string {
  let out = ''
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) out += child.textContent ?? ''
    else if (child.nodeType === 1) {
      const el = child as Element
      if (isHiddenSelf(el)) continue
      const tag = el.tagName.toLowerCase()
      const part = el.getAttribute('aria-label')?.trim() || (tag === 'img' ? (el.getAttribute('alt') ?? '') : nameFromContent(el))
      out += BLOCK.has(tag) ? ` ${part} ` : part
    }
  }
  return out
}

function isHiddenSelf(el: Element): boolean {
  const parent = el.parentElement
  // isHidden() on an element whose ancestors are not hidden tells about the element itself.
  return isHidden(el) && (!parent || !isHidden(parent))
}

/** The accessible name, as browsers compute it for links, headings, regions, lists and navigation. */
export function accessibleName(el: Element): string {
  const labelledBy = el.getAttribute('aria-labelledby')
  if (labelledBy) {
    const doc = el.ownerDocument
    const parts = labelledBy.split(/\s+/).map((id) => doc.getElementById(id)).filter((e): e is HTMLElement => !!e)
    if (parts.length > 0) return normalize(parts.map((p) => p.getAttribute('aria-label')?.trim() || nameFromContent(p)).join(' '))
  }
  const label = el.getAttribute('aria-label')?.trim()
  if (label) return normalize(label)
  const role = roleOf(el)
  if (role === 'link' || role === 'heading' || role === 'listitem' || role === 'button') {
    const fromContent = normalize(nameFromContent(el))
    if (fromContent) return fromContent
  }
  return normalize(el.getAttribute('title') ?? '')
}

/** The element's ARIA role: its `role` attribute, else the implicit role of its tag. */
export function roleOf(el: Element): string | null {
  const explicit = el.getAttribute('role')?.trim().split(/\s+/)[0]
  if (explicit) return explicit
  const tag = el.tagName.toLowerCase()
  if (/^h[1-6]$/.test(tag)) return 'heading'
  switch (tag) {
    case 'a':
    case 'area':
      return el.hasAttribute('href') ? 'link' : null
    case 'ul':
    case 'ol':
    case 'menu':
      return 'list'
    case 'li':
      return 'listitem'
    case 'nav':
      return 'navigation'
    case 'main':
      return 'main'
    case 'article':
      return 'article'
    case 'blockquote':
      return 'blockquote'
    case 'section':
      return el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby') ? 'region' : null
    case 'button':
      return 'button'
    default:
      return null
  }
}

export interface RoleOptions {
  name?: string | RegExp
  exact?: boolean
  level?: number
}

function nameMatches(name: string, want: string | RegExp, exact?: boolean): boolean {
  if (want instanceof RegExp) return want.test(name)
  const w = normalize(want)
  return exact ? name === w : name.toLowerCase().includes(w.toLowerCase())
}

/** `root.getByRole(role, options)`: every shown descendant with that role (and name, level), in document order. */
export function byRole(root: Element, role: string, options: RoleOptions = {}): Element[] {
  return Array.from(root.querySelectorAll('*')).filter((el) => {
    if (roleOf(el) !== role || isHidden(el)) return false
    if (options.level !== undefined) {
      const level = el.getAttribute('aria-level') ?? el.tagName.toLowerCase().match(/^h([1-6])$/)?.[1]
      if (Number(level) !== options.level) return false
    }
    return options.name === undefined || nameMatches(accessibleName(el), options.name, options.exact)
  })
}

/** `root.locator(selector)`. */
export const $$ = (root: ParentNode, selector: string) => Array.from(root.querySelectorAll(selector))

/** Strict mode: the one element a locator must match for an assertion on it. */
export function one(elements: Element[], what: string): Element {
  expect(elements, `${what}: exactly one element`).toHaveLength(1)
  return elements[0]!
}

/** `.first()`: the first element, which must exist. */
export function first(elements: Element[], what: string): Element {
  expect(elements.length, `${what}: at least one element`).toBeGreaterThan(0)
  return elements[0]!
}

/** `expect(locator).toHaveText(text)` / `toContainText(text)` on one element. */
export function expectText(el: Element, text: string, what: string) {
  expect(textOf(el), what).toBe(normalize(text))
}
export function expectContainsText(el: Element, text: string, what: string) {
  expect(textOf(el), what).toContain(normalize(text))
}

/**
 * `root.getByText(text)` counted: whether any text the page renders contains `text` (case-insensitive,
 * whitespace collapsed, as Playwright matches a string). Scripts, styles and templates are not text.
 */
export function hasTextAnywhere(root: Element, text: string): boolean {
  const parts: string[] = []
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) parts.push(child.textContent ?? '')
      else if (child.nodeType === 1 && !['script', 'style', 'template'].includes((child as Element).tagName.toLowerCase())) {
        parts.push(' ')
        walk(child)
      }
    }
  }
  walk(root)
  return normalize(parts.join('')).toLowerCase().includes(normalize(text).toLowerCase())
}
