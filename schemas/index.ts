import { bestPractice } from './documents/bestPractice'
import { centerActivity } from './documents/centerActivity'
import { centerSection } from './documents/centerSection'
import { city } from './documents/city'
import { compactComponent } from './documents/compactComponent'
import { disparityIndicator } from './documents/disparityIndicator'
import { grantAward } from './documents/grantAward'
import { grantRound } from './documents/grantRound'
import { mayoralStatement } from './documents/mayoralStatement'
import { milestone } from './documents/milestone'
import { organization } from './documents/organization'
import { person } from './documents/person'
import { planAction } from './documents/planAction'
import { publication } from './documents/publication'
import { report } from './documents/report'
import { translation } from './documents/translation'
import { video } from './documents/video'
import { captionedFigure } from './objects/captionedFigure'
import { formerName } from './objects/formerName'
import { grantTier } from './objects/grantTier'
import { link } from './objects/link'
import { mayoralTerm } from './objects/mayoralTerm'
import { organizationRelation } from './objects/organizationRelation'
import { portableText } from './objects/portableText'
import { postalContact } from './objects/postalContact'
import { practiceContact } from './objects/practiceContact'
import { practiceSubmission } from './objects/practiceSubmission'
import { reportFigure } from './objects/reportFigure'
import { sourcedFact } from './objects/sourcedFact'
import { statementOutput } from './objects/statementOutput'
import { grantProgram } from './singletons/grantProgram'
import { siteSettings } from './singletons/siteSettings'

export const singletonTypes = [siteSettings, grantProgram]

export const documentTypes = [
  centerSection,
  compactComponent,
  centerActivity,
  planAction,
  milestone,
  person,
  city,
  bestPractice,
  mayoralStatement,
  organization,
  publication,
  report,
  disparityIndicator,
  grantRound,
  grantAward,
  video,
  translation,
]

export const objectTypes = [
  link,
  captionedFigure,
  portableText,
  sourcedFact,
  reportFigure,
  postalContact,
  practiceContact,
  practiceSubmission,
  mayoralTerm,
  organizationRelation,
  statementOutput,
  formerName,
  grantTier,
]

export const schemaTypes = [...singletonTypes, ...documentTypes, ...objectTypes]
