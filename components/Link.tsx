import type { AnchorHTMLAttributes } from 'react'

type Props = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  /** A path on this site (`/about`, `/es/cities?state=NM`, `#section`). */
  href: string
  /** `false`: a client-side navigation keeps the scroll position (the finder's facet links). */
  scroll?: boolean
}

/**
 * The site's internal link: a plain `<a>` rendered on the server, with no JavaScript of its own.
 * Without JavaScript it is an ordinary link. With it, one listener for the whole page
 * (components/LinkIntent.tsx, mounted once in each root layout) gives every such link what Next's
 * `<Link>` gave: the page behind it is fetched ahead when the reader points at, touches or focuses
 * the link (never merely because it scrolled into view), and a plain click navigates client-side.
 *
 * Next's `<Link>` was a client component: a page hydrated one per link (40–69), each a React
 * instance and an intersection observer. These links hydrate nothing (bench/README.md, "Links").
 */
export default function Link({ href, scroll, ...props }: Props) {
  // (data-scroll only when asked: an undefined prop would still cost every link bytes in the RSC payload)
  return <a href={href} data-link="" {...(scroll === false ? { 'data-scroll': 'false' } : {})} {...props} />
}
