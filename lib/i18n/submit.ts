/**
 * The submission form's words in each language (components/submit, app/(site)/submit,
 * app/(es)/es/submit): labels, hints, the error summary, the confirmation. The validation messages
 * are the schema's (lib/submissions/messages.ts). Safe to import in the browser.
 */
import { LIMITS } from '../submissions/schema'
import type { Lang } from './locales'
import { numberIn } from '../submissions/messages'

export interface SubmitWords {
  title: string
  description: string
  errorPrefix: string
  crumbPractices: string
  intro: [string, string, string]
  errorSummary: string
  errorSr: string
  optional: string
  honeypot: string
  yourCity: string
  city: string
  state: string
  selectState: string
  aboutYou: string
  aboutYouHint: string
  name: string
  jobTitle: string
  jobTitleHint: string
  email: string
  phone: string
  phoneHint: string
  thePractice: string
  practiceTitle: string
  practiceTitleHint: string
  summary: string
  summaryHint: string
  problem: string
  problemHint: string
  approach: string
  approachHint: string
  results: string
  resultsHint: string
  components: string
  selectAll: string
  topics: string
  links: string
  linksHint: string
  publishHeading: string
  publishLabel: string
  publishHint: string
  sending: string
  send: string
  received: {
    title: string
    description: string
    thanks: string
    reference: string
    noReference: string
    next: string
    steps: [string, string, string]
    another: string
    readPractices: string
  }
}

const en = (lang: Lang): SubmitWords => ({
  title: 'Share your city’s practice',
  description:
    'Mayors and city staff: send the Center a practice that works. Staff review every practice before it appears among the best practices.',
  errorPrefix: 'Error: ',
  crumbPractices: 'Best practices',
  intro: [
    'Mayors and their staff are invited to tell the Center about an initiative that works, so that other cities can learn from it.',
    'The Center’s staff read every practice sent in, and may contact you about it. Nothing you send appears on this website until they have reviewed it.',
    'All questions are required unless they say “(optional)”.',
  ],
  errorSummary: 'There is a problem',
  errorSr: 'Error: ',
  optional: ' (optional)',
  honeypot: 'Leave this field empty',
  yourCity: 'Your city',
  city: 'City',
  state: 'State',
  selectState: 'Select a state',
  aboutYou: 'About you',
  aboutYouHint: 'So that the Center can ask you about the practice.',
  name: 'Full name',
  jobTitle: 'Job title',
  jobTitleHint: 'For example, Director of Community Relations, Office of the Mayor',
  email: 'Email address',
  phone: 'Phone number',
  phoneHint: 'For example, (202) 555-0100',
  thePractice: 'The practice',
  practiceTitle: 'Name of the practice',
  practiceTitleHint: 'For example, Crisis response teams with mental health professionals',
  summary: 'Summary',
  summaryHint: `Two or three sentences: what the city does and why it matters (${LIMITS.summary.min} to ${LIMITS.summary.max} characters).`,
  problem: 'The problem it addresses',
  problemHint: `Up to ${numberIn(lang, LIMITS.problem)} characters.`,
  approach: 'What the city did',
  approachHint: `Who took part, what they did, and when it started (${LIMITS.approach.min} to ${numberIn(lang, LIMITS.approach.max)} characters).`,
  results: 'Results so far',
  resultsHint: `Up to ${numberIn(lang, LIMITS.results)} characters.`,
  components: 'Which components of the Mayors’ Compact does it advance?',
  selectAll: 'Select all that apply.',
  topics: 'Topics',
  links: 'Links',
  linksHint: `Web pages about the practice, one per line, each starting with https:// (up to ${LIMITS.links.count}).`,
  publishHeading: 'Publishing your contact details',
  publishLabel: 'Publish my name, job title, email address and phone number with the practice, so that other cities can contact me',
  publishHint:
    'If you leave this unticked, the practice page will ask readers to contact the Center instead, and your details will be seen only by the Center’s staff.',
  sending: 'Sending…',
  send: 'Send the practice',
  received: {
    title: 'Practice received',
    description: 'Confirmation that the Center received a practice sent in through the website.',
    thanks: 'Thank you. The Center has received your practice.',
    reference: 'Your reference number is',
    noReference: 'Keep the email address you gave us to hand: staff will write to you there.',
    next: 'What happens next',
    steps: [
      'The Center’s staff read the practice.',
      'They may contact you to check facts or ask for more detail. Quote your reference number when you write to them.',
      'When it is ready, they publish it among the best practices. Nothing you sent appears on the website before then.',
    ],
    another: 'Share another practice',
    readPractices: 'Read the best practices other cities have shared',
  },
})

