/**
 * What proxy.ts checks of a POST to a page (a Server Action call) before Next reads it, so that a
 * bad request gets a refusal with the site's headers and one log line, never Next's plain 500 and
 * its error log (issue 28):
 *
 *   - an Origin that is not this site's (foreign, `null` in any case, unparseable): 403. Next
 *     compares `new URL(origin).host` with the first `X-Forwarded-Host`, else `Host`, and answers
 *     500 when they differ (and throws on `Origin: NULL`, which is no URL); this is the same rule;
 *   - a body over ACTION_BODY_LIMIT (next.config.ts gives Next the same limit, which it enforces
 *     by throwing: 500): 413, by Content-Length or, without one, by counting what arrives;
 *   - an action id of a `'use cache'` function: 403. Next registers every cached function as a
 *     server reference (lib/content/cached.ts says why that matters), and none of them is meant to
 *     be called from outside. The id's first byte says which kind it is (Next's
 *     shared/lib/server-reference-info.js: its high bit is set for `'use cache'`), in the
 *     `Next-Action` header of a call by script or in the `$ACTION_ID_…` / `$ACTION_REF_…` fields
 *     of a form sent without JavaScript.
 */
import { BodyTooLargeError, readLimitedBody } from '../http/body'
import type { Lang } from '../i18n/locales'

/** The largest body a Server Action takes (the longest valid form is well under half of it). */
export const ACTION_BODY_LIMIT = '64kb'
export const ACTION_BODY_LIMIT_BYTES = 64 * 1024

/** Whether an action id names a `'use cache'` function rather than a Server Action. */
export function isCacheFunctionId(id: string): boolean {
  const info = Number.parseInt(id.slice(0, 2), 16)
  return Number.isNaN(info) || ((info >> 7) & 1) === 1
}

/**
 * Whether a request's Origin is not this site's, as Next's own check reads it: absent is allowed
 * (a hand-made request carries no browser's credentials), anything else must be an http(s) origin
 * whose host is the first X-Forwarded-Host, or the Host, of the request (`fallbackHost` where a
 * test's request has no Host header).
 */
export function isForeignOrigin(headers: Headers, fallbackHost: string): boolean {
  const origin = headers.get('origin')
  if (origin === null) return false
  let url: URL
  try {
    url = new URL(origin)
  } catch {
    return true
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return true
  const forwarded = headers.get('x-forwarded-host')?.split(',')[0]?.trim()
  const host = forwarded || headers.get('host') || fallbackHost
  return url.host !== host
}

/**
 * The body of a request, read up to `limit` bytes: null when it is longer (the rest is not read).
 * Next hands the proxy a copy of the body and keeps the original for the page.
 */
export async function readBodyWithin(request: Request, limit: number): Promise<Uint8Array | null> {
  try {
    return await readLimitedBody(request, limit)
  } catch (error) {
    if (error instanceof BodyTooLargeError) return null
    throw error
  }
}

/**
 * The action ids a form body names (`$ACTION_ID_<id>` fields, and the `id` in the metadata of a
 * `$ACTION_REF_<n>` field's `$ACTION_<n>:0`), as React's decodeAction reads them. Empty for a body
 * that is not a form.
 */
export async function formActionIds(body: Uint8Array, contentType: string | null): Promise<string[]> {
  if (!contentType || !/^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i.test(contentType)) return []
  let form: FormData
  try {
    form = await new Request('http://form.invalid/', { method: 'POST', headers: { 'content-type': contentType }, body: body as BodyInit }).formData()
  } catch {
    return []
  }
  const ids: string[] = []
  for (const [key] of form.entries()) {
    if (key.startsWith('$ACTION_ID_')) ids.push(key.slice('$ACTION_ID_'.length))
    if (key.startsWith('$ACTION_REF_')) {
      const meta = form.get(`$ACTION_${key.slice('$ACTION_REF_'.length)}:0`)
      let id: unknown = null
      try {
        id = typeof meta === 'string' ? (JSON.parse(meta) as { id?: unknown }).id : null
      } catch {
        id = null
      }
      // A reference whose metadata cannot be read names no id this check can clear.
      ids.push(typeof id === 'string' ? id : '')
    }
  }
  return ids
}

const PAGES: Record<Lang, Record<403 | 413, { title: string; text: string }>> & Record<Lang, { back: string; home: string }> = {
  en: {
    403: {
      title: 'This request was refused',
      text: 'The form can only be sent from this site’s own pages. Open the form on the site and send it from there; nothing was received.',
    },
    413: {
      title: 'This request is too large',
      text: 'What was sent is larger than any answer to the form can be (64 KB). Shorten the longest answers and send the form again; nothing was received.',
    },
    back: 'Back to the form',
    home: 'Home page',
  },
  es: {
    403: {
      title: 'Se rechazó esta solicitud',
      text: 'El formulario solo puede enviarse desde las páginas de este sitio. Abra el formulario en el sitio y envíelo desde allí; no se recibió nada.',
    },
    413: {
      title: 'Esta solicitud es demasiado grande',
      text: 'Lo enviado supera el tamaño de cualquier respuesta al formulario (64 KB). Acorte las respuestas más largas y vuelva a enviar el formulario; no se recibió nada.',
    },
    back: 'Volver al formulario',
    home: 'Página de inicio',
  },
}

/**
 * The page a refused form post gets: a whole document in the reader's language (the language of
 * the address), readable without the site's stylesheet or any script, linking back to the form.
 */
export function refusalPage(status: 403 | 413, lang: Lang, formPath: string, homePath: string): string {
  const page = PAGES[lang][status]
  const words = PAGES[lang]
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${page.title}</title>
<style>body{font-family:system-ui,sans-serif;line-height:1.5;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;background:#fff}a{color:#0b4f8a}h1{font-size:1.6rem}</style>
</head>
<body>
<main>
<h1>${page.title}</h1>
<p>${page.text}</p>
<p><a href="${formPath}">${words.back}</a> · <a href="${homePath}">${words.home}</a></p>
</main>
</body>
</html>
`
}

/** One log line for a refused request: what and where, never more than a short, printable path. */
export function refusalLogLine(status: number, reason: string, method: string, path: string): string {
  const shown = path.length > 120 ? `${path.slice(0, 120)}…` : path
  return `[security] ${status} ${method} ${JSON.stringify(shown)}: ${reason}`
}
