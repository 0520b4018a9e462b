import {
  BookIcon,
  CogIcon,
  CommentIcon,
  DocumentsIcon,
  FolderIcon,
  InfoOutlineIcon,
  OlistIcon,
  PinIcon,
  RocketIcon,
  StarIcon,
  TranslateIcon,
  UsersIcon,
} from '@sanity/icons'
import type { ListItemBuilder, StructureBuilder, StructureResolver } from 'sanity/structure'
import { PLAN_SCOPES, PRACTICE_STATUSES } from '../lib/domain/vocabulary'
import { TRANSLATABLE_TYPES, TRANSLATION_LANGUAGES, translationId } from '../lib/i18n/translatable'
import { SANITY_API_VERSION } from '../lib/public-env'
import { SECTIONS, SINGLETON_IDS, sectionId } from './singletons'
import { SubmissionsHelp } from './SubmissionsHelp'
import { TEMPLATE } from './templates'

/** One document with a fixed id, opened directly (no list, no "create" button). */
function singletonItem(S: StructureBuilder, schemaType: keyof typeof SINGLETON_IDS, title: string, icon: typeof CogIcon) {
  const id = SINGLETON_IDS[schemaType]
  return S.listItem()
    .title(title)
    .id(id)
    .icon(icon)
    .child(S.document().schemaType(schemaType).documentId(id).title(title))
}

/** The Center's sections, each by its fixed id, in the navigation's order. */
function sectionItems(S: StructureBuilder): ListItemBuilder[] {
  return SECTIONS.map(({ slug, title }, index) =>
    S.listItem()
      .title(title)
      .id(sectionId(slug))
      .icon(BookIcon)
      .child(
        S.document()
          .schemaType('centerSection')
          .documentId(sectionId(slug))
          .title(title)
          // Recreates a missing section under its fixed id and slug (never offered as "new").
          .initialValueTemplate(TEMPLATE.fixedSection, { slug, order: index + 1 }),
      ),
  )
}

/**
 * Beside "Submitted for review": where the form's submissions arrive, and why that list stays empty
 * while the website's server has no write token (sanity/SubmissionsHelp.tsx).
 */
function submissionsHelpItem(S: StructureBuilder): ListItemBuilder {
  const title = 'Where submissions arrive'
  return S.listItem()
    .title(title)
    .id('submissions-help')
    .icon(InfoOutlineIcon)
    .child(S.component(SubmissionsHelp).id('submissions-help').title(title))
}

function practicesItem(S: StructureBuilder): ListItemBuilder {
  const byStatus = PRACTICE_STATUSES.flatMap(({ value, title }) => {
    const item = S.listItem()
      .title(title)
      .id(`practices-${value}`)
      .icon(StarIcon)
      .child(
        S.documentTypeList('bestPractice')
          .title(title)
          .apiVersion(SANITY_API_VERSION)
          .filter('_type == "bestPractice" && status == $status')
          .params({ status: value })
          .defaultOrdering([{ field: 'publishedAt', direction: 'desc' }]),
      )
    return value === 'submitted' ? [item, submissionsHelpItem(S)] : [item]
  })
  return S.listItem()
    .title('Best practices')
    .id('bestPractices')
    .icon(StarIcon)
    .child(
      S.list()
        .title('Best practices')
        .items([
          ...byStatus,
          S.divider(),
          S.listItem()
            .title('By Compact component')
            .id('practices-by-component')
            .icon(OlistIcon)
            .child(
              S.documentTypeList('compactComponent')
                .title('Choose a component')
                .defaultOrdering([{ field: 'number', direction: 'asc' }])
                .initialValueTemplates([])
                .child((componentId) =>
                  S.documentTypeList('bestPractice')
                    .title('Practices advancing it')
                    .apiVersion(SANITY_API_VERSION)
                    .filter('_type == "bestPractice" && $componentId in compactComponents[]._ref')
                    .params({ componentId }),
                ),
            ),
          S.listItem()
            .title('By city')
            .id('practices-by-city')
            .icon(PinIcon)
            .child(
              S.documentTypeList('city')
                .title('Choose a city')
                .defaultOrdering([{ field: 'name', direction: 'asc' }])
                .initialValueTemplates([])
                .child((cityId) =>
                  S.documentTypeList('bestPractice')
                    .title('Practices in this city')
                    .apiVersion(SANITY_API_VERSION)
                    .filter('_type == "bestPractice" && city._ref == $cityId')
                    .params({ cityId })
                    .initialValueTemplates([S.initialValueTemplateItem(TEMPLATE.practiceForCity, { cityId })]),
                ),
            ),
          S.listItem()
            .title('All best practices')
            .id('practices-all')
            .icon(StarIcon)
            .child(S.documentTypeList('bestPractice').title('All best practices')),
        ]),
    )
}

