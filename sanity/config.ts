import { visionTool } from '@sanity/vision'
import { defineConfig } from 'sanity'
import { structureTool } from 'sanity/structure'
import { schemaTypes } from '../schemas'
import { SINGLETON_TYPES } from '../schemas/lib/types'
import { studioApiVersion, studioBasePath, studioDataset, studioProjectId } from './env'
import { structure } from './structure'

const singletons = new Set<string>(SINGLETON_TYPES)

/** The Studio for Conference staff, embedded at /studio and used by the sanity CLI. */
export default defineConfig({
  name: 'default',
  title: 'Center for Compassionate and Equitable Cities',
  projectId: studioProjectId || 'unconfigured',
  dataset: studioDataset,
  basePath: studioBasePath,
  plugins: [structureTool({ structure }), visionTool({ defaultApiVersion: studioApiVersion })],
  schema: {
    types: schemaTypes,
    // Singletons and the fixed Center sections are never created from the "new document" menu.
    templates: (templates) => templates.filter(({ schemaType }) => !singletons.has(schemaType) && schemaType !== 'centerSection'),
  },
  document: {
    actions: (actions, { schemaType }) =>
      singletons.has(schemaType) || schemaType === 'centerSection'
        ? actions.filter(({ action }) => action && ['publish', 'discardChanges', 'restore'].includes(action))
        : actions,
    newDocumentOptions: (items) =>
      items.filter((item) => !singletons.has(item.templateId) && item.templateId !== 'centerSection'),
  },
})
