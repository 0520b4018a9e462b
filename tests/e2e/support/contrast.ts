/** WCAG 2 contrast between two CSS colours as the browser computes them (`rgb()`/`rgba()`, sRGB). */
import type { Locator } from '@playwright/test'

export type Rgba = [number, number, number, number]

/** Reads `rgb(r, g, b)`, `rgba(r, g, b, a)` and the space-separated `rgb(r g b / a)`. */
export function parseCssColor(value: string): Rgba {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(value.trim())
  if (!m) throw new Error(`not an rgb() colour: ${value}`)
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number(m[4].slice(0, -1)) / 100 : Number(m[4])
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha]
}

function luminance([r, g, b]: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/** The contrast ratio (1–21) of text in `fg` over an opaque `bg`; a translucent `fg` is blended first. */
export function contrastRatio(fg: Rgba, bg: Rgba): number {
  const a = fg[3]
  const blended: Rgba = [fg[0] * a + bg[0] * (1 - a), fg[1] * a + bg[1] * (1 - a), fg[2] * a + bg[2] * (1 - a), 1]
  const [l1, l2] = [luminance(blended), luminance(bg)].sort((x, y) => y - x) as [number, number]
  return (l1 + 0.05) / (l2 + 0.05)
}

export type TextContrast =
  | { hidden: true }
  | { undecidable: string }
  | { color: string; background: string; large: boolean; ratio: number; needed: number }

/**
 * The contrast of an element's text against what is behind it, from the browser's computed styles:
 * its colour over the first opaque background colour from the element outwards. Visually hidden
 * text (the sr-only pattern) is `hidden`; text over a background image or gradient is `undecidable`.
 * `needed` is WCAG's minimum for its size: 3:1 for large text, else 4.5:1.
 */
export async function textContrast(locator: Locator): Promise<TextContrast> {
  const measured = await locator.evaluate((el) => {
    const style = getComputedStyle(el)
    const rect = el.getBoundingClientRect()
    if (rect.width <= 1 || rect.height <= 1 || style.visibility === 'hidden' || Number(style.opacity) === 0) return { hidden: true as const }
    let node: Element | null = el
    let background: string | null = null
    while (node) {
      const s = getComputedStyle(node)
      if (s.backgroundImage !== 'none') return { undecidable: `background image or gradient on ${node.tagName.toLowerCase()}` }
      if (!/rgba\(.*,\s*0\)$/.test(s.backgroundColor) && s.backgroundColor !== 'transparent') {
        background = s.backgroundColor
        break
      }
      node = node.parentElement
    }
    const size = parseFloat(style.fontSize)
    const weight = Number(style.fontWeight) || 400
    return { color: style.color, background: background ?? 'rgb(255, 255, 255)', large: size >= 24 || (size >= 18.66 && weight >= 700) }
  })
  if (measured.hidden) return { hidden: true }
  if (measured.undecidable !== undefined) return { undecidable: measured.undecidable }
  const ratio = contrastRatio(parseCssColor(measured.color), parseCssColor(measured.background))
  return { ...measured, ratio, needed: measured.large ? 3 : 4.5 }
}
