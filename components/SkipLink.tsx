export function SkipLink({ label = 'Skip to main content' }: { label?: string }) {
  return (
    <a
      href="#main"
      className="skip-link sr-only z-50 bg-navy-deep px-4 py-2 font-semibold text-white focus:not-sr-only focus:fixed focus:left-3 focus:top-3"
    >
      {label}
    </a>
  )
}
