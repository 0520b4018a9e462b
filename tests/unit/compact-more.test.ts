/** A Compact component's page past its newest few examples links to the finder, filtered by the component. */
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { MoreInFinder } from '@/components/compact/MoreInFinder'
import { parseFinderParams } from '@/lib/search/url'

const render = (props: Parameters<typeof MoreInFinder>[0]) => renderToStaticMarkup(createElement(MoreInFinder, props))
const href = (html: string) => html.match(/href="([^"]+)"/)![1]!.replaceAll('&amp;', '&')

describe('MoreInFinder', () => {
  it('says nothing when the page lists them all', () => {
    expect(render({ number: 6, kind: 'practice', shown: 13, total: 13, lang: 'en' })).toBe('')
  })

  it('says how many are shown and links to all of them in the finder, by kind and component', () => {
    const html = render({ number: 5, kind: 'practice', shown: 24, total: 1432, lang: 'en' })
    expect(html).toContain('The newest 24 of 1,432.')
    expect(html).toContain('>All 1,432 best practices that advance it, in the finder</a>')
    const [path, query] = href(html).split('?')
    expect(path).toBe('/best-practices')
    expect(parseFinderParams(new URLSearchParams(query))).toMatchObject({ kind: ['practice'], component: [5], q: '' })
  })

  it('in Spanish, in Spanish words and to the Spanish finder', () => {
    const html = render({ number: 7, kind: 'statement', shown: 24, total: 30, lang: 'es' })
    expect(html).toContain('Las 24 más recientes de 30.')
    expect(html).toContain('>Las 30 declaraciones de alcaldes que lo impulsan, en el buscador</a>')
    const [path, query] = href(html).split('?')
    expect(path).toBe('/es/best-practices')
    expect(parseFinderParams(new URLSearchParams(query))).toMatchObject({ kind: ['statement'], component: [7] })
  })
})
