import Link from 'next/link'

export type NavItem = { title: string; href: string }

/**
 * The site's banner: the Center's name and the navigation of its sections. On narrow screens the
 * sections fold into a native disclosure, which needs no JavaScript.
 */
export function SiteHeader({ name, parentName, navigation }: { name: string; parentName: string; navigation: NavItem[] }) {
  const links = (
    <ul className="flex flex-col gap-1 md:flex-row md:flex-wrap md:gap-x-5 md:gap-y-1">
      {navigation.map((item) => (
        <li key={item.href}>
          <Link
            href={item.href}
            className="inline-block py-2 text-[0.95rem] text-white no-underline hover:underline md:py-1"
          >
            {item.title}
          </Link>
        </li>
      ))}
    </ul>
  )
  return (
    <header role="banner" className="bg-navy text-white">
      <div className="mx-auto max-w-6xl px-4 py-4 sm:px-6">
        <p className="text-sm tracking-wide text-white/90">{parentName}</p>
        <Link href="/" className="mt-1 block font-serif text-xl leading-snug text-white no-underline hover:underline sm:text-2xl">
          {name}
        </Link>
      </div>
      <nav aria-label="Center sections" className="border-t border-white/25 bg-navy-deep">
        <div className="mx-auto max-w-6xl px-4 sm:px-6">
          <details className="group md:hidden">
            <summary className="cursor-pointer list-none py-3 font-semibold text-white">
              <span aria-hidden="true" className="mr-2 inline-block transition-transform group-open:rotate-90">
                ▸
              </span>
              Sections
            </summary>
            <div className="pb-3">{links}</div>
          </details>
          <div className="hidden py-2 md:block">{links}</div>
        </div>
      </nav>
    </header>
  )
}
