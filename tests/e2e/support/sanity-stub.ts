/**
 * Sanity's hosted endpoints, stubbed in the browser (there is no network in the tests): the Studio
 * asks who is signed in (nobody) and how one signs in (one provider), which is enough for it to
 * render its login screen. Every request that leaves the loopback is answered here and recorded.
 */
import type { Page } from '@playwright/test'

export interface StubbedSanity {
  /** The URLs the page asked for, outside the loopback. */
  readonly requests: string[]
}

export async function stubSanityApi(page: Page, origin: string): Promise<StubbedSanity> {
  const requests: string[] = []
  await page.route(
    (url) => url.hostname !== '127.0.0.1' && url.hostname !== 'localhost',
    async (route) => {
      const request = route.request()
      requests.push(request.url())
      const { pathname } = new URL(request.url())
      const cors = { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true' }
      if (request.method() === 'OPTIONS') {
        return route.fulfill({ status: 204, headers: { ...cors, 'access-control-allow-headers': '*', 'access-control-allow-methods': 'GET, POST' } })
      }
      let body: unknown = {}
      if (/\/users\/me$/.test(pathname)) body = {} // not signed in
      else if (/\/auth\/providers$/.test(pathname)) {
        body = { thirdPartyLogin: true, sso: {}, providers: [{ name: 'google', title: 'Google', url: 'https://api.sanity.io/v1/auth/login/google' }] }
      } else if (!/\.sanity\.io$/.test(new URL(request.url()).hostname)) {
        return route.fulfill({ status: 404, headers: cors, body: '' })
      }
      return route.fulfill({ status: 200, contentType: 'application/json', headers: cors, body: JSON.stringify(body) })
    },
  )
  return { requests }
}