function statementsItem(S: StructureBuilder): ListItemBuilder {
  return S.listItem()
    .title('Mayoral statements')
    .id('mayoralStatements')
    .icon(CommentIcon)
    .child(
      S.list()
        .title('Mayoral statements')
        .items([
          S.listItem()
            .title('By collection')
            .id('statements-by-collection')
            .icon(FolderIcon)
            .child(
              S.documentTypeList('centerSection')
                .title('Choose a collection')
                .defaultOrdering([{ field: 'order', direction: 'asc' }])
                .initialValueTemplates([])
                .child((collectionId) =>
                  S.documentTypeList('mayoralStatement')
                    .title('Statements in this collection')
                    .apiVersion(SANITY_API_VERSION)
                    .filter('_type == "mayoralStatement" && collection._ref == $collectionId')
                    .params({ collectionId })
                    .defaultOrdering([{ field: 'date', direction: 'asc' }])
                    .initialValueTemplates([S.initialValueTemplateItem(TEMPLATE.statementInCollection, { collectionId })]),
                ),
            ),
          S.listItem()
            .title('All statements')
            .id('statements-all')
            .icon(CommentIcon)
            .child(S.documentTypeList('mayoralStatement').title('All statements').defaultOrdering([{ field: 'date', direction: 'asc' }])),
        ]),
    )
}

function grantsItem(S: StructureBuilder): ListItemBuilder {
  return S.listItem()
    .title('Grant program')
    .id('grants')
    .icon(RocketIcon)
    .child(
      S.list()
        .title('Grant program')
        .items([
          singletonItem(S, 'grantProgram', 'The program', RocketIcon),
          S.documentTypeListItem('grantRound').title('Rounds'),
          S.listItem()
            .title('Awards by round')
            .id('awards-by-round')
            .child(
              S.documentTypeList('grantRound')
                .title('Choose a round')
                .defaultOrdering([{ field: 'year', direction: 'desc' }])
                .initialValueTemplates([])
                .child((roundId) =>
                  S.documentTypeList('grantAward')
                    .title('Awards in this round')
                    .apiVersion(SANITY_API_VERSION)
                    .filter('_type == "grantAward" && round._ref == $roundId')
                    .params({ roundId })
                    .initialValueTemplates([S.initialValueTemplateItem(TEMPLATE.awardInRound, { roundId })]),
                ),
            ),
          S.documentTypeListItem('grantAward').title('All awards'),
        ]),
    )
}

function planItem(S: StructureBuilder): ListItemBuilder {
  return S.listItem()
    .title('Coalition 10-Point Plan')
    .id('plan')
    .icon(OlistIcon)
    .child(
      S.list()
        .title('Coalition 10-Point Plan')
        .items(
          PLAN_SCOPES.map(({ value, title }) =>
            S.listItem()
              .title(title)
              .id(`plan-${value}`)
              .child(
                S.documentTypeList('planAction')
                  .title(title)
                  .apiVersion(SANITY_API_VERSION)
                  .filter('_type == "planAction" && scope == $scope')
                  .params({ scope: value })
                  .defaultOrdering([{ field: 'number', direction: 'asc' }])
                  .initialValueTemplates([S.initialValueTemplateItem(TEMPLATE.planActionInScope, { scope: value })]),
              ),
          ),
        ),
    )
}

const TRANSLATABLE_TITLES: Record<(typeof TRANSLATABLE_TYPES)[number], string> = {
  siteSettings: 'Site settings',
  centerSection: 'Center sections',
  compactComponent: 'Mayors\u2019 Compact components',
  planAction: '10-Point Plan actions',
  centerActivity: 'Center activities',
  mayoralStatement: 'Mayors\u2019 statements',
  bestPractice: 'Best practices',
  milestone: 'Timeline milestones',
  organization: 'Organizations',
}

/**
 * Translations, by language: which documents still lack one (opening one starts its translation,
 * under its fixed id, already pointing at it), and the translations written so far.
 */
