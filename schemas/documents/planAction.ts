import { OlistIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { PLAN_SCOPES } from '../../lib/domain/vocabulary'
import { isUniqueAmongType } from '../lib/validation'

/** One action of the U.S. Coalition of Cities against Racism and Discrimination's 10-Point Plan. */
export const planAction = defineType({
  name: 'planAction',
  title: '10-Point Plan action',
  type: 'document',
  icon: OlistIcon,
  fields: [
    defineField({
      name: 'scope',
      title: 'Carried out',
      description: 'Whether the Conference carries out this action, or each city that joins the Coalition.',
      type: 'string',
      options: { list: [...PLAN_SCOPES], layout: 'radio' },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'number',
      title: 'Number within its part',
      type: 'number',
      description: 'Each part of the plan has actions 1 to 5.',
      validation: (rule) =>
        rule
          .required()
          .integer()
          .min(1)
          .max(5)
          .custom(async (value, context) => {
            const scope = (context.document as { scope?: string } | undefined)?.scope
            if (!scope) return true
            return (await isUniqueAmongType('number', value, context, ' && scope == $scope', { scope }))
              ? true
              : `Action ${value} already exists in this part`
          }),
    }),
    defineField({
      name: 'text',
      title: 'Action',
      type: 'text',
      rows: 4,
      description: 'The pledge as the plan words it.',
      validation: (rule) => rule.required().min(20).max(800),
    }),
  ],
  orderings: [
    { title: 'Plan order', name: 'plan', by: [{ field: 'scope', direction: 'desc' }, { field: 'number', direction: 'asc' }] },
  ],
  preview: {
    select: { scope: 'scope', number: 'number', text: 'text' },
    prepare: ({ scope, number, text }) => ({
      title: `${number ?? '?'}. ${text ?? ''}`,
      subtitle: PLAN_SCOPES.find((s) => s.value === scope)?.title,
    }),
  },
})
