/**
 * The videos the Conference's "USCM Meeting/Webinar Videos on Compassion and Equity" page lists.
 *
 * Facts: the `videos:` block of facts/links.yaml. Only the page's first two entries
 * could be read (the second cut off in its list of presenters); the page holds more. The page gives
 * no address for the videos themselves, so none is linked: the page is the source.
 */
import { ID, link, slug, type SeedDoc } from './lib'

export const VIDEOS_PAGE =
  'https://www.usmayors.org/programs/mayors-and-business-leaders-center-for-compassionate-and-equitable-cities/uscm-meeting-videos-on-compassion-and-equity/'

const SOURCE = link('USCM Meeting/Webinar Videos on Compassion and Equity', VIDEOS_PAGE, 'U.S. Conference of Mayors')

type Person = [name: string, part: string, role?: string]

const VIDEOS = [
  {
    slug: 'mayors-imagining-the-just-city-volume-iii',
    title: 'Mayors Imagining the Just City: Volume III',
    dateNote: 'No date given; the Closing Workshop of the 2023 Just City Mayoral Fellowship',
    event: 'Closing Workshop of the 2023 Just City Mayoral Fellowship, Harvard Graduate School of Design (not a Conference meeting)',
    description:
      'Two panels of mayors at the Closing Workshop of the 2023 Just City Mayoral Fellowship: one on mobility as an infrastructure of access and connectivity, with the mayors of Albuquerque and Monroe, LA; one on neighborhoods as infrastructures of inclusion and opportunity, with the mayors of Pensacola, Albany, NY, and Santa Fe.',
    people: [
      ['Toni L. Griffin', 'Moderator', 'Founder and director, Just City Lab'],
      ['Tim Keller', 'Panelist (mobility)', 'Mayor of Albuquerque'],
      ['Friday Ellis', 'Panelist (mobility)', 'Mayor of Monroe, LA'],
      ['D.C. Reeves', 'Panelist (neighborhoods)', 'Mayor of Pensacola'],
      ['Kathy Sheehan', 'Panelist (neighborhoods)', 'Mayor of Albany, NY'],
      ['Alan Webber', 'Panelist (neighborhoods)', 'Mayor of Santa Fe'],
    ] as Person[],
  },
  {
    slug: 'combatting-hate-and-extremism-and-the-violence-they-fuel',
    title: 'Combatting Hate and Extremism and the Violence They Fuel',
    date: '2023-01-18',
    event: 'U.S. Conference of Mayors 2023 Winter Meeting',
    description:
      'A session on the state of hate and extremism in cities, on reporting hate crimes, and on the help ADL offers cities in carrying out the Mayors’ Compact. The Conference’s page lists further mayors among the presenters.',
    people: [
      ['David Holt', 'Co-moderator', 'Mayor of Oklahoma City; he had presented the Mayors’ Compact at the White House United We Stand Summit the previous September'],
      ['Ron Nirenberg', 'Co-moderator', 'Mayor of San Antonio; Chair of the Center for Compassionate and Equitable Cities'],
      ['Mary B. McCord', 'Presenter', 'Executive Director and Visiting Professor of Law, Institute for Constitutional Advocacy and Protection, Georgetown University Law Center'],
      ['Vanita Gupta', 'Presenter', 'Associate Attorney General, U.S. Department of Justice'],
      ['Max Sevillia', 'Presenter', 'Vice President for Government Relations, Advocacy and Community Engagement, ADL'],
    ] as Person[],
  },
] as const

export function videoDocuments(): SeedDoc[] {
  return VIDEOS.map((video, index) => ({
    _id: ID.video(video.slug),
    _type: 'video',
    title: video.title,
    slug: slug(video.slug),
    order: index + 1,
    ...('date' in video ? { date: video.date, datePrecision: 'day' } : { dateNote: video.dateNote }),
    event: video.event,
    description: video.description,
    participants: video.people.map(([name, part, role]) => ({ name, part, role })),
    source: SOURCE,
  }))
}
