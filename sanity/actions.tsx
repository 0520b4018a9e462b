/**
 * Document actions that start a new document from the one staff are looking at: from a city, a best
 * practice for that city; from a Center section, a statement in its collection. They open the
 * initial-value templates of ./templates.ts through a "create" intent.
 */
import { AddIcon } from '@sanity/icons'
import type { DocumentActionComponent } from 'sanity'
import { useRouter } from 'sanity/router'
import { TEMPLATE } from './templates'

function createRelatedAction(options: {
  name: string
  label: string
  type: string
  template: string
  param: string
  unpublishedHint: string
}): DocumentActionComponent {
  const { name, label, type, template, param, unpublishedHint } = options
  const CreateRelated: DocumentActionComponent = (props) => {
    const router = useRouter()
    const ready = Boolean(props.published)
    return {
      label,
      icon: AddIcon,
      disabled: !ready,
      title: ready ? undefined : unpublishedHint,
      onHandle: () => {
        router.navigateIntent('create', [{ type, template }, { [param]: props.id }])
        props.onComplete()
      },
    }
  }
  CreateRelated.displayName = name
  return CreateRelated
}

export const newPracticeForCity = createRelatedAction({
  name: 'NewPracticeForCityAction',
  label: 'New best practice for this city',
  type: 'bestPractice',
  template: TEMPLATE.practiceForCity,
  param: 'cityId',
  unpublishedHint: 'Publish the city first',
})

export const newStatementInCollection = createRelatedAction({
  name: 'NewStatementInCollectionAction',
  label: 'New statement in this collection',
  type: 'mayoralStatement',
  template: TEMPLATE.statementInCollection,
  param: 'collectionId',
  unpublishedHint: 'Publish the section first',
})

/** Extra actions by document type, added after the standard ones. */
export const RELATED_ACTIONS: Record<string, DocumentActionComponent[]> = {
  city: [newPracticeForCity],
  centerSection: [newStatementInCollection],
}
