import type { PostalContact } from '@/lib/content'
import { telHref } from '@/components/SiteFooter'

/** A postal address with its phone, email and website, as an <address>. */
export function PostalAddress({ address }: { address: PostalContact }) {
  const line = [address.locality, [address.region, address.postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ')
  return (
    <address className="not-italic [overflow-wrap:anywhere]">
      {address.organization}
      <br />
      {address.department && (
        <>
          {address.department}
          <br />
        </>
      )}
      {address.street}
      <br />
      {line}
      <br />
      {address.country}
      {address.phone && (
        <>
          <br />
          Tel. <a href={telHref(address.phone)}>{address.phone}</a>
        </>
      )}
      {address.email && (
        <>
          <br />
          Email <a href={`mailto:${address.email}`}>{address.email}</a>
        </>
      )}
      {address.website && (
        <>
          <br />
          <a href={address.website}>{address.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}</a>
        </>
      )}
    </address>
  )
}