const es: SubmitWords = {
  title: 'Comparta la práctica de su ciudad',
  description:
    'Alcaldes y personal municipal: envíen al Centro una práctica que funciona. El personal revisa cada práctica antes de publicarla entre las buenas prácticas.',
  errorPrefix: 'Error: ',
  crumbPractices: 'Buenas prácticas',
  intro: [
    'Se invita a los alcaldes y a su personal a contarle al Centro sobre una iniciativa que funciona, para que otras ciudades puedan aprender de ella.',
    'El personal del Centro lee cada práctica que recibe y puede contactarle al respecto. Nada de lo que envíe aparecerá en este sitio web hasta que el personal lo haya revisado.',
    'Todas las preguntas son obligatorias, salvo las que dicen «(opcional)». Puede responder en español.',
  ],
  errorSummary: 'Hay un problema',
  errorSr: 'Error: ',
  optional: ' (opcional)',
  honeypot: 'Deje este campo vacío',
  yourCity: 'Su ciudad',
  city: 'Ciudad',
  state: 'Estado',
  selectState: 'Seleccione un estado',
  aboutYou: 'Sobre usted',
  aboutYouHint: 'Para que el Centro pueda preguntarle sobre la práctica.',
  name: 'Nombre completo',
  jobTitle: 'Cargo',
  jobTitleHint: 'Por ejemplo, directora de Relaciones Comunitarias, Oficina del Alcalde',
  email: 'Correo electrónico',
  phone: 'Número de teléfono',
  phoneHint: 'Por ejemplo, (202) 555-0100',
  thePractice: 'La práctica',
  practiceTitle: 'Nombre de la práctica',
  practiceTitleHint: 'Por ejemplo, equipos de respuesta a crisis con profesionales de salud mental',
  summary: 'Resumen',
  summaryHint: `Dos o tres oraciones: lo que hace la ciudad y por qué es importante (de ${LIMITS.summary.min} a ${LIMITS.summary.max} caracteres).`,
  problem: 'El problema que aborda',
  problemHint: `Hasta ${numberIn('es', LIMITS.problem)} caracteres.`,
  approach: 'Lo que hizo la ciudad',
  approachHint: `Quiénes participaron, qué hicieron y cuándo empezó (de ${LIMITS.approach.min} a ${numberIn('es', LIMITS.approach.max)} caracteres).`,
  results: 'Resultados hasta ahora',
  resultsHint: `Hasta ${numberIn('es', LIMITS.results)} caracteres.`,
  components: '¿Qué componentes del Pacto de los Alcaldes impulsa?',
  selectAll: 'Seleccione todos los que correspondan.',
  topics: 'Temas',
  links: 'Enlaces',
  linksHint: `Páginas web sobre la práctica, una por línea, cada una empezando por https:// (hasta ${LIMITS.links.count}).`,
  publishHeading: 'Publicación de sus datos de contacto',
  publishLabel:
    'Publicar mi nombre, cargo, correo electrónico y número de teléfono con la práctica, para que otras ciudades puedan contactarme',
  publishHint:
    'Si deja esta casilla sin marcar, la página de la práctica pedirá a los lectores que contacten al Centro, y solo el personal del Centro verá sus datos.',
  sending: 'Enviando…',
  send: 'Enviar la práctica',
  received: {
    title: 'Práctica recibida',
    description: 'Confirmación de que el Centro recibió una práctica enviada por el sitio web.',
    thanks: 'Gracias. El Centro ha recibido su práctica.',
    reference: 'Su número de referencia es',
    noReference: 'Tenga a mano el correo electrónico que nos dio: el personal le escribirá allí.',
    next: 'Qué pasa ahora',
    steps: [
      'El personal del Centro lee la práctica.',
      'Puede contactarle para verificar datos o pedirle más detalles. Cite su número de referencia cuando les escriba.',
      'Cuando esté lista, la publicará entre las buenas prácticas. Nada de lo que envió aparecerá en el sitio web antes de eso.',
    ],
    another: 'Compartir otra práctica',
    readPractices: 'Leer las buenas prácticas que han compartido otras ciudades',
  },
}

export const SUBMIT_WORDS: Record<Lang, SubmitWords> = { en: en('en'), es }
