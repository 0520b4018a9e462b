import type { ReactNode } from "react";

/** Cards in a grid (one column on phones, `className` adds columns and spacing), one list item each. */
export function CardGrid<T extends { _id: string }>({
  items,
  className = "",
  children,
}: {
  items: readonly T[];
  className?: string;
  children: (item: T) => ReactNode;
}) {
  return (
    <ul className={`grid gap-4 ${className}`.trim()}>
      {items.map((item) => (
        <li key={item._id}>{children(item)}</li>
      ))}
    </ul>
  );
}
