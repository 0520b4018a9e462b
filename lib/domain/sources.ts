/**
 * What a citable source address is. The site links only to the page that states a fact (the
 * original or the Wikipedia article itself), never to a copy of it: scraper mirrors of Wikipedia,
 * document-mirror sites, web proxies and repost sites. The Studio's URL validation
 * (schemas/lib/validation.ts) and the dataset test (tests/schema/sources.test.ts) both use this list,
 * so a host added here is refused everywhere at once.
 */

/**
 * Hosts known to serve copies of other sites' pages. A host matches itself and its subdomains
 * ("scribd.com" also refuses "de.scribd.com").
 */
export const NON_CANONICAL_HOSTS: readonly { host: string; kind: 'mirror' | 'proxy' | 'repost' }[] = [
  // Scraper mirrors and offline dumps of Wikipedia
  { host: 'nextcloud.domilabs.xyz', kind: 'mirror' },
  { host: 'review.clateway.com', kind: 'mirror' },
  { host: 'wiki.studentb.eu', kind: 'mirror' },
  { host: 'wiki.kidzsearch.com', kind: 'mirror' },
  { host: 'piglix.com', kind: 'mirror' },
  { host: 'easychat.me', kind: 'mirror' },
  { host: 'astroalfa.ru', kind: 'mirror' },
  { host: 'wiki.richxsearch.com', kind: 'mirror' },
  { host: 'iiab.live', kind: 'mirror' },
  { host: 'wikipedia.jakami.de', kind: 'mirror' },
  { host: 'wikimili.com', kind: 'mirror' },
  { host: 'wikiwand.com', kind: 'mirror' },
  { host: 'owiki.org', kind: 'mirror' },
  { host: 'hmongwiki.org', kind: 'mirror' },
  { host: 'academic.ru', kind: 'mirror' },
  { host: 'askwikinow.com', kind: 'mirror' },
  { host: 'wiki.gravy.cc', kind: 'mirror' },
  { host: 'wiki.av1.space', kind: 'mirror' },
  { host: 'db0nus869y26v.cloudfront.net', kind: 'mirror' },
  { host: 'teleunion.us', kind: 'mirror' },
  { host: 'luxuryfood.us', kind: 'mirror' },
  { host: 'luke.lol', kind: 'mirror' },
  { host: 'petitionjob.com', kind: 'mirror' },
  { host: '70.231.62.181', kind: 'mirror' },
  // Document-mirror sites (copies of PDFs)
  { host: 'docslib.org', kind: 'mirror' },
  { host: 'vdocuments.net', kind: 'mirror' },
  { host: 'documents.pub', kind: 'mirror' },
  { host: 'doczz.net', kind: 'mirror' },
  { host: 'pdfslide.us', kind: 'mirror' },
  { host: 'pdfkul.com', kind: 'mirror' },
  { host: 'scribd.com', kind: 'mirror' },
  // Web proxies and translation proxies
  { host: 'hanjaro.juntong.or.kr', kind: 'proxy' },
  { host: 'rhythmusic.net', kind: 'proxy' },
  // Sites that repost other publishers' releases and pages
  { host: 'caymanmama.com', kind: 'repost' },
  { host: 'positivechangepc.com', kind: 'repost' },
]

/** The listed host an address is on, or null. */
export function nonCanonicalHost(url: string): (typeof NON_CANONICAL_HOSTS)[number] | null {
  let hostname: string
  try {
    hostname = new URL(url).hostname.toLowerCase().replace(/\.$/, '')
  } catch {
    return null
  }
  return NON_CANONICAL_HOSTS.find(({ host }) => hostname === host || hostname.endsWith(`.${host}`)) ?? null
}

/** Characters that end a sentence, not an address: a URL copied from prose often carries one. */
const TRAILING_PUNCTUATION = /[.,;:!?'"\u2019\u201d]$/

/** A final period that belongs to the address: initials such as Washington,_D.C. */
const INITIALS_AT_END = /(?:^|[/_,(-])(?:[A-Za-z]\.){2,}$/

function strayTrailingPunctuation(url: string): boolean {
  if (url.endsWith('.') && INITIALS_AT_END.test(url)) return false
  return TRAILING_PUNCTUATION.test(url)
}

function unbalancedClosingParen(url: string): boolean {
  if (!url.endsWith(')')) return false
  return (url.match(/\(/g) ?? []).length < (url.match(/\)/g) ?? []).length
}

/**
 * Why an address cannot be cited, in words for the person who typed it, or null when it can.
 * Checks that it is a well-formed http(s) address without stray punctuation, and not on a host that
 * serves copies of other pages.
 */
export function sourceUrlProblem(url: string): string | null {
  if (/\s/.test(url)) return 'The address contains a space'
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return 'This is not a complete address (it should start with https://)'
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return 'The address must start with https:// or http://'
  if (!parsed.hostname.includes('.') || parsed.hostname.endsWith('.')) return `The host name "${parsed.hostname}" is malformed`
  if (strayTrailingPunctuation(url) || unbalancedClosingParen(url)) {
    return 'The address ends with punctuation that belongs to the sentence around it: remove it'
  }
  const listed = nonCanonicalHost(url)
  if (listed) {
    return `${listed.host} is a ${listed.kind} site that copies other pages: link the original page (the publisher's own page, or the Wikipedia article itself)`
  }
  return null
}
