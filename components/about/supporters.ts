/** The Center's business supporters, put in the order the timeline names them. */

interface Supporter {
  _id: string
  name: string
}

interface NamedIn {
  _id: string
  title: string
  date: string
  organizations: { _id: string }[]
}

export interface SupporterWithMilestones<S, M> {
  supporter: S
  /** The milestones that name the supporter, earliest first. */
  milestones: M[]
}

/**
 * Each supporter with the milestones that name it; supporters the timeline names come first, in the
 * order of their first mention, then the others by name.
 */
export function supportersInTimelineOrder<S extends Supporter, M extends NamedIn>(supporters: readonly S[], milestones: readonly M[]): SupporterWithMilestones<S, M>[] {
  const sorted = [...milestones].sort((a, b) => a.date.localeCompare(b.date) || a._id.localeCompare(b._id))
  return supporters
    .map((supporter) => ({ supporter, milestones: sorted.filter((m) => m.organizations.some((o) => o._id === supporter._id)) }))
    .sort((a, b) => {
      const da = a.milestones[0]?.date
      const db = b.milestones[0]?.date
      if (da && db && da !== db) return da.localeCompare(db)
      if (da && !db) return -1
      if (!da && db) return 1
      return a.supporter.name.localeCompare(b.supporter.name)
    })
}
