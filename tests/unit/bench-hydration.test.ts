/** Counting the client components a page hydrates from its inline RSC payload (bench/hydration.ts). */
import { describe, expect, it } from 'vitest'
import { countClientComponents, flightData, longTasksOf } from '@/bench/hydration'

const push = (text: string) => `<script>self.__next_f.push(${JSON.stringify([1, text])})</script>`

describe('client components in the RSC payload', () => {
  it('counts each element whose type is a client module row, by module, and nothing else', () => {
    const flight = [
      '1:I[209390,["/_next/static/chunks/a.js"],"default"]',
      '2:I[339756,["/_next/static/chunks/b.js"],"LanguageSwitch"]',
      // A lazy reference to a model row (not a module) is not a component.
      '3:["$","$L4",null,{}]',
      '0:["$","main",null,{"children":[["$","$L1",null,{"href":"/a"}],["$","$L1",null,{"href":"/b"}],["$","$L2",null,{}],"$L3"]}]',
    ].join('\n')
    const count = countClientComponents(flight, new Map([['209390', 'components/Link.tsx']]))
    expect(count).toEqual({ instances: 3, byModule: { 'components/Link.tsx': 2, 'module 339756 (LanguageSwitch)': 1 } })
  })

  it('joins the payload from the page’s push scripts, in order, and skips the others', () => {
    const html = `<html>${push('1:I[5,[],"default"]\n0:["$","$L1"')}<script>self.__next_f.push([0])</script>${push(',null,{}]\n')}<script>other()</script></html>`
    expect(flightData(html)).toBe('1:I[5,[],"default"]\n0:["$","$L1",null,{}]\n')
    expect(countClientComponents(flightData(html)).instances).toBe(1)
  })
})

describe('long tasks', () => {
  it('counts the tasks over 50 ms, the longest, and their time over 50 ms each (total blocking time)', () => {
    expect(longTasksOf([10, 50, 51, 120, 300])).toEqual({ count: 3, longestMs: 300, blockingMs: 1 + 70 + 250 })
    expect(longTasksOf([])).toEqual({ count: 0, longestMs: 0, blockingMs: 0 })
  })
})