function translationsItem(S: StructureBuilder): ListItemBuilder {
  return S.listItem()
    .title('Translations')
    .id('translations')
    .icon(TranslateIcon)
    .child(
      S.list()
        .title('Translations')
        .items(
          TRANSLATION_LANGUAGES.flatMap(({ value: language, title }) => [
            S.listItem()
              .title(`Missing ${title}`)
              .id(`missing-${language}`)
              .icon(TranslateIcon)
              .child(
                S.list()
                  .title(`Missing ${title}`)
                  .items(
                    TRANSLATABLE_TYPES.map((type) =>
                      S.listItem()
                        .title(TRANSLATABLE_TITLES[type])
                        .id(`missing-${language}-${type}`)
                        .schemaType(type)
                        .child(
                          S.documentTypeList(type)
                            .title(`${TRANSLATABLE_TITLES[type]} without ${title}`)
                            .apiVersion(SANITY_API_VERSION)
                            .filter(
                              `_type == $type && !(_id in path("drafts.**")) && !(_id in *[_type == "translation" && language == $language].document._ref)` +
                                (type === 'bestPractice' ? ' && status == "published"' : ''),
                            )
                            .params({ type, language })
                            .initialValueTemplates([])
                            .child((documentId: string) =>
                              S.document()
                                .schemaType('translation')
                                .documentId(translationId(language, documentId))
                                .initialValueTemplate(TEMPLATE.translationOf, { documentId, documentType: type, language }),
                            ),
                        ),
                    ),
                  ),
              ),
            S.listItem()
              .title(`${title} translations`)
              .id(`translations-${language}`)
              .icon(TranslateIcon)
              .child(
                S.documentTypeList('translation')
                  .title(`${title} translations`)
                  .apiVersion(SANITY_API_VERSION)
                  .filter('_type == "translation" && language == $language')
                  .params({ language })
                  .initialValueTemplates([]),
              ),
          ]),
        ),
    )
}

/**
 * The Studio's left-hand structure mirrors the site: the settings and the Center's sections first
 * (fixed documents, opened directly), then the Compact, practices by status, and the rest by kind.
 */
export const structure: StructureResolver = (S) =>
  S.list()
    .title('Center content')
    .items([
      singletonItem(S, 'siteSettings', 'Site settings', CogIcon),
      S.listItem()
        .title('Center sections')
        .id('centerSections')
        .icon(BookIcon)
        .child(S.list().title('Center sections').items(sectionItems(S))),
      S.divider(),
      S.documentTypeListItem('compactComponent')
        .title('Mayors\u2019 Compact components')
        .child(
          S.documentTypeList('compactComponent')
            .title('Mayors\u2019 Compact components')
            .defaultOrdering([{ field: 'number', direction: 'asc' }]),
        ),
      practicesItem(S),
      statementsItem(S),
      S.documentTypeListItem('centerActivity')
        .title('Center activities')
        .child(S.documentTypeList('centerActivity').title('Center activities').defaultOrdering([{ field: 'order', direction: 'asc' }])),
      S.documentTypeListItem('milestone')
        .title('Milestones (history)')
        .child(S.documentTypeList('milestone').title('Milestones (history)').defaultOrdering([{ field: 'date', direction: 'asc' }])),
      S.divider(),
      S.documentTypeListItem('city').title('Cities'),
      S.documentTypeListItem('person').title('People'),
      S.listItem()
        .title('Organizations and publications')
        .id('organizationsAndPublications')
        .icon(UsersIcon)
        .child(
          S.list()
            .title('Organizations and publications')
            .items([
              S.documentTypeListItem('organization').title('Organizations'),
              S.documentTypeListItem('publication').title('Publications').icon(DocumentsIcon),
            ]),
        ),
      S.documentTypeListItem('report')
        .title('Reports and their figures')
        .child(S.documentTypeList('report').title('Reports and their figures').defaultOrdering([{ field: 'order', direction: 'asc' }])),
      S.documentTypeListItem('disparityIndicator')
        .title('Measures of racial disparities')
        .child(
          S.documentTypeList('disparityIndicator')
            .title('Measures of racial disparities')
            .defaultOrdering([{ field: 'order', direction: 'asc' }]),
        ),
      S.divider(),
      grantsItem(S),
      S.documentTypeListItem('video').title('Videos'),
      planItem(S),
      S.divider(),
      translationsItem(S),
    ])
