import { notFound } from 'next/navigation'

export { metadata } from '../not-found'

/** Any address no route matches: the site's designed 404, inside the site's layout. */
export default function Unmatched(): never {
  notFound()
}
