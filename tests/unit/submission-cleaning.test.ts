/**
 * What a submission keeps (issue 28, item 6): invisible and control characters are dropped, an
 * e-mail address in two alphabets and a link to a private or local address are refused, each with
 * a message in the reader's language.
 */
import { describe, expect, it } from 'vitest'
import { isPublicHost, mixesScripts } from '@/lib/submissions/addresses'
import { cleanLine, cleanText } from '@/lib/submissions/schema'
import { outboxSetup, validForm } from '../support/submissions'

const INVISIBLE: [string, string][] = [
  ['C1 control (NEL)', '\u0085'],
  ['C1 control (CSI)', '\u009B'],
  ['C1 control (APC)', '\u009F'],
  ['tag letter A', '\u{E0041}'],
  ['tag cancel', '\u{E007F}'],
  ['language tag', '\u{E0001}'],
  ['Hangul filler', '\u3164'],
  ['Hangul choseong filler', '\u115F'],
  ['Hangul jungseong filler', '\u1160'],
  ['halfwidth Hangul filler', '\uFFA0'],
  ['soft hyphen', '\u00AD'],
  ['invisible times', '\u2062'],
  ['Mongolian vowel separator', '\u180E'],
  ['combining grapheme joiner', '\u034F'],
  ['variation selector 17', '\u{E0100}'],
  ['interlinear annotation', '\uFFF9'],
  ['deprecated format (inhibit symmetric swapping)', '\u206A'],
  ['right-to-left override', '\u202E'],
  ['zero-width space', '\u200B'],
]

describe('cleaning', () => {
  it.each(INVISIBLE)('drops %s from lines and paragraphs', (_, char) => {
    expect(cleanLine(`Ada${char} Lovelace${char}`)).toBe('Ada Lovelace')
    expect(cleanText(`One${char}\ntwo${char}`)).toBe('One\ntwo')
  })

  it('keeps what people write: accents, ñ, emoji, CJK, Arabic, line breaks', () => {
    expect(cleanLine('José Núñez-Peña')).toBe('José Núñez-Peña')
    expect(cleanText('Línea uno\nLínea dos 👍🏽 ❤️ 東京 مرحبا')).toBe('Línea uno\nLínea dos 👍🏽 ❤️ 東京 مرحبا')
  })

  it('line and paragraph separators become line breaks', () => {
    expect(cleanText('one\u2028two\u2029three')).toBe('one\ntwo\nthree')
  })

  it('nothing invisible reaches the record', async () => {
    const { post, outboxLines } = outboxSetup()
    const all = INVISIBLE.map(([, c]) => c).join('')
    const outcome = await post(validForm({ name: `Ada${all} Lovelace`, practiceTitle: `Crisis${all} teams`, summary: `${all}${'Mental health professionals answer calls. '.repeat(2)}` }))
    expect(outcome.kind).toBe('accepted')
    const [line] = await outboxLines()
    const text = JSON.stringify(line)
    for (const [what, char] of INVISIBLE) expect(text.includes(char), what).toBe(false)
    expect(text).toContain('"name":"Ada Lovelace"')
  })

  it('a field of invisible characters only is an empty field', async () => {
    const { post } = outboxSetup()
    const outcome = await post(validForm({ name: '\u3164\u115F\u{E0041}\u0085' }))
    expect(outcome).toEqual({ kind: 'invalid', errors: { name: 'Enter your full name' } })
  })
})

describe('e-mail addresses in one alphabet', () => {
  it.each(['ada@columbiasc.gov', 'josé.núñez@ciudad.gov', 'иван@пример.рф', 'δοκιμή@παράδειγμα.δοκιμή', '用户@例子.广告'])('keeps %s', (address) => {
    expect(mixesScripts(address)).toBe(false)
  })

  it.each(['ada@columbiasс.gov', 'аda@columbiasc.gov', 'ada@cοlumbiasc.gov', 'иван@example.рф'])('refuses %s, in the reader’s language', async (address) => {
    expect(mixesScripts(address)).toBe(true)
    const { post, outboxLines } = outboxSetup()
    expect(await post(validForm({ email: address }))).toEqual({
      kind: 'invalid',
      errors: { email: 'Your email address mixes letters from different alphabets. Type it again using the letters of one alphabet' },
    })
    expect(await post(validForm({ email: address, language: 'es' }))).toEqual({
      kind: 'invalid',
      errors: { email: 'Su correo electrónico mezcla letras de alfabetos distintos. Escríbalo de nuevo con las letras de un solo alfabeto' },
    })
    expect(await outboxLines()).toEqual([])
  })
})

describe('links lead to public web sites', () => {
  const PRIVATE = [
    'http://localhost/',
    'http://localhost:3000/admin',
    'http://app.localhost/',
    'http://127.0.0.1/',
    'http://127.1.2.3:8080/x',
    'http://2130706433/',
    'http://0x7f.0.0.1/',
    'http://0177.0.0.1/',
    'http://0/',
    'http://169.254.169.254/latest/meta-data/',
    'http://10.0.0.5/',
    'http://172.16.0.1/',
    'http://172.31.255.255/',
    'http://192.168.1.1/',
    'http://100.64.0.1/',
    'http://0.0.0.0/',
    'http://224.0.0.1/',
    'http://255.255.255.255/',
    'http://[::1]/',
    'http://[::]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[::ffff:169.254.169.254]/',
    'http://[fe80::1]/',
    'http://[fd00::1]/',
    'http://[fc00::1]/',
    'http://printer.local/',
    'http://metadata.google.internal/',
    'http://router.home.arpa/',
    'http://intranet/',
    'https://localhost./',
  ]

  it.each(PRIVATE)('refuses %s, in the reader’s language', async (link) => {
    const { hostname } = new URL(link)
    expect(isPublicHost(hostname), hostname).toBe(false)
    const { post, outboxLines } = outboxSetup()
    expect(await post(validForm({ links: `https://www.columbiasc.gov/\n${link}` }))).toEqual({
      kind: 'invalid',
      errors: { links: 'Link 2 leads to a private or local address. Enter a link to a public web page, starting with https:// or http://' },
    })
    expect(await post(validForm({ links: link, language: 'es' }))).toEqual({
      kind: 'invalid',
      errors: { links: 'El enlace 1 lleva a una dirección privada o local. Escriba un enlace a una página web pública, empezando por https:// o http://' },
    })
    expect(await outboxLines()).toEqual([])
  })

  it.each(['https://www.columbiasc.gov/crisis-response', 'http://example.org/a?b=c', 'https://8.8.8.8/', 'https://[2606:4700:4700::1111]/', 'https://münchen.de/', 'https://172.32.0.1/'])(
    'keeps %s',
    async (link) => {
      expect(isPublicHost(new URL(link).hostname)).toBe(true)
      const { post } = outboxSetup()
      expect((await post(validForm({ links: link }))).kind).toBe('accepted')
    },
  )
})
