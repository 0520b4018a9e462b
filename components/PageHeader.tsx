import type { ReactNode } from 'react'
import { Breadcrumbs, type Crumb } from './Breadcrumbs'

/** A page's breadcrumbs, heading and lead paragraph. */
export function PageHeader({ title, lead, crumbs, children }: { title: string; lead?: string | null; crumbs?: Crumb[]; children?: ReactNode }) {
  return (
    <div className="mb-8">
      {crumbs && <Breadcrumbs items={crumbs} />}
      <h1 className="text-display">{title}</h1>
      {lead && <p className="mt-4 max-w-[70ch] text-lg text-muted">{lead}</p>}
      {children}
    </div>
  )
}
