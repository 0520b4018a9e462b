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

  it.each([
    {
      lang: 'en' as const,
      props: { number: 5, kind: 'practice' as const, shown: 24, total: 1432 },
      shown: 'The newest 24 of 1,432.',
      link: 'All 1,432 best practices that advance it, in the finder',
      path: '/best-practices',
    },
    {
      lang: 'es' as const,
      props: { number: 7, kind: 'statement' as const, shown: 24, total: 30 },
      shown: 'Las 24 más recientes de 30.',
      link: 'Las 30 declaraciones de alcaldes que lo impulsan, en el buscador',
      path: '/es/best-practices',
    },
  ])('in $lang, says how many are shown and links to all of them in its finder, by kind and component', ({ lang, props, shown, link, path }) => {
    const html = render({ ...props, lang })
    expect(html).toContain(shown)
    expect(html).toContain(`>${link}</a>`)
    const [hrefPath, query] = href(html).split('?')
    expect(hrefPath).toBe(path)
    expect(parseFinderParams(new URLSearchParams(query))).toMatchObject({ kind: [props.kind], component: [props.number], q: '' })
  })
})
