/**
 * Records what every public address answers: its status and its `<title>`. Run against a production
 * server (`next start`) of the tree *before* a change to the routes, commit the file it writes, and
 * tests/e2e/addresses.spec.ts checks that every address still answers the same afterwards.
 *
 *   BASE=http://127.0.0.1:3100 npx tsx scripts/record-addresses.ts > tests/fixtures/addresses.json
 *
 * The addresses: every `<loc>` of /sitemap.xml (both languages), the Spanish address of every English
 * page that has no Spanish version (the designed 404), and a few addresses outside the sitemap that
 * readers reach (the received pages, an unknown page in each language, the feed, robots).
 */
import { titleOf } from '../tests/e2e/support/site-crawl'

const base = process.env.BASE ?? 'http://127.0.0.1:3100'

const EXTRA = ['/submit/received', '/es/submit/received', '/no-such-page', '/es/no-such-page', '/cities/no-such-city', '/es/compact/99', '/feed.xml', '/robots.txt', '/sitemap.xml']

async function main() {
  const sitemap = await (await fetch(`${base}/sitemap.xml`)).text()
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname)
  const inSitemap = new Set(locs)
  const spanishMissing = locs.filter((p) => !p.startsWith('/es') && !inSitemap.has(p === '/' ? '/es' : `/es${p}`)).map((p) => (p === '/' ? '/es' : `/es${p}`))
  const paths = [...new Set([...locs, ...spanishMissing, ...EXTRA])].sort()
  const out: { path: string; status: number; title: string | null }[] = []
  for (const path of paths) {
    const res = await fetch(`${base}${path}`, { redirect: 'manual' })
    const type = res.headers.get('content-type') ?? ''
    const body = await res.text()
    out.push({ path, status: res.status, title: type.includes('text/html') ? titleOf(body) : null })
  }
  process.stdout.write(`${JSON.stringify(out, null, 1)}\n`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
