import type { ReactNode } from 'react'

/**
 * The Studio's own root layout: a bare document, without the site's header, footer or styles (the
 * Studio brings its own). The public site's root layout is app/(site)/layout.tsx.
 */
export default function StudioRootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body style={{ margin: 0 }}>{children}</body>
    </html>
  )
}
