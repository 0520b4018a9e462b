/**
 * The Content Lake source: `@sanity/client` with the pinned API version and the published perspective.
 * `useCdn: false` here (drafts, scripts, tests); published pages go through ./live.ts, cached by the door.
 */
import { createClient, type ClientConfig } from '@sanity/client'
import type { SanityEnv } from '../env'
import type { QueryParams } from './define'
import type { ContentSource, SourceQueryOptions } from './source'

export function sanityClientConfig(env: SanityEnv): ClientConfig {
  return {
    projectId: env.projectId,
    dataset: env.dataset,
    apiVersion: env.apiVersion,
    perspective: 'published',
    useCdn: false,
    requestTagPrefix: 'website',
    ...(env.readToken ? { token: env.readToken } : {}),
    // A custom host (e.g. the tests' loopback server) is called as given: without `useProjectHostname: false`
    // the client would prefix it with the project id (http://<projectId>.127.0.0.1:…).
    ...(env.apiHost ? { apiHost: env.apiHost, useProjectHostname: false } : {}),
  }
}

export function createSanitySource(env: SanityEnv): ContentSource {
  if (!env.projectId) throw new Error('The Sanity source needs SANITY_PROJECT_ID')
  const client = createClient(sanityClientConfig(env))
  return {
    kind: 'sanity',
    version: async () => `sanity:${env.projectId}/${env.dataset}@${env.apiVersion}`,
    query(query: string, params: QueryParams, { perspective = 'published', token, tag }: SourceQueryOptions = {}) {
      return client.fetch<unknown>(query, params, {
        perspective,
        ...(token ? { token } : {}),
        ...(tag ? { tag } : {}),
        // Published pages read through next-sanity's sanityFetch, cached by the door (lib/content/index.ts); drafts are never cached.
        ...(perspective === 'published' ? {} : { cache: 'no-store' as const }),
      })
    },
  }
}
