/**
 * What a submission's addresses may be (issue 28), for the form in the browser and the server alike
 * (plain TypeScript, no Node):
 *
 *   - a link must lead to a public web site: not this machine (`localhost`, 127.0.0.0/8, ::1), not
 *     a private, shared, link-local or reserved network (10/8, 172.16/12, 192.168/16, 100.64/10,
 *     169.254/16: the cloud metadata address among them, fc00::/7, fe80::/10, …), not a name that
 *     only resolves inside a network (`.local`, `.internal`, `.localhost`, `.home.arpa`, a single
 *     label). Staff open these links; a link to an address inside their network is not a practice's
 *     source. The URL parser has already read every spelling of an IPv4 address (`2130706433`,
 *     `0x7f.1`) as its dotted form, and IPv6 in brackets;
 *   - an e-mail address must be written in one script: letters from two alphabets in one address
 *     (a Cyrillic `а` among Latin letters) make one that looks like another.
 */

/** Host names that only resolve inside a network or on the machine itself. */
const LOCAL_SUFFIXES = ['.localhost', '.local', '.internal', '.intranet', '.lan', '.home.arpa', '.localdomain', '.test', '.invalid', '.example', '.onion']

function ipv4Parts(host: string): number[] | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host)
  if (!m) return null
  const parts = m.slice(1).map(Number)
  return parts.every((p) => p <= 255) ? parts : null
}

/** Whether an IPv4 address is outside the public internet (RFC 6890's special-purpose ranges). */
function isSpecialIpv4([a, b, c]: number[]): boolean {
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b! >= 64 && b! <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b! >= 16 && b! <= 31) ||
    (a === 192 && b === 0 && (c === 0 || c === 2)) ||
    (a === 192 && b === 88 && c === 99) ||
    (a === 192 && b === 168) ||
    (a === 198 && (b === 18 || b === 19)) ||
    (a === 198 && b === 51 && c === 100) ||
    (a === 203 && b === 0 && c === 113) ||
    a! >= 224
  )
}

/** The 16-bit groups of an IPv6 address as the URL parser writes it (compressed, lower case, no brackets). */
function ipv6Groups(host: string): number[] | null {
  if (!host.includes(':')) return null
  const [head, tail = null] = host.split('::') as [string, string?]
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((g) => Number.parseInt(g, 16)))
  const left = parse(head)
  const right = tail === null ? [] : parse(tail)
  if ([...left, ...right].some((g) => Number.isNaN(g))) return null
  const groups = tail === null ? left : [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right]
  return groups.length === 8 ? groups : null
}

function isSpecialIpv6(groups: number[]): boolean {
  const [g0, g1, g2, g3, g4, g5, g6, g7] = groups as [number, number, number, number, number, number, number, number]
  if (groups.every((g) => g === 0)) return true // ::
  if (groups.slice(0, 7).every((g) => g === 0) && g7 === 1) return true // ::1
  // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible and NAT64 (64:ff9b::/96): judged by the IPv4 address.
  if ((g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0 && (g5 === 0xffff || g5 === 0)) || (g0 === 0x64 && g1 === 0xff9b)) {
    return isSpecialIpv4([g6 >> 8, g6 & 0xff, g7 >> 8, g7 & 0xff])
  }
  if ((g0 & 0xfe00) === 0xfc00) return true // fc00::/7 unique local
  if ((g0 & 0xffc0) === 0xfe80) return true // fe80::/10 link-local
  if ((g0 & 0xffc0) === 0xfec0) return true // fec0::/10 site-local (deprecated)
  if ((g0 & 0xff00) === 0xff00) return true // multicast
  if (g0 === 0x2001 && g1 === 0x0db8) return true // documentation
  if (g0 === 0x2001 && g1 < 0x0200) return true // 2001::/23 special purpose (Teredo, benchmarking, …)
  if (g0 === 0x2002) return true // 6to4: an IPv4 address inside
  return false
}

/**
 * Whether a host (as `new URL(…).hostname` gives it: lower case, punycode, IPv6 in brackets) names a
 * site on the public internet.
 */
export function isPublicHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '')
  if (host === '' || host === 'localhost') return false
  const v4 = ipv4Parts(host)
  if (v4) return !isSpecialIpv4(v4)
  const v6 = ipv6Groups(host)
  if (v6) return !isSpecialIpv6(v6)
  if (host.includes(':')) return false
  if (!host.includes('.')) return false
  // A name of digits and dots the parser did not read as an address (`1.2.3`) is no public name either.
  if (/^[\d.]+$/.test(host)) return false
  return !LOCAL_SUFFIXES.some((suffix) => host.endsWith(suffix))
}

/** The scripts people write e-mail addresses in; Japanese mixes three of them and counts as one. */
const SCRIPTS: [string, RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Japanese', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u],
]

/** The scripts of the letters and digits of a text ('Other' for a letter of none above). */
export function scriptsOf(text: string): Set<string> {
  const scripts = new Set<string>()
  for (const char of text) {
    if (!/[\p{L}\p{M}\p{N}]/u.test(char) || /[0-9]/.test(char)) continue
    if (/\p{M}/u.test(char)) continue // a combining mark takes its base letter's script
    scripts.add(SCRIPTS.find(([, pattern]) => pattern.test(char))?.[0] ?? 'Other')
  }
  return scripts
}

/** Whether an e-mail address mixes letters of more than one script. */
export function mixesScripts(address: string): boolean {
  return scriptsOf(address).size > 1
}
