import { notFound } from 'next/navigation'

/**
 * Every /es/… address that no Spanish page matches: the Spanish 404 (./not-found.tsx one level up),
 * in the Spanish layout, rather than the English global 404.
 */
export default function MissingSpanishPage(): never {
  notFound()
}
