/**
 * Type-level tests, checked by `npm run typecheck` (tsc): a query's zod model must agree with the
 * result type Sanity TypeGen generated for it (lib/content/drift.ts), and contentQuery refuses one
 * that does not. Each `@ts-expect-error` below is a deliberate drift: were it to compile, the
 * directive itself would be the error, so these cases cannot pass without the check working.
 */
import { z } from 'zod'
import { contentQuery } from '@/lib/content/define'
import type { Drift } from '@/lib/content/drift'
import * as M from '@/lib/content/models'
import { CENTER_SECTION_QUERY, PLAN_ACTIONS_QUERY } from '@/lib/content/queries'
import type { PLAN_ACTIONS_QUERY_RESULT } from '@/sanity.types'

type Agrees<T extends never> = T

// The site's own model agrees: this compiles.
export const planActions = contentQuery({ name: 'planActions', query: PLAN_ACTIONS_QUERY, model: z.array(M.PlanAction), types: ['planAction'] })
export type PlanActionAgrees = Agrees<Drift<z.input<typeof M.PlanAction>[], PLAN_ACTIONS_QUERY_RESULT>>

// A field the query projects that the model would drop.
export const droppedField = contentQuery({
  name: 'planActions',
  query: PLAN_ACTIONS_QUERY,
  // @ts-expect-error the model lacks `text`
  model: z.array(M.PlanAction.omit({ text: true })),
  types: ['planAction'],
})
export const droppedFieldSays: Drift<z.input<ReturnType<typeof M.PlanAction.omit<{ text: true }>>>[], PLAN_ACTIONS_QUERY_RESULT> =
  'result[].text: in the query, not in the model'

// A field the model expects that the query does not give.
export const extraField = contentQuery({
  name: 'planActions',
  query: PLAN_ACTIONS_QUERY,
  // @ts-expect-error the query gives no `title`
  model: z.array(M.PlanAction.extend({ title: z.string() })),
  types: ['planAction'],
})

// A value of another kind: the query gives `number` as a number.
export const otherKind = contentQuery({
  name: 'planActions',
  query: PLAN_ACTIONS_QUERY,
  // @ts-expect-error `number` is a number, not a string
  model: z.array(M.PlanAction.extend({ number: z.string() })),
  types: ['planAction'],
})
export const otherKindSays: Drift<{ _id: string; scope: 'cities'; number: string; text: string }[], PLAN_ACTIONS_QUERY_RESULT> =
  'result[].number: the model and the query give different kinds of values'

// A value the schema allows that the model refuses: the model would throw on good content.
export const refusedOption = contentQuery({
  name: 'planActions',
  query: PLAN_ACTIONS_QUERY,
  // @ts-expect-error the schema also allows scope "conference"
  model: z.array(M.PlanAction.extend({ scope: z.enum(['cities']) })),
  types: ['planAction'],
})

// A list where the query gives one object.
export const notAList = contentQuery({
  name: 'planActions',
  query: PLAN_ACTIONS_QUERY,
  // @ts-expect-error the query gives a list of actions
  model: M.PlanAction,
  types: ['planAction'],
})

// Deep inside rich text: an internal link's target as the query gives it.
export const deepDrift = contentQuery({
  name: 'centerSection',
  query: CENTER_SECTION_QUERY,
  // @ts-expect-error `figures[].caption` is a string
  model: M.CenterSectionPage.unwrap().extend({ figures: z.array(M.CaptionedFigure.extend({ caption: z.number() })) }).nullable(),
  types: ['centerSection'],
})

// A query TypeGen has not typed (not a defineQuery constant of lib/content/queries.ts, or stale types).
export const untyped = contentQuery({
  name: 'planActions',
  query: '*[_type == "planAction"]{_id}',
  // @ts-expect-error the query is not in sanity.types.ts
  model: z.array(z.object({ _id: z.string() })),
  types: ['planAction'],
})

// A model stricter than the generated type is fine: non-null where the query could give null,
// a narrower number (refinements are runtime checks).
export const stricter = contentQuery({
  name: 'planActions',
  query: PLAN_ACTIONS_QUERY,
  model: z.array(M.PlanAction.extend({ number: z.number().int().min(1).max(5), text: z.string().min(1) })),
  types: ['planAction'],
})
