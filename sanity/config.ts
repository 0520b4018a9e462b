import { createClient } from '@sanity/client'
import { visionTool } from '@sanity/vision'
import { defineConfig, type Config } from 'sanity'
import { presentationTool } from 'sanity/presentation'
import { structureTool } from 'sanity/structure'
import { schemaTypes } from '../schemas'
import { RELATED_ACTIONS } from './actions'
import { SANITY_API_VERSION, studioBasePath, studioTitle, type StudioEnv } from '../lib/public-env'
import { DRAFT_MODE_ENABLE_PATH, locations, mainDocuments } from './presentation'
import { fixedDocumentActions, isFixedType } from './singletons'
import { structure } from './structure'
import { templates } from './templates'

/**
 * The Studio for Conference staff. The embedded Studio (/studio) builds it in the browser with the
 * project the server names (sanity/StudioApp.tsx); the sanity CLI builds it in sanity.config.ts.
 */
export function createStudioConfig({ projectId, dataset }: StudioEnv, { apiHost }: { apiHost?: string | null } = {}): Config {
  return defineConfig({
    // The end-to-end tests' loopback Content Lake only (sanity/api-host.ts decides; null otherwise):
    // its address as is, not https://<projectId>.<host>, so the client names the project in the
    // X-Sanity-Project-ID header instead of the host name.
    ...(apiHost ? { apiHost, unstable_clientFactory: (options) => createClient({ ...options, useProjectHostname: false }) } : {}),
    name: 'default',
    title: studioTitle,
    subtitle: 'U.S. Conference of Mayors',
    projectId: projectId || 'unconfigured',
    dataset,
    basePath: studioBasePath,
    plugins: [
      structureTool({ structure, title: 'Content' }),
      presentationTool({
        title: 'Preview',
        previewUrl: {
          initial: '/',
          previewMode: { enable: DRAFT_MODE_ENABLE_PATH },
        },
        resolve: { locations, mainDocuments },
      }),
      visionTool({ defaultApiVersion: SANITY_API_VERSION, title: 'Query (GROQ)' }),
    ],
    schema: {
      types: schemaTypes,
      // The fixed documents' own templates go (they are never created); the parameterized ones stay,
      // for the structure and the actions to use.
      templates: (previous) => [...previous.filter((template) => !(template.id === template.schemaType && isFixedType(template.schemaType))), ...templates],
    },
    document: {
      actions: (previous, { schemaType }) => [...fixedDocumentActions(previous, schemaType), ...(RELATED_ACTIONS[schemaType] ?? [])],
      // Nothing fixed is offered in any "new document" menu (global, structure or reference fields).
      newDocumentOptions: (items) => items.filter((item) => !isFixedType(templateSchemaType(item.templateId))),
    },
  })
}

/** The schema type a template creates (template ids are `<type>` or `<type>-<variant>`). */
function templateSchemaType(templateId: string): string {
  return templates.find((t) => t.id === templateId)?.schemaType ?? templateId
}
