/**
 * Leaves draft mode: deletes the draft-mode cookie and returns to the page given as `?redirect=`
 * (a page of this site; anything else goes home: lib/security/redirect.ts). GET for links, POST for
 * the preview banner's form.
 */
import { draftMode } from 'next/headers'
import { NextResponse } from 'next/server'
import { sameOriginTarget } from '@/lib/security/redirect'

async function disable(request: Request, status: 303 | 307): Promise<Response> {
  ;(await draftMode()).disable()
  const target = sameOriginTarget(new URL(request.url).searchParams.get('redirect'), request.url)
  return new NextResponse(null, { status, headers: { location: target, 'cache-control': 'no-store' } })
}

export function GET(request: Request) {
  return disable(request, 307)
}

export function POST(request: Request) {
  return disable(request, 303)
}
