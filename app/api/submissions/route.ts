/**
 * POST /api/submissions: the submission form's handler, for the plain HTML form and for its script
 * alike. The checks, the storage and the answers live in lib/submissions/handler.ts.
 */
import { compactComponentsQuery, fetchContent } from '@/lib/content'
import { siteUrl } from '@/lib/env'
import { defaultLimiter, defaultStore } from '@/lib/submissions/defaults'
import { handleSubmission } from '@/lib/submissions/handler'

export async function POST(request: Request): Promise<Response> {
  return handleSubmission(request, {
    store: defaultStore(),
    limiter: defaultLimiter(),
    compactComponentIds: async () => (await fetchContent(compactComponentsQuery)).map((component) => component._id),
    allowedOrigins: [siteUrl()],
    log: (message) => console.info(message),
  })
}
