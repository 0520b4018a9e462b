'use client'

import { useState, type ReactNode } from 'react'

/**
 * One facet: a native disclosure (works without JavaScript) holding a fieldset of boxes. It opens by
 * itself when one of its values is chosen; otherwise it stays as the reader left it, so a new set
 * of results never folds the group that holds the focus.
 */
export function FacetGroup({
  name,
  title,
  chosen,
  chosenText,
  defaultOpen,
  children,
}: {
  name: string
  title: string
  chosen: number
  /** "(2 chosen)" in the page's language. */
  chosenText?: string
  defaultOpen: boolean
  children: ReactNode
}) {
  const [open, setOpen] = useState(defaultOpen || chosen > 0)
  // Opens when a value gets chosen (by a box, a link or the back button); otherwise left as it is.
  const [lastChosen, setLastChosen] = useState(chosen)
  if (chosen !== lastChosen) {
    setLastChosen(chosen)
    if (chosen > 0) setOpen(true)
  }
  return (
    <details
      data-facet={name}
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      className="group/facet border-b border-rule py-1"
    >
      <summary className="flex min-h-11 cursor-pointer items-center gap-2 py-2 font-semibold text-navy-deep">
        <span aria-hidden="true" className="inline-block w-3 text-sm transition-transform group-open/facet:rotate-90">
          ▸
        </span>
        <span>{title}</span>
        {chosen > 0 && <span className="text-sm font-normal text-muted">{chosenText ?? `(${chosen} chosen)`}</span>}
      </summary>
      <fieldset className="pb-3">
        <legend className="sr-only">{title}</legend>
        {children}
      </fieldset>
    </details>
  )
}
