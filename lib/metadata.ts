import type { Metadata } from 'next'

/**
 * A page's metadata: its title (the layout adds the site's short name), description, canonical
 * address and OpenGraph card. Every page calls this from `generateMetadata` or `metadata`.
 */
export function pageMetadata({ title, description, path, type = 'website' }: { title: string; description: string; path: string; type?: 'website' | 'article' }): Metadata {
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: { title, description, url: path, type },
    twitter: { card: 'summary', title, description },
  }
}
