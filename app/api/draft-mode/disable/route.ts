/**
 * Leaves draft mode: deletes the draft-mode cookie and returns to the page given as `?redirect=`
 * (a path on this site; anything else goes home). GET for links, POST for the preview banner's form.
 */
import { draftMode } from 'next/headers'
import { NextResponse } from 'next/server'

/** Only same-site paths: "/about", never "//evil.example" or "https://…". */
function safeRedirectPath(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/'
  return value
}

async function disable(request: Request, status: 303 | 307): Promise<Response> {
  ;(await draftMode()).disable()
  const target = safeRedirectPath(new URL(request.url).searchParams.get('redirect'))
  return new NextResponse(null, { status, headers: { location: target, 'cache-control': 'no-store' } })
}

export function GET(request: Request) {
  return disable(request, 307)
}

export function POST(request: Request) {
  return disable(request, 303)
}
