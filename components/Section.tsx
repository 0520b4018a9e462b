import type { ReactNode } from 'react'

/** A titled region of a page; its heading names the landmark for screen readers. */
export function Section({ id, title, intro, children, className = '' }: { id: string; title: string; intro?: ReactNode; children: ReactNode; className?: string }) {
  return (
    <section aria-labelledby={`${id}-heading`} className={`mt-12 ${className}`}>
      <h2 id={`${id}-heading`} className="text-2xl">
        {title}
      </h2>
      {intro && <div className="mt-2 max-w-[70ch] text-muted">{intro}</div>}
      <div className="mt-5">{children}</div>
    </section>
  )
}
