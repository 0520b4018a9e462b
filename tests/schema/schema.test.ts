import { groupProblems, validateSchema } from '@sanity/schema/_internal'
import { describe, expect, it } from 'vitest'
import { schemaTypes } from '@/schemas'

describe('content model', () => {
  it('compiles with no schema errors or warnings', () => {
    const problems = groupProblems(validateSchema(schemaTypes as never).getTypes())
    const messages = problems.flatMap((group) =>
      group.problems.map((p) => `${p.severity}: ${group.path.map((s) => ('name' in s ? s.name : '')).join('.')}: ${p.message}`),
    )
    expect(messages).toEqual([])
  })

  it('defines each type once', () => {
    const names = schemaTypes.map((t) => t.name)
    expect(new Set(names).size).toBe(names.length)
  })
})
