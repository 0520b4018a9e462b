import type { StructureResolver } from 'sanity/structure'

/**
 * The Studio's left-hand structure mirrors the site: settings and the Center's sections first
 * (as singletons), then the Compact, practices by status, and the rest by kind.
 */
export const structure: StructureResolver = (S) =>
  S.list()
    .title('Center content')
    .items([
      S.listItem()
        .title('Site settings')
        .id('siteSettings')
        .child(S.document().schemaType('siteSettings').documentId('siteSettings').title('Site settings')),
      S.listItem()
        .title('Center sections')
        .id('centerSections')
        .child(
          S.documentTypeList('centerSection')
            .title('Center sections')
            .defaultOrdering([{ field: 'order', direction: 'asc' }])
            .canHandleIntent(() => false)
            .initialValueTemplates([]),
        ),
      S.divider(),
      S.listItem()
        .title('Mayors\u2019 Compact components')
        .id('compactComponents')
        .child(S.documentTypeList('compactComponent').title('Compact components').defaultOrdering([{ field: 'number', direction: 'asc' }])),
      S.listItem()
        .title('Best practices')
        .id('bestPractices')
        .child(
          S.list()
            .title('Best practices')
            .items([
              ...(
                [
                  ['published', 'Published'],
                  ['submitted', 'Submitted for review'],
                  ['archived', 'Archived'],
                ] as const
              ).map(([status, title]) =>
                S.listItem()
                  .title(title)
                  .id(`practices-${status}`)
                  .child(
                    S.documentTypeList('bestPractice')
                      .title(title)
                      .filter('_type == "bestPractice" && status == $status')
                      .params({ status }),
                  ),
              ),
              S.listItem()
                .title('By Compact component')
                .id('practices-by-component')
                .child(
                  S.documentTypeList('compactComponent')
                    .title('Choose a component')
                    .defaultOrdering([{ field: 'number', direction: 'asc' }])
                    .child((componentId) =>
                      S.documentTypeList('bestPractice')
                        .title('Practices advancing it')
                        .filter('_type == "bestPractice" && references($componentId)')
                        .params({ componentId }),
                    ),
                ),
            ]),
        ),
      S.documentTypeListItem('mayoralStatement').title('Mayoral statements'),
      S.documentTypeListItem('centerActivity').title('Center activities'),
      S.documentTypeListItem('milestone').title('Milestones (history)'),
      S.divider(),
      S.documentTypeListItem('city').title('Cities'),
      S.documentTypeListItem('person').title('People'),
      S.documentTypeListItem('organization').title('Organizations'),
      S.documentTypeListItem('publication').title('Publications'),
      S.documentTypeListItem('report').title('Reports and their figures'),
      S.divider(),
      S.listItem()
        .title('Grant program')
        .id('grants')
        .child(
          S.list()
            .title('Grant program')
            .items([
              S.listItem()
                .title('The program')
                .id('grantProgram')
                .child(S.document().schemaType('grantProgram').documentId('grantProgram').title('Grant program')),
              S.documentTypeListItem('grantRound').title('Rounds'),
              S.documentTypeListItem('grantAward').title('Awards'),
            ]),
        ),
      S.documentTypeListItem('video').title('Videos'),
      S.documentTypeListItem('planAction').title('Coalition 10-Point Plan'),
    ])
