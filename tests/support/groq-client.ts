import { evaluate, parse } from 'groq-js'
import type { Doc } from './dataset'
import { SANITY_API_VERSION } from '../../lib/public-env'

/**
 * The part of a Sanity client that the Studio's validation rules use (`fetch` and `withConfig`),
 * answered by groq-js over an in-memory dataset.
 */
export function createGroqClient(docs: Doc[]) {
  const client = {
    async fetch<T = unknown>(query: string, params: Record<string, unknown> = {}): Promise<T> {
      const tree = parse(query, { params })
      const result = await evaluate(tree, { dataset: docs, params })
      return (await result.get()) as T
    },
    withConfig() {
      return client
    },
    config() {
      return { apiVersion: SANITY_API_VERSION, projectId: 'local', dataset: 'production' }
    },
  }
  return client
}
