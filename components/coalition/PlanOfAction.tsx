import type { PlanAction } from '@/lib/content'
import { PLAN_SCOPES } from '@/lib/domain/vocabulary'
import { dictionary, type Lang } from '@/lib/i18n'
import { langAttr } from '@/lib/i18n/translate'

/** The 10-Point Plan of Action: the actions mayors pledge, as one ordered list per scope. */
export function PlanOfAction({ actions, lang }: { actions: (PlanAction & { lang?: Lang })[]; lang: Lang }) {
  const scopes = dictionary(lang).coalition.scopes
  const groups = PLAN_SCOPES.map((scope) => ({
    ...scope,
    title: scopes[scope.value] ?? scope.title,
    actions: actions.filter((a) => a.scope === scope.value).sort((a, b) => a.number - b.number),
  })).filter((g) => g.actions.length > 0)
  return (
    <div className="grid gap-8 lg:grid-cols-2">
      {groups.map((group) => {
        const headingId = `plan-${group.value}-heading`
        return (
          <div key={group.value}>
            <h3 id={headingId} className="text-xl">
              {group.title}
            </h3>
            <ol aria-labelledby={headingId} className="mt-3 grid gap-3">
              {group.actions.map((action) => (
                <li key={action._id} className="flex gap-3 rounded border border-rule bg-white p-4">
                  <span aria-hidden="true" className="flex h-8 w-8 shrink-0 items-center justify-center rounded-full bg-navy text-sm font-semibold text-white">
                    {action.number}
                  </span>
                  <span className="max-w-[65ch]" {...langAttr(action.lang ?? lang, lang)}>
                    {action.text}
                  </span>
                </li>
              ))}
            </ol>
          </div>
        )
      })}
    </div>
  )
}
